// The CLI: `migration-gate scan [DIR] …` and `migration-gate baseline [DIR] …`. Exit codes are a
// contract: 0 the gate passed, 1 it failed, 2 usage or configuration error (a message, never a stack
// trace).
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isUserError, UsageError } from './errors.js';
import { STAGES, type Stage } from './model.js';
import type { Report } from './report/report.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { PROFILE_NAMES } from './rules/bundled.js';
import { isDate } from './rules/calendar.js';
import { enableLinearRegexFallback } from './regex-engine.js';

// The engine, the parsers and the renderers are imported when a command needs them, so that
// `--version` and `--help` do not pay for evaluating them (start-up is measured by npm run bench).
const FORMAT_NAMES = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMAT_NAMES)[number];

async function renderer(format: Format): Promise<(report: Report) => string> {
  switch (format) {
    case 'json':
      return (await import('./report/json.js')).renderJson;
    case 'sarif':
      return (await import('./report/sarif.js')).renderSarif;
    case 'markdown':
      return (await import('./report/markdown.js')).renderMarkdown;
    default:
      return (await import('./report/text.js')).renderText;
  }
}

export const USAGE = `Usage: ${TOOL_NAME} scan [DIR] [options]
       ${TOOL_NAME} baseline [DIR] --output FILE [--rules RULES] [--force]
       ${TOOL_NAME} audit REPOSITORIES-FILE [--token TOKEN] [--rules RULES] [--stage STAGE] [--today DAY] [--format …] [--output FILE]
       ${TOOL_NAME} audit --local DIR... [--rules RULES] [--stage STAGE] [--today DAY] [--format …] [--output FILE]

scan checks DIR (default: .) against a migration rule set and exits 0 when the gate passes,
1 when it fails, 2 on a usage or configuration error. baseline records how many findings
every rule has in every file, for scan --baseline. audit fetches each repository listed in
REPOSITORIES-FILE (owner/repo[@ref][:path-glob] per line) as a tarball, or reads each local
checkout given with --local, and reports its drop-in environments; it exits 0 unless the list,
the token or a directory is unusable.

Options:
  --rules RULES         a bundled profile (${PROFILE_NAMES.join(', ')}), auto, or a rule file.
                        Default: DIR's .github/migration-gate.yml or migration-gate.yml, else auto
                        (the profiles that fit the tree; the report says which and why)
  --stage STAGE         ${STAGES.join(' | ')} (default: the rule set's calendar on --today, else
                        the stage it declares)
  --today YYYY-MM-DD    judge as on that day (UTC): the calendar's stage, suppressions' until, the
                        forecast ("what if"); default: today
  --format FORMAT       ${FORMAT_NAMES.join(' | ')} (default: text)
  --output FILE         write the report (or the baseline) to FILE instead of standard output
  --base REF            git: findings on lines changed since REF are new (stage 'new' blocks them)
  --baseline FILE       findings the baseline counts never block; only growing counts can fail
  --changed-only        with --base: check only what the change touches (fast PR checks)
  --force               baseline: overwrite FILE even when CI is set
  --token TOKEN         audit: a GitHub token that can read the repositories (default: $GITHUB_TOKEN)
  --max-file-size N     skip files larger than N bytes (default: 2097152)
  --version             print the version
  --help                print this help
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[]
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`invalid ${flag} '${value}'; expected one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        rules: { type: 'string' },
        stage: { type: 'string' },
        today: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        base: { type: 'string' },
        baseline: { type: 'string' },
        force: { type: 'boolean' },
        'changed-only': { type: 'boolean' },
        local: { type: 'boolean' },
        token: { type: 'string' },
        'max-file-size': { type: 'string' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  enableLinearRegexFallback();
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command !== 'scan' && command !== 'baseline' && command !== 'audit') {
      throw new UsageError(command === undefined ? 'missing command' : `unknown command '${command}'`);
    }
    if (rest.length > 1 && !(command === 'audit' && values.local))
      throw new UsageError(`${command} takes one directory, got: ${rest.join(' ')}`);
    const format: Format = oneOf('--format', values.format, FORMAT_NAMES) ?? 'text';
    const stage = oneOf<Stage>('--stage', values.stage, STAGES);
    if (values.today !== undefined && !isDate(values.today))
      throw new UsageError(`invalid --today '${values.today}'; expected a day, YYYY-MM-DD (UTC)`);
    const when = { ...(stage ? { stage } : {}), ...(values.today ? { today: values.today } : {}) };
    const maxFileBytes = values['max-file-size'] === undefined ? undefined : Number(values['max-file-size']);
    if (maxFileBytes !== undefined && !(Number.isInteger(maxFileBytes) && maxFileBytes > 0)) {
      throw new UsageError(
        `invalid --max-file-size '${values['max-file-size']}'; expected a positive number of bytes`
      );
    }
    const { changesSince, readBaseline, scanDirectory, takeBaseline } = await import('./pipeline.js');
    const directory = rest[0] ?? '.';
    const common = {
      directory,
      ...(values.rules ? { rules: values.rules } : {}),
      ...(maxFileBytes ? { maxFileBytes } : {})
    };

    if (command === 'audit') {
      const { auditFromCommandLine, auditLocal } = await import('./audit/from-command-line.js');
      const report = values.local
        ? await auditLocal(rest, values.rules, when, io)
        : await auditFromCommandLine(
            rest[0],
            values.token ?? process.env.GITHUB_TOKEN,
            values.rules,
            when,
            io
          );
      await emit(report, (await renderer(format))(report), values.output, io);
      return 0;
    }

    if (command === 'baseline') {
      if (!values.output) throw new UsageError('baseline needs --output FILE');
      await refuseSilentRewrite(values.output, values.force === true);
      await writeTo(values.output, await takeBaseline(common));
      io.stderr(`Baseline written to ${values.output}.\n`);
      return 0;
    }

    const changes = values.base ? await changesSince(directory, values.base) : undefined;
    const report = await scanDirectory({
      ...common,
      ...when,
      ...(changes ? { changes } : {}),
      ...(values.baseline ? { baseline: await readBaseline(values.baseline) } : {}),
      ...(values['changed-only'] ? { changedOnly: true } : {})
    });
    await emit(report, (await renderer(format))(report), values.output, io);
    return report.conclusion === 'failure' ? 1 : 0;
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr(`Run '${TOOL_NAME} --help' for usage.\n`);
      return 2;
    }
    io.stderr(`${TOOL_NAME}: internal error, please report it: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

/** In CI a baseline is never rewritten by accident: it changes only by a deliberate commit. */
async function refuseSilentRewrite(file: string, force: boolean): Promise<void> {
  const exists = await access(file).then(
    () => true,
    () => false
  );
  if (exists && process.env.CI && !force) {
    throw new UsageError(
      `refusing to rewrite the baseline ${file} in CI (CI is set); update it deliberately, or pass --force`
    );
  }
}

async function writeTo(output: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, text);
  } catch (error) {
    throw new UsageError(
      `cannot write --output ${output}: ${(error as NodeJS.ErrnoException).code ?? error}`
    );
  }
}

async function emit(report: Report, rendered: string, output: string | undefined, io: Io): Promise<void> {
  if (!output) {
    // Whatever the format, no line printed may be taken for a workflow command (report/text.ts).
    const { noWorkflowCommand } = await import('./report/text.js');
    io.stdout(rendered.split('\n').map(noWorkflowCommand).join('\n'));
    return;
  }
  await writeTo(output, rendered);
  const { error, warning, notice } = report.counts;
  io.stderr(
    `${report.conclusion === 'failure' ? 'Gate failed' : 'Gate passed'}: ${error} errors, ${warning} warnings, ${notice} notices; report written to ${output}\n`
  );
}
