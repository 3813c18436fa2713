import type { Enrolled } from './workload.js';

export interface BatchSummary {
  applied: number;
  duplicate: number;
  invalid: number;
  not_found: number;
}

/** A batch ready to send: its JSON built before the clock starts, so the client costs the server little. */
export interface PreparedBatch {
  body: string;
  count: number;
}

export function emptySummary(): BatchSummary {
  return { applied: 0, duplicate: 0, invalid: 0, not_found: 0 };
}

/** A small client of the running service over loopback HTTP. */
export function httpClient(baseUrl: string, apiKey: string) {
  const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
  const post = async <T>(path: string, body: string, expected: number): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body });
    if (response.status !== expected) {
      throw new Error(`POST ${path}: ${response.status} ${(await response.text()).slice(0, 500)}`);
    }
    return (await response.json()) as T;
  };

  return {
    async createCampaign(name: string): Promise<string> {
      const steps = [
        { subject: 'Quick question', delay_hours: 0 },
        { subject: 'Following up', delay_hours: 72 },
        { subject: 'Last note', delay_hours: 120 },
      ];
      const campaign = await post<{ id: string }>('/v1/campaigns', JSON.stringify({ name, steps }), 201);
      return campaign.id;
    },

    /** Enrolls e-mails in 1000s (creating their leads) through `POST /v1/campaigns/{id}/leads`. */
    async enroll(campaignId: string, emails: readonly string[]): Promise<Enrolled[]> {
      const enrolled: Enrolled[] = [];
      for (let i = 0; i < emails.length; i += 1000) {
        const { data } = await post<{
          data: Array<{ lead_id: string; enrollment_id: string; email: string }>;
        }>(`/v1/campaigns/${campaignId}/leads`, JSON.stringify({ emails: emails.slice(i, i + 1000) }), 200);
        for (const r of data)
          enrolled.push({ leadId: r.lead_id, enrollmentId: r.enrollment_id, email: r.email });
      }
      return enrolled;
    },

    /** Sends one batch to `POST /v1/events/batch`, adds its summary to `totals`, returns its size. */
    async sendBatch(batch: PreparedBatch, totals: BatchSummary): Promise<number> {
      const { summary } = await post<{ summary: BatchSummary }>('/v1/events/batch', batch.body, 200);
      totals.applied += summary.applied;
      totals.duplicate += summary.duplicate;
      totals.invalid += summary.invalid;
      totals.not_found += summary.not_found;
      return batch.count;
    },
  };
}
