/** JSON as tests read it: loosely typed, because the assertions check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions inspect arbitrary JSON.
export type Json = any;

export async function readJson(response: Response): Promise<Json> {
  return response.json();
}
