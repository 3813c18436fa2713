import type { Command } from 'commander';
import { DEFAULT_DEMO_OPTIONS, DEMO_OPTION_BOUNDS, type DemoOptions } from '../../demo/options.js';
import { servicesFor } from '../../platform/services/services-for.js';
import { CliError, withDatabase } from '../support/with-database.js';

interface SeedCommandOptions {
  demo?: boolean;
  leads: string;
  days: string;
  seed: string;
  json?: boolean;
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('create a demo workspace with campaigns, leads and 30 days of realistic events')
    .option('--demo', 'seed demo data (required: the only kind for now)')
    .option('--leads <n>', 'how many leads', String(DEFAULT_DEMO_OPTIONS.leads))
    .option('--days <n>', 'how many days of events, ending now', String(DEFAULT_DEMO_OPTIONS.days))
    .option(
      '--seed <n>',
      'the random seed: the same seed gives the same data',
      String(DEFAULT_DEMO_OPTIONS.seed),
    )
    .option('--json', 'print {"workspace_id", "api_key", "campaign_ids"} as JSON on stdout and nothing else')
    .action(async (options: SeedCommandOptions) => {
      if (!options.demo)
        throw new CliError('Say what to seed: `leadstatus seed --demo` (the only kind for now).');
      const leads = integerOption('leads', options.leads);
      const days = integerOption('days', options.days);
      const seed = integerOption('seed', options.seed);
      // Loaded when used: the demo plan and the engine add to the start of every other command.
      const [{ seedDemo }, { createSeedProgress }, { formatDemoSummary, readDistributions }] =
        await Promise.all([
          import('../../demo/demo-seed.js'),
          import('../../demo/progress.js'),
          import('../../demo/summary.js'),
        ]);
      const startedAt = Date.now();
      const progress = createSeedProgress(process.stderr);
      const { result, rows } = await withDatabase(async (database) => {
        const result = await seedDemo(servicesFor(database), {
          leads,
          days,
          seed,
          onProgress: (p) => progress.update(p),
        });
        progress.stop();
        return { result, rows: options.json ? [] : await readDistributions(database.db, result) };
      }).finally(() => progress.stop());
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({
            workspace_id: result.workspaceId,
            api_key: result.apiKey,
            campaign_ids: result.campaigns.map((c) => c.id),
          })}\n`,
        );
        return;
      }
      process.stdout.write(formatDemoSummary(result, rows, Date.now() - startedAt));
    });
}

function integerOption(name: keyof DemoOptions, value: string): number {
  const { min, max } = DEMO_OPTION_BOUNDS[name];
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}
