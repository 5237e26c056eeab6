// The run's event context (event name, payload, commit, repository), read by @actions/github's own
// Context class. It is imported from its file rather than from the package, whose entry also evaluates
// the Octokit client and undici (tens of milliseconds at every start): runs without a token never need
// those, and runs with one load them when the client is made (client.ts).
import { Context } from '../../node_modules/@actions/github/lib/context.js';

export type RunContext = Context;

/** Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SHA, GITHUB_REPOSITORY… as they are now. */
export function runContext(): RunContext {
  return new Context();
}
