import { type LeadStatusClient, LeadStatusError } from '@leadstatus/sdk';

/** Creates a lead, or explains why not. */
export async function addLead(client: LeadStatusClient, email: string) {
  try {
    const lead = await client.leads.create({ email });
    return { ok: true as const, id: lead.id };
  } catch (error) {
    if (!(error instanceof LeadStatusError)) throw error;
    if (error.kind !== 'http') return { ok: false as const, reason: `unreachable (${error.kind})` };
    switch (error.type) {
      case '/problems/conflict':
        return { ok: false as const, reason: 'a lead with this e-mail exists' };
      case '/problems/validation-error':
        // One entry per invalid field, e.g. { path: 'body.email', message: 'Invalid email address' }.
        return { ok: false as const, reason: error.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
      default:
        throw error; // 401, 5xx after retries, …: let it surface
    }
  }
}
