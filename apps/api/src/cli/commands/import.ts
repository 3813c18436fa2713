import type { Command } from 'commander';
import { ImportError, importLeadsCsv } from '../../features/imports/csv-import.js';
import { formatSummary, summaryJson } from '../../features/imports/import-summary.js';
import { servicesFor } from '../../platform/services/services-for.js';
import { createProgressReporter } from '../support/progress-bar.js';
import { CliError, withDatabase } from '../support/with-database.js';

interface ImportCommandOptions {
  workspace: string;
  campaign?: string;
  json?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import leads from a CSV file (upserted by e-mail), optionally enrolling them')
    .argument('<file>', 'the CSV file (UTF-8); see docs/csv-import.md for the columns')
    .requiredOption('--workspace <id>', 'the workspace id (ws_…)')
    .option('--campaign <id>', 'also enroll the leads in this campaign (cmp_…)')
    .option('--json', 'print the summary as JSON on stdout and nothing else')
    .action(async (file: string, options: ImportCommandOptions) => {
      const startedAt = Date.now();
      const progress = createProgressReporter(process.stderr);
      const summary = await withDatabase((database) =>
        importLeadsCsv(servicesFor(database), {
          path: file,
          workspaceId: options.workspace,
          campaignId: options.campaign,
          onProgress: (p) => progress.update(p),
        }),
      )
        .catch((error: unknown) => {
          throw error instanceof ImportError ? new CliError(error.message) : error;
        })
        .finally(() => progress.stop());
      if (options.json) {
        process.stdout.write(summaryJson(summary));
        return;
      }
      process.stderr.write(
        formatSummary(summary, {
          file,
          campaignId: options.campaign,
          elapsedMs: Date.now() - startedAt,
        }),
      );
    });
}
