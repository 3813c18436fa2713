import { SingleBar } from 'cli-progress';
import type { DemoProgress } from './demo-seed.js';

export interface SeedProgressReporter {
  update(progress: DemoProgress): void;
  stop(): void;
}

/** A progress bar by events ingested, on a terminal only: piped or redirected, nothing of it is written. */
export function createSeedProgress(stream: NodeJS.WriteStream): SeedProgressReporter {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    stream,
    format: 'Seeding demo [{bar}] {percentage}% | {value}/{total} events | ETA {eta_formatted}',
    barsize: 30,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update({ events, totalEvents }) {
      if (!started) {
        started = true;
        bar.start(Math.max(totalEvents, 1), events);
        return;
      }
      // The re-engagement campaign's events are planned mid-way, so the total grows once.
      bar.setTotal(Math.max(totalEvents, 1));
      bar.update(events);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
