import { createLeadStatusClient } from '@leadstatus/sdk';

// A secret API key (`lsk_…`) belongs on servers only: read it from the environment.
export const client = createLeadStatusClient({
  baseUrl: process.env.LEADSTATUS_URL ?? 'http://127.0.0.1:8787',
  apiKey: process.env.LEADSTATUS_API_KEY ?? '',
});

export async function whoAmI() {
  const workspace = await client.workspace.get();
  return workspace.name;
}
