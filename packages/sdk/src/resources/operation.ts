import { init, unwrap } from '../call.js';
import type { paths } from '../generated/schema.js';
import type { RequestOptions } from '../types.js';
import type { RawClient } from './raw.js';

type Verb = 'get' | 'post' | 'patch' | 'delete';
/** What the operation takes after its path parameters: nothing, its query, or its JSON body. */
type PayloadKind = 'query' | 'body' | undefined;
type OperationOf<P extends keyof paths, V extends Verb> = paths[P][V & keyof paths[P]];

/** One positional string per `{param}` of the path, in order. */
type PathArgs<P> = P extends `${string}{${string}}${infer Rest}` ? [string, ...PathArgs<Rest>] : [];

type PayloadArgs<O, K extends PayloadKind> = K extends 'query'
  ? O extends { parameters: { query?: infer Q } }
    ? [query?: NonNullable<Q>]
    : []
  : K extends 'body'
    ? O extends { requestBody: { content: { 'application/json': infer B } } }
      ? [body: B]
      : []
    : [];

type Success = 200 | 201 | 202;
type JsonResult<O> = O extends { responses: infer R }
  ? {
      [S in keyof R & Success]: R[S] extends { content: { 'application/json': infer J } } ? J : never;
    }[keyof R & Success]
  : never;

/** A resource method: path parameters, then the query or body, then options; resolves to the data. */
export type Operation<P extends keyof paths, V extends Verb, K extends PayloadKind> = (
  ...args: [...PathArgs<P>, ...PayloadArgs<OperationOf<P, V>, K>, options?: RequestOptions]
) => Promise<[JsonResult<OperationOf<P, V>>] extends [never] ? void : JsonResult<OperationOf<P, V>>>;

/**
 * Builds a resource method from its operation, typed by the generated `paths`: one small generic
 * function instead of one hand-written call per method keeps the bundle small.
 */
export function operation<P extends keyof paths, V extends Verb, K extends PayloadKind = undefined>(
  client: RawClient,
  verb: V,
  path: P,
  payload?: K,
): Operation<P, V, K> {
  const names = path.match(/[^{}]+(?=})/g) ?? [];
  return ((...args: unknown[]) => {
    const rest = args.slice(names.length);
    const data = payload ? rest.shift() : undefined;
    const request = {
      params: {
        path: Object.fromEntries(names.map((name, i) => [name, args[i]])),
        ...(payload === 'query' ? { query: data } : {}),
      },
      ...(payload === 'body' ? { body: data } : {}),
      ...init(rest[0] as RequestOptions | undefined),
    };
    // biome-ignore lint/suspicious/noExplicitAny: the types come from Operation<P, V, K> above.
    return unwrap((client.request as any)(verb, path, request));
  }) as Operation<P, V, K>;
}
