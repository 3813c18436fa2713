import { moveReportingZone } from '../../engine/rebuild-zone.js';
import { WorkspaceSettingsSchema } from '../../engine/workspace-settings.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Services } from '../../platform/services/services.js';
import type { WorkspacePatch } from './schemas.js';
import { lockWorkspace, updateWorkspace, type Workspace } from './workspaces.repository.js';

/**
 * Renames a workspace or changes its settings, in one transaction with the workspace row locked.
 * A new reporting zone has its trend rollups rebuilt from the stored events there and then (and the
 * old zone's dropped, unless it is UTC), so trends in the new zone are complete from the start.
 * Undefined when the workspace no longer exists.
 */
export function patchWorkspace(
  services: Pick<Services, 'writer' | 'clock'>,
  workspaceId: string,
  patch: WorkspacePatch,
): Promise<Workspace | undefined> {
  return services.writer.run(patchWorkspaceCommand, { workspaceId, patch, now: services.clock.now() });
}

export const patchWorkspaceCommand = writeCommand(
  import.meta.url,
  'patchWorkspaceCommand',
  (
    { db, dialect },
    { workspaceId, patch, now }: { workspaceId: string; patch: WorkspacePatch; now: number },
  ) =>
    inTransaction(db, async (trx): Promise<Workspace | undefined> => {
      const current = await lockWorkspace(trx, dialect, workspaceId);
      if (!current) return undefined;
      const next: Workspace = {
        ...current,
        name: patch.name ?? current.name,
        // Through the schema, so the stored zone name is normalised (`europe/paris` -> `Europe/Paris`).
        settings: WorkspaceSettingsSchema.parse({
          ...current.settings,
          ...definedOnly(patch.settings ?? {}),
        }),
      };
      await updateWorkspace(trx, next, now);
      await moveReportingZone(trx, workspaceId, current.settings.timezone, next.settings.timezone);
      return next;
    }),
);

const definedOnly = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
