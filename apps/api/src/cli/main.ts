#!/usr/bin/env node
import { buildProgram } from './program.js';
import { isReportable } from './support/with-database.js';

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (isReportable(error)) {
      process.stderr.write(`leadstatus: ${error.message}\n`);
    } else {
      process.stderr.write(
        `leadstatus: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  });
