import { describe, expect, it } from 'vitest';
import { subjectsOf } from './record-subjects.js';

const LEAD = 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F2';
const OTHER = 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3';
const ENROLLMENT = 'enr_01JDQ7X3M6V1W8A2B4C6D8E0F4';

const sorted = (texts: string[]) =>
  subjectsOf(texts)
    .map((s) => `${s.kind}:${s.value}`)
    .sort();

describe('subjectsOf', () => {
  describe('happy', () => {
    it('finds lead ids, enrollment ids and normalised addresses in a JSON answer', () => {
      const answer = JSON.stringify({
        data: [
          { id: LEAD, email: ' Ann@Example.com ', first_name: 'Ann' },
          { lead_id: OTHER, enrollment_id: ENROLLMENT, email: 'bob@example.com' },
        ],
      });
      expect(sorted([answer])).toEqual(
        [
          `lead:${LEAD}`,
          `lead:${OTHER}`,
          `enrollment:${ENROLLMENT}`,
          'email:ann@example.com',
          'email:bob@example.com',
        ].sort(),
      );
    });

    it('reads through JSON escapes, so an escaped @ does not hide an address', () => {
      expect(sorted(['{"email":"ann\\u0040example.com"}'])).toEqual(['email:ann@example.com']);
    });

    it('finds ids and addresses inside sentences, paths, keys and CSV', () => {
      expect(
        sorted([
          `create-${LEAD}`,
          `/v1/campaigns/cmp_01JDQ7X3M6V1W8A2B4C6D8E0F5/leads/${LEAD}/pause`,
          '{"detail":"The address <Ann@Example.com> is on the do-not-contact list."}',
          'email,first_name\nbob@example.com,Bob\n"carol@example.com",Carol',
        ]),
      ).toEqual(
        [`lead:${LEAD}`, 'email:ann@example.com', 'email:bob@example.com', 'email:carol@example.com'].sort(),
      );
    });

    it('keeps an address with an apostrophe or a plus whole', () => {
      expect(sorted(['{"email":"o\'neil+cold@example.com"}'])).toEqual(["email:o'neil+cold@example.com"]);
    });
  });

  describe('edge', () => {
    it('ignores ids of other kinds, ids with a wrong body, and over-long "addresses"', () => {
      expect(
        sorted([
          'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F5 evt_01JDQ7X3M6V1W8A2B4C6D8E0F5',
          'lead_01JDQ7X3M6V1W8A2B4C6D8E0F lead_01JDQ7X3M6V1W8A2B4C6D8E0FUU lead_01jdq7x3m6v1w8a2b4c6d8e0f2',
          `${'a'.repeat(400)}@example.com`,
          `${'İ'.repeat(300)}@example.com`,
          '@example.com example.com@',
        ]),
      ).toEqual([]);
    });

    it('reads a body that is not valid JSON as text', () => {
      expect(sorted([`{"email": "ann@example.com", ${LEAD}`])).toEqual([
        'email:ann@example.com',
        `lead:${LEAD}`,
      ]);
    });

    it('walks a deeply nested body without overflowing the stack', () => {
      const deep = `${'['.repeat(200_000)}"ann@example.com"${']'.repeat(200_000)}`;
      expect(sorted([deep])).toEqual(['email:ann@example.com']);
    });

    it('scans a megabyte of hostile text in linear time (a quadratic scan would take minutes)', () => {
      const hostile = `a@${'.'.repeat(1024 * 1024)}@ lead_${'0'.repeat(1024 * 1024)}`;
      expect(sorted([hostile, JSON.stringify({ email: hostile })])).toEqual([]);
    });
  });
});
