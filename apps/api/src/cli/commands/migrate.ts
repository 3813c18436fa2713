import type { Command } from 'commander';
import { migrateToLatest } from '../../migrations/migrate.js';
import { loadConfig } from '../../platform/config/config.js';
import { connect } from '../../platform/db/connect.js';
import { CliError } from '../support/with-database.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (the server also does this at start)')
    .action(async () => {
      const loaded = loadConfig();
      if (!loaded.ok) throw new CliError(loaded.message);
      const database = await connect(loaded.config, {});
      try {
        const { applied } = await migrateToLatest(database);
        process.stderr.write(
          applied.length > 0 ? `Applied ${applied.join(', ')}.\n` : 'The schema is already up to date.\n',
        );
      } finally {
        await database.close();
      }
    });
}
