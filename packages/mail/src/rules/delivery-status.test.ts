import { describe, expect, it } from 'vitest';
import { isDeliveryStatusReport, pickRecipient, readDeliveryStatus } from './delivery-status.js';

const DSN = [
  'Reporting-MTA: dns; mx.acme.test',
  'Arrival-Date: Tue,  1 Dec 2026 09:00:02 +0000 (UTC)',
  '',
  'Final-Recipient: rfc822; ok@example.com',
  'Action: delivered',
  'Status: 2.0.0',
  '',
  'Final-Recipient: rfc822; Erin@Example.com',
  'Original-Recipient: rfc822;erin@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <erin@example.com>: Recipient address',
  '    rejected: User unknown',
].join('\r\n');

describe('readDeliveryStatus', () => {
  it('reads every recipient block, folded fields joined', () => {
    const recipients = readDeliveryStatus(DSN);
    expect(recipients).toHaveLength(2);
    expect(recipients[1]).toEqual({
      finalRecipient: 'erin@example.com',
      originalRecipient: 'erin@example.com',
      action: 'failed',
      status: '5.1.1',
      code: '550',
      diagnostic: '550 5.1.1 <erin@example.com>: Recipient address rejected: User unknown',
    });
  });

  it('picks the first failed recipient', () => {
    expect(pickRecipient(readDeliveryStatus(DSN))?.finalRecipient).toBe('erin@example.com');
  });

  it('takes the status from Diagnostic-Code when Status is missing', () => {
    const [recipient] = readDeliveryStatus(
      'Final-Recipient: rfc822; a@b.example\nAction: failed\nDiagnostic-Code: smtp; 552 5.2.2 full',
    );
    expect(recipient?.status).toBe('5.2.2');
  });
});

describe('isDeliveryStatusReport', () => {
  it('recognises the RFC 3464 content type', () => {
    expect(isDeliveryStatusReport('multipart/report; report-type=delivery-status; boundary="x"')).toBe(true);
    expect(isDeliveryStatusReport('multipart/report; boundary="x"; report-type="delivery-status"')).toBe(
      true,
    );
    expect(isDeliveryStatusReport('multipart/report; report-type=feedback-report')).toBe(false);
    expect(isDeliveryStatusReport('multipart/mixed')).toBe(false);
    expect(isDeliveryStatusReport(null)).toBe(false);
  });
});
