// Runs the committed action bundle as the runner runs it (event payload file, INPUT_* variables,
// GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_API_URL -> a fake GitHub on 127.0.0.1), for the tests of
// the action and of its failing closed.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FakeGitHub, RecordedRequest } from './fake-github.js';
import { temporaryDirectory } from '../temporary.js';

export const BUNDLE = resolve('dist/index.js');
export const TOKEN = 'ghs_fakeTokenThatMustNeverBeLogged0123456789';
export const REPO = 'datarobot/datarobot-user-models';
export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);
export const MERGE = 'c'.repeat(40);

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs dist/index.js for an event against `fake`, in `cwd` (the workspace). */
export async function runActionWith(
  fake: FakeGitHub,
  event: string,
  payload: object,
  inputs: Record<string, string>,
  cwd: string,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  const dir = await temporaryDirectory('mg-runner-');
  const files = {
    event: join(dir, 'event.json'),
    summary: join(dir, 'summary.md'),
    output: join(dir, 'output.txt')
  };
  await writeFile(files.event, JSON.stringify(payload));
  await writeFile(files.summary, '');
  await writeFile(files.output, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: REPO,
    GITHUB_SHA: MERGE,
    GITHUB_API_URL: fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: cwd,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    ...extraEnv
  };
  for (const [name, value] of Object.entries({ token: TOKEN, ...inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [BUNDLE], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    );
  });
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(files.output, 'utf8')).matchAll(
    /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  ))
    outputs[m[1]!] = m[3]!;
  return { ...result, summary: await readFile(files.summary, 'utf8'), outputs };
}

export const pullRequest = (headRepo = REPO, number = 7) => ({
  pull_request: {
    number,
    head: { sha: HEAD, repo: { full_name: headRepo } },
    base: { sha: BASE, repo: { full_name: REPO } }
  }
});

export const ofOperation = (requests: readonly RecordedRequest[], id: string): RecordedRequest[] =>
  requests.filter((r) => r.operationId === id);
