import type { Command } from 'commander';
import { createWorkspace } from '../../features/workspaces/workspaces.repository.js';
import { CliError, withDatabase } from '../support/with-database.js';

export function registerWorkspace(program: Command): void {
  const workspace = program.command('workspace').description('manage workspaces (tenants)');
  workspace
    .command('create')
    .description('create a workspace and its first secret API key (shown once)')
    .requiredOption('--name <name>', 'the workspace name')
    .option('--json', 'print {"workspace_id", "api_key"} as JSON on stdout and nothing else')
    .action(async (options: { name: string; json?: boolean }) => {
      const name = options.name.trim();
      if (name === '' || name.length > 255) throw new CliError('--name must be 1 to 255 characters.');
      const { workspace, apiKey } = await withDatabase((database) =>
        createWorkspace(database.writer, { name, now: Date.now() }),
      );
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ workspace_id: workspace.id, api_key: apiKey })}\n`);
        return;
      }
      process.stdout.write(
        `Created workspace ${workspace.id} (${workspace.name}).\n` +
          `API key (shown once, store it now): ${apiKey}\n`,
      );
    });
}
