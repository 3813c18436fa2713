import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./server-process.mjs', import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the app in a child process and resolves with its address once it listens. */
export function startServer(databaseUrl: string): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [SCRIPT], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let buffered = '';
    child.stdout?.on('data', (chunk) => {
      buffered += chunk;
      const match = /\{"port":(\d+)\}/.exec(buffered);
      if (match && child.pid !== undefined) {
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          pid: child.pid,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN);
}

export interface MemoryWatch {
  /** Peak RSS in MB since the watch began: VmHWM (reset at the start) or the highest 50 ms sample. */
  stop(): { peakMb: number; startMb: number };
}

/**
 * Watches a process's resident memory: resets its high-water mark (`clear_refs` 5, Linux 4.0+) so
 * VmHWM is the peak of this run alone, and samples VmRSS every 50 ms as a cross-check.
 */
export function watchMemory(pid: number): MemoryWatch {
  let resetWorked = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    resetWorked = false;
  }
  const startKb = statusKb(pid, 'VmRSS');
  let sampledKb = startKb;
  const timer = setInterval(() => {
    sampledKb = Math.max(sampledKb, statusKb(pid, 'VmRSS'));
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      sampledKb = Math.max(sampledKb, statusKb(pid, 'VmRSS'));
      const peakKb = resetWorked ? Math.max(statusKb(pid, 'VmHWM'), sampledKb) : sampledKb;
      return { peakMb: peakKb / 1024, startMb: startKb / 1024 };
    },
  };
}
