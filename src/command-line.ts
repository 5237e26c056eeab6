// The CLI: the commands (commands/help.ts lists them), their options, and the exit codes, which are a
// contract: 0 the gate passed, 1 it failed, 2 usage or configuration error (a message, never a stack
// trace). scan, baseline and audit are here; the other commands live in src/commands/.
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isUserError, UsageError } from './errors.js';
import { plural } from './words.js';
import { STAGES, type Stage } from './model.js';
import type { Report } from './report/report.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { isDate } from './rules/calendar.js';
import { enableLinearRegexFallback } from './regex-engine.js';
import { COMMAND_NAMES, commandHelp, USAGE, type CommandName } from './commands/help.js';
import { closest } from './rules/did-you-mean.js';
import { colourWanted } from './report/colour.js';
import { progressReporter } from './progress.js';

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

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether standard output / error are terminals (colour, the progress line); false when absent. */
  stdoutIsTerminal?: boolean;
  stderrIsTerminal?: boolean;
  env?: NodeJS.ProcessEnv;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderrIsTerminal: process.stderr.isTTY === true,
  env: process.env
};

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
        'max-per-rule': { type: 'string' },
        all: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        patch: { type: 'string' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The options each command takes (besides --help); any other is a usage error naming the command. */
const COMMAND_OPTIONS: Record<CommandName, readonly string[]> = {
  scan: [
    'rules',
    'stage',
    'today',
    'format',
    'output',
    'base',
    'baseline',
    'changed-only',
    'max-file-size',
    'max-per-rule',
    'all',
    'no-progress'
  ],
  fix: ['rules', 'stage', 'today', 'rule', 'dry-run', 'patch'],
  baseline: ['rules', 'output', 'force', 'max-file-size'],
  audit: ['rules', 'stage', 'today', 'format', 'output', 'local', 'token', 'max-per-rule', 'all', 'patch'],
  test: ['rule'],
  explain: ['rules'],
  'list-rules': ['rules', 'format'],
  init: [],
  help: []
};

type Values = ReturnType<typeof parseCommandLine>['values'];

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  enableLinearRegexFallback();
  let command: string | undefined;
  try {
    const { values, positionals } = parseCommandLine(argv);
    [command] = positionals;
    const rest = positionals.slice(1);
    if (values.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return 0;
    }
    if (command === undefined) {
      if (values.help) {
        io.stdout(USAGE);
        return 0;
      }
      throw new UsageError('missing command');
    }
    if (!isCommandName(command)) {
      const suggestion = closest(command, COMMAND_NAMES);
      throw new UsageError(
        `unknown command '${command}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`
      );
    }
    if (values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const given = Object.keys(values).filter((k) => k !== 'help' && k !== 'version');
    const foreign = given.filter((k) => !COMMAND_OPTIONS[command as CommandName].includes(k));
    if (foreign.length) throw new UsageError(`${command} does not take --${foreign.join(', --')}`);
    switch (command) {
      case 'help':
        return help(rest, io);
      case 'test':
        return await (await import('./commands/rule-tests.js')).runRuleTests(rest, values.rule ?? [], io);
      case 'explain':
        return await (await import('./commands/explain.js')).explain(rest, values.rules, io);
      case 'list-rules':
        return await (
          await import('./commands/list-rules.js')
        ).listRules(
          rest,
          values.rules,
          oneOf('--format', values.format, ['text', 'json'] as const) ?? 'text',
          io
        );
      case 'fix': {
        const stage = oneOf<Stage>('--stage', values.stage, STAGES);
        if (values.today !== undefined && !isDate(values.today))
          throw new UsageError(`invalid --today '${values.today}'; expected a day, YYYY-MM-DD (UTC)`);
        if (values['dry-run'] && values.patch)
          throw new UsageError('fix takes --dry-run or --patch, not both');
        return await (
          await import('./commands/fix.js')
        ).fix(
          rest,
          {
            ...(values.rules ? { rules: values.rules } : {}),
            ...(stage ? { stage } : {}),
            ...(values.today ? { today: values.today } : {}),
            ...(values.rule?.length ? { only: values.rule } : {}),
            ...(values['dry-run'] ? { dryRun: true } : {}),
            ...(values.patch ? { patch: values.patch } : {})
          },
          io
        );
      }
      case 'init':
        return await (await import('./commands/init.js')).init(rest, io);
      default:
        return await gate(command, rest, values, io);
    }
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      if (error instanceof UsageError)
        io.stderr(
          `Run '${TOOL_NAME} ${command && isCommandName(command) ? `${command} --help` : '--help'}' for usage.\n`
        );
      return 2;
    }
    io.stderr(`${TOOL_NAME}: internal error, please report it: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

const isCommandName = (name: string): name is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(name);

function help(rest: readonly string[], io: Io): number {
  const [topic] = rest;
  if (topic === undefined) io.stdout(USAGE);
  else if (isCommandName(topic)) io.stdout(commandHelp(topic));
  else {
    const suggestion = closest(topic, COMMAND_NAMES);
    throw new UsageError(`no command '${topic}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`);
  }
  return 0;
}

/** scan, baseline and audit: a tree (or several) through the pipeline, then a report. */
async function gate(
  command: 'scan' | 'baseline' | 'audit',
  rest: readonly string[],
  values: Values,
  io: Io
): Promise<number> {
  if (rest.length > 1 && !(command === 'audit' && values.local))
    throw new UsageError(`${command} takes one directory, got: ${rest.join(' ')}`);
  const format: Format = oneOf('--format', values.format, FORMAT_NAMES) ?? 'text';
  const stage = oneOf<Stage>('--stage', values.stage, STAGES);
  if (values.today !== undefined && !isDate(values.today))
    throw new UsageError(`invalid --today '${values.today}'; expected a day, YYYY-MM-DD (UTC)`);
  const when = { ...(stage ? { stage } : {}), ...(values.today ? { today: values.today } : {}) };
  const maxFileBytes = positiveNumber(
    '--max-file-size',
    values['max-file-size'],
    'a positive number of bytes'
  );
  const maxPerRule = values.all
    ? Infinity
    : positiveNumber('--max-per-rule', values['max-per-rule'], 'a positive number of findings');
  const { changesSince, readBaseline, scanDirectory, takeBaseline } = await import('./pipeline.js');
  const directory = rest[0] ?? '.';
  const common = {
    directory,
    ...(values.rules ? { rules: values.rules } : {}),
    ...(maxFileBytes ? { maxFileBytes } : {})
  };
  const render = async (report: Report) =>
    format === 'text' && !values.output
      ? (await import('./report/text.js')).renderText(report, {
          ...(maxPerRule ? { maxPerRule } : {}),
          colour: colourWanted(io.env ?? {}, io.stdoutIsTerminal === true)
        })
      : (await renderer(format))(report);

  if (command === 'audit') {
    const { auditFromCommandLine, auditLocal } = await import('./audit/from-command-line.js');
    // --patch FOLDER: each repository's fixes as a patch of its own.
    const fixes = values.patch
      ? await (await import('./audit/patches.js')).patchWriter(values.patch)
      : undefined;
    const options = { ...when, ...(fixes ? { fixes } : {}) };
    const report = values.local
      ? await auditLocal(rest, values.rules, options, io)
      : await auditFromCommandLine(rest[0], values.token ?? io.env?.GITHUB_TOKEN, values.rules, options, io);
    await emit(report, await render(report), values.output, io);
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
  const progress =
    values['no-progress'] || io.stderrIsTerminal !== true
      ? undefined
      : progressReporter({ write: io.stderr, interactive: true });
  try {
    const report = await scanDirectory({
      ...common,
      ...when,
      ...(changes ? { changes } : {}),
      ...(values.baseline ? { baseline: await readBaseline(values.baseline) } : {}),
      ...(values['changed-only'] ? { changedOnly: true } : {}),
      ...(progress ? { onProgress: progress.tick } : {})
    });
    progress?.end();
    if (format === 'sarif') {
      // SARIF results carry their fixes: the same plan `migration-gate fix` makes.
      const { findingFixes, planFixes } = await import('./fix/fix.js');
      const { LocalDirectory } = await import('./sources/local-directory.js');
      report.fixes = findingFixes(
        await planFixes(new LocalDirectory(directory), {
          ...(values.rules ? { rules: values.rules } : {}),
          ...when
        })
      );
    }
    await emit(report, await render(report), values.output, io);
    return report.conclusion === 'failure' ? 1 : 0;
  } finally {
    progress?.end();
  }
}

function positiveNumber(flag: string, value: string | undefined, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isInteger(n) && n > 0))
    throw new UsageError(`invalid ${flag} '${value}'; expected ${expected}`);
  return n;
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
    `${report.conclusion === 'failure' ? 'Gate failed' : 'Gate passed'}: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(notice, 'notice')}; report written to ${output}\n`
  );
}
