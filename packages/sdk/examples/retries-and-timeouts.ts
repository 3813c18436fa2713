import { createLeadStatusClient, type FetchLike } from '@leadstatus/sdk';

export function patientClient(baseUrl: string, apiKey: string, fetch?: FetchLike) {
  return createLeadStatusClient({
    baseUrl,
    apiKey,
    // Up to 5 retries of network errors, timeouts, 408, 429 and 5xx, with backoff between 0.5 s and 10 s.
    retries: { maxRetries: 5, maxDelayMs: 10_000 },
    // Each attempt gets 10 s to answer.
    timeoutMs: 10_000,
    ...(fetch ? { fetch } : {}),
  });
}

/** A retried POST is applied once; to make a retry from another process safe too, choose the key. */
export async function importRow(
  client: ReturnType<typeof patientClient>,
  importId: string,
  row: number,
  email: string,
) {
  return client.leads.batch([{ email }], { idempotencyKey: `import-${importId}-row-${row}` });
}

/** Gives up after 3 s in all, whatever the retries. */
export async function quickCount(client: ReturnType<typeof patientClient>, campaignId: string) {
  const summary = await client.analytics.summary(campaignId, { signal: AbortSignal.timeout(3_000) });
  return summary.enrolled;
}
