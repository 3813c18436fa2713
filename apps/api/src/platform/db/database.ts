import type { Kysely, Transaction } from 'kysely';
import type { CampaignStepsTable, CampaignsTable } from './tables/campaigns.js';
import type { CampaignCountersTable } from './tables/counters.js';
import type { CampaignDailyCountsTable } from './tables/daily-counts.js';
import type { DncEntriesTable } from './tables/dnc.js';
import type { EnrollmentsTable } from './tables/enrollments.js';
import type { EventsTable, StatusChangesTable } from './tables/events.js';
import type { IdempotencyKeysTable, IdempotencySubjectsTable } from './tables/idempotency.js';
import type { InboundMessagesTable } from './tables/inbound.js';
import type { LabelChangesTable, LabelsTable } from './tables/labels.js';
import type { LeadsTable } from './tables/leads.js';
import type { WorkspaceSecretsTable } from './tables/secrets.js';
import type {
  InboundProvidersTable,
  InboundWebhookTokensTable,
  SequenceSettingsTable,
  TrackingClicksTable,
  TrackingMessagesTable,
} from './tables/tracking.js';
import type {
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookSubscriptionsTable,
} from './tables/webhooks.js';
import type { ApiKeysTable, WorkspacesTable } from './tables/workspaces.js';

/** Every table. Times are epoch milliseconds, booleans 0/1: both dialects return them the same way. */
export interface Database {
  workspaces: WorkspacesTable;
  api_keys: ApiKeysTable;
  leads: LeadsTable;
  campaigns: CampaignsTable;
  campaign_steps: CampaignStepsTable;
  enrollments: EnrollmentsTable;
  events: EventsTable;
  status_changes: StatusChangesTable;
  dnc_entries: DncEntriesTable;
  campaign_counters: CampaignCountersTable;
  campaign_daily_counts: CampaignDailyCountsTable;
  idempotency_keys: IdempotencyKeysTable;
  idempotency_subjects: IdempotencySubjectsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  workspace_secrets: WorkspaceSecretsTable;
  tracking_messages: TrackingMessagesTable;
  tracking_clicks: TrackingClicksTable;
  inbound_providers: InboundProvidersTable;
  inbound_webhook_tokens: InboundWebhookTokensTable;
  inbound_messages: InboundMessagesTable;
  labels: LabelsTable;
  label_changes: LabelChangesTable;
  sequence_settings: SequenceSettingsTable;
}

export type Db = Kysely<Database>;
/** A database or an open transaction: repositories accept either. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;
export type DialectName = 'sqlite' | 'mysql';
