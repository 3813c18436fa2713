import type { TestProject } from 'vitest/node';
import { acquireFixture, type E2eFixture } from './fixture.js';

declare module 'vitest' {
  export interface ProvidedContext {
    leadstatus: E2eFixture;
  }
}

/** Starts the service once for the run; the page gets its URL and the seeded ids, never the key. */
export async function setup(project: TestProject) {
  const { fixture, release } = await acquireFixture();
  project.provide('leadstatus', fixture);
  return release;
}
