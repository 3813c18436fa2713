/**
 * Node's own `fetch` (its bundled undici, as the SDK uses it), limited to one keep-alive connection
 * per origin, so every request after the first must travel on the connection the first one used.
 * The undici bundled with Node is not importable; its global Agent's class is, once fetch exists.
 */
export function singleConnectionFetch(): { fetch: typeof fetch; close(): Promise<void> } {
  // Reading `fetch` loads the bundled undici, which installs its global Agent.
  if (typeof globalThis.fetch !== 'function') throw new Error('this Node has no fetch');
  const globalDispatcher = (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')];
  const Agent = (globalDispatcher as { constructor: new (options: object) => { close(): Promise<void> } })
    .constructor;
  const dispatcher = new Agent({ connections: 1, pipelining: 1 });
  return {
    fetch: (input, init) => fetch(input, { ...init, dispatcher } as RequestInit),
    close: () => dispatcher.close(),
  };
}
