#!/usr/bin/env node
// CLI entry (bin `migration-gate`): runs the command line and sets the exit code, nothing else.
import { main } from './command-line.js';

process.exitCode = await main(process.argv.slice(2));
