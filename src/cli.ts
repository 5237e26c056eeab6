#!/usr/bin/env node
// CLI entry (bin `migration-gate`): runs the command line and sets the exit code, nothing else.
import { main } from './command-line.js';

// A reader that stops early (`migration-gate scan | head`) closes the pipe: what is left of the report
// is not wanted, which is no error of the user's (no stack trace). The exit code stays the gate's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
