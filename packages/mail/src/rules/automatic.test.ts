import { describe, expect, it } from 'vitest';
import { automaticHeaderEvidence } from './automatic-headers.js';
import { automaticSubjectEvidence } from './automatic-subject.js';

const headers = (pairs: Record<string, string>) =>
  Object.entries(pairs).map(([key, value]) => ({ key: key.toLowerCase(), value }));

describe('automaticHeaderEvidence', () => {
  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }, 'auto-submitted:auto-replied'],
    [{ 'Auto-Submitted': 'auto-generated' }, 'auto-submitted:auto-generated'],
    [{ 'Auto-Submitted': 'Auto-Replied (vacation)' }, 'auto-submitted:auto-replied'],
    [{ 'X-Autoreply': 'yes' }, 'x-autoreply'],
    [{ 'X-Autorespond': 'Quick question' }, 'x-autorespond'],
    [{ Precedence: 'bulk' }, 'precedence:bulk'],
    [{ Precedence: 'auto_reply' }, 'precedence:auto_reply'],
    [{ Precedence: 'junk' }, 'precedence:junk'],
  ])('%j gives %s', (pairs, evidence) => {
    expect(automaticHeaderEvidence(headers(pairs))).toEqual([evidence]);
  });

  it.each([
    [{ 'Auto-Submitted': 'no' }],
    [{ 'X-Auto-Response-Suppress': 'All' }],
    [{ Precedence: 'list' }],
    [{ 'X-Autoreply': 'no' }],
  ])('%j is not automatic (Outlook puts X-Auto-Response-Suppress on human mail)', (pairs) => {
    expect(automaticHeaderEvidence(headers(pairs))).toEqual([]);
  });
});

describe('automaticSubjectEvidence', () => {
  it.each([
    'Automatic reply: Quick question',
    'Auto-Reply: Quick question',
    'Autoreply: hi',
    'Out of Office: hi',
    'Out of office',
    'Abwesenheitsnotiz: hi',
    'Automatische Antwort: hi',
    'Réponse automatique : hi',
    'Absence',
    'Respuesta automática: hi',
    'Fuera de la oficina',
    'Resposta automática: hi',
    'Ausente',
    'Automatisch antwoord: hi',
    'Afwezig',
    'Vacation',
  ])('%j is an autoresponder subject', (subject) => {
    expect(automaticSubjectEvidence(subject)).toBe('auto-subject');
  });

  it.each(['Re: Quick question', 'Re: vacation plans for the team', 'Absolutely, let us talk'])(
    '%j is not',
    (subject) => {
      expect(automaticSubjectEvidence(subject)).toBeNull();
    },
  );
});
