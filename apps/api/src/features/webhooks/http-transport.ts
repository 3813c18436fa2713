import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './url-policy.js';

export interface TransportRequest {
  url: URL;
  /** The checked address to connect to; the URL's host name is still used for TLS and `Host`. */
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

export interface TransportResponse {
  statusCode: number;
  /** At most RESPONSE_BODY_LIMIT characters. */
  body: string;
}

/** Sends one POST; rejects on any network error or when `signal` aborts. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export const RESPONSE_BODY_LIMIT = 1024;

/**
 * A lookup that answers with the address already checked, whatever the name: the socket connects
 * exactly where the SSRF check looked, so a DNS answer that changes in between (rebinding) is never used.
 */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

/**
 * Node's http(s) client, one connection per attempt (no pooled socket of another lookup), no proxy,
 * no redirects followed, the response read up to a small limit.
 */
export const nodeHttpTransport: Transport = ({ url, address, headers, body, signal }) =>
  new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: pinnedLookup(address),
        signal,
      },
      (response) => readLimited(response).then(resolve, reject),
    );
    request.on('error', reject);
    request.end(body);
  });

function readLimited(response: IncomingMessage): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = () => {
      resolve({ statusCode: response.statusCode ?? 0, body: text.slice(0, RESPONSE_BODY_LIMIT) });
    };
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
      if (text.length >= RESPONSE_BODY_LIMIT) {
        finish();
        response.destroy();
      }
    });
    response.on('end', finish);
    response.on('error', reject);
  });
}
