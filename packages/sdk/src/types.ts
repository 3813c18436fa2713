import type { components, paths } from './generated/schema.js';

/** The API's named schemas, e.g. `Schemas['Lead']`. */
export type Schemas = components['schemas'];

export type Status = Schemas['Status'];
export type Lead = Schemas['Lead'];
export type LeadInput = Schemas['LeadInput'];
export type LeadPatch = Schemas['LeadPatch'];
export type LeadDetails = Schemas['LeadDetails'];
export type LeadListRow = Schemas['LeadListRow'];
export type Campaign = Schemas['Campaign'];
export type EventInput = Schemas['EventInput'];
export type Webhook = Schemas['Webhook'];
export type WebhookEvent = Schemas['WebhookEvent'];
/** A mail read from `POST /v1/inbound/messages`: its kind, its match and the enrollment after it. */
export type ReceivedMail = Schemas['ReceivedMail'];
/** A mail as `inbound.messages.list` and `.get` show it. */
export type InboundMessage = Schemas['InboundMessage'];
/** One status change, as `status.changed` stream events and `lead.status_changed` webhooks carry it. */
export type StatusChange = Schemas['LeadStatusChangedEvent']['data'];

/** The query parameters of an operation (`QueryOf<'/v1/leads', 'get'>`). */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** Options every resource method takes. */
export interface RequestOptions {
  /** Aborts the request (and its retries); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** For POSTs: your own key instead of a random one, e.g. to make a retry across processes safe. */
  idempotencyKey?: string;
}
