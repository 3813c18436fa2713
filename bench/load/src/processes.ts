import { fileURLToPath } from 'node:url';
import { type ServerProcess, startProcess } from '@leadstatus/bench-support/processes';

export { type ServerProcess, startRealServer } from '@leadstatus/bench-support/processes';

export const OVERHEAD_SCRIPT = fileURLToPath(new URL('./overhead-server.mjs', import.meta.url));

/**
 * The overhead server: the app and a bare Hono route in one process. With BENCH_CPU_PROF_DIR set, it
 * writes a V8 CPU profile there when it stops (open it in Chrome DevTools or speedscope).
 */
export function startOverheadServer(databaseUrl: string): Promise<ServerProcess> {
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  return startProcess(
    OVERHEAD_SCRIPT,
    {},
    {
      stream: 'stderr',
      pattern: /\{"port":(\d+)\}/,
      args: [databaseUrl],
      ...(profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
    },
  );
}
