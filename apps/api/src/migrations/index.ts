import type { Migration } from 'kysely';
import type { DialectName } from '../platform/db/database.js';
import { initialMigration } from './0001-initial.js';
import { webhooksMigration } from './0003-webhooks.js';
import { analyticsMigration } from './0004-analytics.js';
import { workspaceSecretsMigration } from './0005-workspace-secrets.js';
import { trackingMigration } from './0006-tracking.js';
import { webhookReplayAndDemoFlagMigration } from './0007-webhook-replay-and-demo-flag.js';
import { contactedMigration } from './0008-contacted.js';
import { retentionMigration } from './0009-retention.js';
import { emailNormalFormMigration } from './0010-email-normal-form.js';
import { readingMailMigration } from './0011-reading-mail.js';
import { labelsMigration } from './0012-labels.js';

/**
 * Every migration, in order. Listed statically (not read from the file system) so they run the
 * same under Node, Vitest and a bundle. Released migrations are frozen: add a new one instead.
 */
export function allMigrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0003-webhooks': webhooksMigration(dialect),
    '0004-analytics': analyticsMigration(dialect),
    '0005-workspace-secrets': workspaceSecretsMigration(dialect),
    '0006-tracking': trackingMigration(dialect),
    '0007-webhook-replay-and-demo-flag': webhookReplayAndDemoFlagMigration(dialect),
    '0008-contacted': contactedMigration(dialect),
    '0009-retention': retentionMigration(dialect),
    '0010-email-normal-form': emailNormalFormMigration(dialect),
    '0011-reading-mail': readingMailMigration(dialect),
    '0012-labels': labelsMigration(dialect),
  };
}
