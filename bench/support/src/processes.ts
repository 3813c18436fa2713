import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/** The built service entry point (`apps/api/dist/server.js`), what `npm start` runs. */
export const SERVER_SCRIPT = createRequire(import.meta.url).resolve('@leadstatus/api/server');

export interface ServerProcess {
  url: string;
  pid: number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Starts a Node script on 127.0.0.1 and resolves once `pattern` (whose first group is the URL or the
 * port) shows on `stream`. Everything the process writes is read and dropped, so its pipes never fill.
 */
export function startProcess(
  script: string,
  env: Record<string, string>,
  options: {
    stream: 'stdout' | 'stderr';
    pattern: RegExp;
    timeoutMs?: number;
    args?: string[];
    nodeArgs?: string[];
  },
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const argv = [...(options.nodeArgs ?? []), script, ...(options.args ?? [])];
    const child: ChildProcess = spawn(process.execPath, argv, {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    let found = false;
    let buffered = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 10_000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${options.timeoutMs ?? 30_000} ms\n${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child[options.stream]?.on('data', (chunk: Buffer) => {
      if (found) return;
      buffered += chunk.toString();
      const match = options.pattern.exec(buffered);
      if (!match?.[1] || child.pid === undefined) return;
      found = true;
      buffered = '';
      clearTimeout(timer);
      const url = /^\d+$/.test(match[1]) ? `http://127.0.0.1:${match[1]}` : match[1];
      resolve({
        url,
        pid: child.pid,
        stop: async (graceMs = 15_000) => {
          if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
          child.kill('SIGTERM');
          const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
          const code = await exited;
          clearTimeout(kill);
          return code;
        },
      });
    });
    child.stdout?.resume();
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!found) reject(new Error(`${script} exited with ${code} before listening\n${stderr}`));
    });
  });
}

/** The real server (`dist/server.js`) on an ephemeral port, with `env` on top of a quiet default. */
export function startRealServer(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  return startProcess(
    SERVER_SCRIPT,
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    { stream: 'stdout', pattern: /"url":"(http:\/\/[^"]+)"/, nodeArgs },
  );
}

/** With BENCH_CPU_PROF_DIR set, the server writes V8 CPU profiles there (one per thread) when it stops. */
export function profilingArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}
