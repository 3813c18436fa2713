import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { connect } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { CliError } from '../with-database.js';

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
