import { Command } from 'commander';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerKey } from './commands/key.js';
import { registerMigrate } from './commands/migrate.js';
import { registerRecount } from './commands/recount.js';
import { registerSeed } from './commands/seed.js';
import { registerSweep } from './commands/sweep.js';
import { registerWorkspace } from './commands/workspace.js';

/** The `leadstatus` command line. Uses DATABASE_URL like the server (SQLite under ./data by default). */
export function buildProgram(): Command {
  const program = new Command('leadstatus')
    .description('Lead Status: statuses of leads in cold-email campaigns')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  registerMigrate(program);
  registerWorkspace(program);
  registerKey(program);
  registerImport(program);
  registerExport(program);
  registerRecount(program);
  registerSeed(program);
  registerSweep(program);
  return program;
}
