import { describe, expect, it } from 'vitest';
import { detectComplaint, isFeedbackReport } from './complaint.js';

const report =
  'Feedback-Type: Abuse\r\nUser-Agent: SomeFBL/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: <Nina@Example.com>\r\n';

describe('detectComplaint', () => {
  it('reads Feedback-Type and Original-Rcpt-To', () => {
    const finding = detectComplaint({ contentType: null, feedbackReport: report, originals: [] });
    expect(finding?.report).toEqual({ feedbackType: 'abuse', recipient: 'nina@example.com' });
  });

  it("falls back to the original's To", () => {
    const finding = detectComplaint({
      contentType: 'multipart/report; report-type=feedback-report',
      feedbackReport: 'Feedback-Type: fraud\r\n',
      originals: ['From: ann@acme.test\r\nTo: Oscar <oscar@example.net>\r\n\r\nbody'],
    });
    expect(finding?.report).toEqual({ feedbackType: 'fraud', recipient: 'oscar@example.net' });
    expect(finding?.evidence).toContain('report-type:feedback-report');
  });

  it('is no complaint without a feedback-report part', () => {
    expect(detectComplaint({ contentType: null, feedbackReport: null, originals: [] })).toBeNull();
    expect(isFeedbackReport('multipart/report; report-type=delivery-status')).toBe(false);
  });
});
