import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The most of a request body left unread that the server still reads (and discards) after answering,
 * to keep the connection for the client's next request. Beyond it, the answer says
 * `Connection: close`. Well above the default body limit (1 MiB), so a client told "too large" by
 * mistake keeps its connection, while a huge upload is not read to the end for nothing.
 */
export const MAX_DISCARDED_BODY_BYTES = 16 * 1024 * 1024;

/**
 * An answer sent before the request body was read (413, 415, 401 or 429 on a POST, any early error)
 * must not leave the rest of the body on the connection: the client would find it closed when it
 * sends its next request there (or, worse, its next request read as the rest of this body). So when
 * the answer starts and the body is incomplete, either it is small enough to read and discard once
 * the answer is sent (the connection stays open), or the answer says `Connection: close` (and Node
 * closes the connection after it). Node's HTTP parser never reads the next request before this one's
 * body is over, so discarding it is all it takes.
 */
export function keepConnectionsUsable(server: Server): void {
  // First, so the check is in place before the app (the next listener) can start its answer.
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
      response.writeHead = writeHead;
      if (!request.complete) {
        if (declaredLength(request) <= MAX_DISCARDED_BODY_BYTES) {
          response.once('finish', () => discardRest(request));
        } else {
          this.setHeader('Connection', 'close');
        }
      }
      return writeHead.apply(this, args);
    } as typeof writeHead;
  });
}

/** The body's declared size; unknown (chunked) counts as too large to promise anything. */
function declaredLength(request: IncomingMessage): number {
  const header = request.headers['content-length'];
  return header !== undefined && /^\d{1,15}$/.test(header) ? Number(header) : Number.POSITIVE_INFINITY;
}

function discardRest(request: IncomingMessage): void {
  if (request.complete || request.destroyed) return;
  // The app's body stream (a web stream over the request) pauses the request whenever its own queue
  // is full, and nobody reads it any more: take its listeners off, then let the bytes flow away.
  request.removeAllListeners('data');
  request.on('error', () => {});
  request.resume();
}
