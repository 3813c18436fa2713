import type { Command } from 'commander';
import { CliError, withDatabase } from '../support/with-database.js';

export function registerSweep(program: Command): void {
  program
    .command('sweep')
    .description(
      'record waiting tracked clicks, complete finished sequences and delete expired idempotency records and old webhook deliveries (the server also does this on an interval); safe alongside running servers',
    )
    .option('--workspace <id>', 'only this workspace (ws_…)')
    .action(async (options: { workspace?: string }) => {
      const { createApp } = await import('../../app.js');
      const result = await withDatabase(async (database, config) => {
        const leadStatus = createApp({
          database,
          retention: { webhookDeliveryRetentionDays: config.webhooks.deliveryRetentionDays },
        });
        try {
          return await leadStatus.sweeper.runOnce(
            options.workspace ? { workspaceId: options.workspace } : {},
          );
        } finally {
          await leadStatus.close();
        }
      });
      if (options.workspace && result.workspaces === 0)
        throw new CliError(`No workspace with id ${options.workspace}.`);
      const { deleted } = result;
      process.stderr.write(
        `Swept ${result.workspaces} workspace(s): ${result.completed} sequence(s) completed; deleted ` +
          `${deleted.idempotencyKeys} expired idempotency record(s), ${deleted.webhookDeliveries} ` +
          `webhook deliveries and ${deleted.webhookAttempts} attempt(s) past retention.\n`,
      );
    });
}
