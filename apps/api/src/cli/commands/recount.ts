import type { Command } from 'commander';
import { CliError, withDatabase } from '../support/with-database.js';

export function registerRecount(program: Command): void {
  program
    .command('recount')
    .description('rebuild the analytics counters of a workspace (or of all) from the stored events')
    .option('--workspace <id>', 'only this workspace (ws_…)')
    .action(async (options: { workspace?: string }) => {
      const { recountCounters } = await import('../../engine/recount.js');
      const result = await withDatabase((database) =>
        recountCounters(database, options.workspace ? { workspaceId: options.workspace } : {}),
      );
      if (options.workspace && result.workspaces === 0)
        throw new CliError(`No workspace with id ${options.workspace}.`);
      process.stderr.write(
        `Recounted ${result.campaigns} campaign(s), ${result.enrollments} enrollment(s) in ${result.workspaces} workspace(s); ${result.corrected} counter(s) corrected.\n`,
      );
    });
}
