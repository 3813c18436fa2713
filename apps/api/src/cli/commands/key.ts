import type { Command } from 'commander';
import {
  createApiKey,
  findWorkspace,
  listApiKeys,
  revokeApiKey,
} from '../../features/workspaces/workspaces.repository.js';
import { toIso } from '../../platform/time.js';
import { CliError, withDatabase } from '../support/with-database.js';

interface WorkspaceOption {
  workspace: string;
  json?: boolean;
}

export function registerKey(program: Command): void {
  const key = program.command('key').description('manage secret API keys');

  key
    .command('create')
    .description('create another secret API key for a workspace (shown once)')
    .requiredOption('--workspace <id>', 'the workspace id (ws_…)')
    .option('--name <name>', 'what the key is for', 'API key')
    .option('--json', 'print {"key_id", "api_key"} as JSON on stdout')
    .action(async (options: WorkspaceOption & { name: string }) => {
      const created = await withDatabase(async ({ db, writer }) => {
        if (!(await findWorkspace(db, options.workspace))) {
          throw new CliError(`No workspace ${options.workspace}.`);
        }
        return createApiKey(writer, { workspaceId: options.workspace, name: options.name, now: Date.now() });
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ key_id: created.record.id, api_key: created.plain })}\n`);
        return;
      }
      process.stdout.write(`Created key ${created.record.id}.\nAPI key (shown once): ${created.plain}\n`);
    });

  key
    .command('revoke')
    .description('revoke a key: requests with it answer 401 from now on')
    .argument('<key-id>', 'the key id (key_…), as `key list` shows it')
    .requiredOption('--workspace <id>', 'the workspace id (ws_…)')
    .action(async (keyId: string, options: WorkspaceOption) => {
      const revoked = await withDatabase(({ writer }) =>
        revokeApiKey(writer, { workspaceId: options.workspace, keyId, now: Date.now() }),
      );
      if (!revoked) throw new CliError(`No active key ${keyId} in workspace ${options.workspace}.`);
      process.stderr.write(`Revoked ${keyId}.\n`);
    });

  key
    .command('list')
    .description("list a workspace's keys (never the secrets)")
    .requiredOption('--workspace <id>', 'the workspace id (ws_…)')
    .option('--json', 'print JSON on stdout')
    .action(async (options: WorkspaceOption) => {
      const keys = await withDatabase(({ db }) => listApiKeys(db, options.workspace));
      const rows = keys.map((k) => ({
        id: k.id,
        name: k.name,
        prefix: k.displayPrefix,
        created_at: toIso(k.createdAt),
        last_used_at: k.lastUsedAt === null ? null : toIso(k.lastUsedAt),
        revoked_at: k.revokedAt === null ? null : toIso(k.revokedAt),
      }));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(rows)}\n`);
        return;
      }
      for (const row of rows) {
        const state = row.revoked_at
          ? `revoked ${row.revoked_at}`
          : `last used ${row.last_used_at ?? 'never'}`;
        process.stdout.write(`${row.id}  ${row.prefix}…  ${row.name}  (${state})\n`);
      }
    });
}
