// What `migration-gate help [COMMAND]` and `COMMAND --help` print: every option of each command, and
// two examples. Plain data; the option lists are the ones command-line.ts accepts.
import { STAGES } from '../model.js';
import { PROFILE_NAMES } from '../rules/bundled.js';
import { TOOL_NAME } from '../version.js';

export const COMMAND_NAMES = [
  'scan',
  'fix',
  'baseline',
  'audit',
  'test',
  'explain',
  'list-rules',
  'init',
  'help'
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const RULES_OPTION = `  --rules RULES         a bundled profile (${PROFILE_NAMES.join(', ')}), auto, or a rule file.
                        Default: DIR's .github/migration-gate.yml or migration-gate.yml, else auto
                        (the profiles that fit the tree; the report says which and why)`;
const STAGE_OPTION = `  --stage STAGE         ${STAGES.join(' | ')} (default: the rule set's calendar on --today, else
                        the stage it declares)
  --today YYYY-MM-DD    judge as on that day (UTC): the calendar's stage, suppressions' until, the
                        forecast ("what if"); default: today`;
const FORMAT_OPTION = `  --format FORMAT       text | json | sarif | markdown (default: text)
  --output FILE         write the report to FILE instead of standard output`;

interface CommandHelp {
  /** One line for the list of commands. */
  brief: string;
  usage: string;
  summary: string;
  options: string;
  examples: [string, string];
}

export const COMMANDS: Record<CommandName, CommandHelp> = {
  scan: {
    brief: 'check a tree against the migration rules (the gate)',
    usage: `${TOOL_NAME} scan [DIR] [options]`,
    summary:
      'Checks DIR (default: .) against a migration rule set. Exits 0 when the gate passes, 1 when it fails, 2 on a usage or configuration error.',
    options: `${RULES_OPTION}
${STAGE_OPTION}
${FORMAT_OPTION}
  --base REF            git: findings on lines changed since REF are new (stage 'new' blocks them)
  --baseline FILE       findings the baseline counts never block; only growing counts can fail
  --changed-only        with --base: check only what the change touches (fast PR checks)
  --max-per-rule N      text: list at most N findings per rule (default: 3)
  --all                 text: list every finding
  --max-file-size N     skip files larger than N bytes (default: 2097152)
  --no-progress         no progress line on standard error (shown on a terminal for scans over 1 s)`,
    examples: [
      `${TOOL_NAME} scan . --rules drum --stage rc`,
      `${TOOL_NAME} scan . --base origin/main --format sarif --output gate.sarif`
    ]
  },
  fix: {
    brief: 'make the fixes rules offer: in place, as a diff, or as a patch',
    usage: `${TOOL_NAME} fix [DIR] [options]`,
    summary:
      "Fixes the findings whose rule has a fixer (forbidden packages in requirements files, pyproject.toml and Dockerfile install commands; an environment's server type): the edits are checked by scanning the edited tree before anything is written, and a file whose finding would remain, or that would no longer parse, is left as it was. Says per rule what was fixed and what was not, and why.",
    options: `${RULES_OPTION}
${STAGE_OPTION}
  --rule ID             fix only this rule's findings (repeatable)
  --dry-run             print the changes as a unified diff; write nothing
  --patch FILE          write the changes as a patch for git apply; edit nothing`,
    examples: [
      `${TOOL_NAME} fix . --rules environments --dry-run`,
      `${TOOL_NAME} fix . --patch migration.patch && git apply migration.patch`
    ]
  },
  baseline: {
    brief: 'record the findings a scan should not block on',
    usage: `${TOOL_NAME} baseline [DIR] --output FILE [--rules RULES] [--force]`,
    summary:
      'Records how many findings every rule has in every file (all rules, whatever the stage), for `scan --baseline`: what it counts never blocks, only growing counts can fail.',
    options: `${RULES_OPTION}
  --output FILE         where to write the baseline (required)
  --force               overwrite FILE even when CI is set`,
    examples: [
      `${TOOL_NAME} baseline . --output .github/migration-gate-baseline.json`,
      `${TOOL_NAME} scan . --baseline .github/migration-gate-baseline.json`
    ]
  },
  audit: {
    brief: 'report the drop-in environments of many repositories',
    usage: `${TOOL_NAME} audit REPOSITORIES-FILE [options]
       ${TOOL_NAME} audit --local DIR... [options]`,
    summary:
      'Fetches each repository listed in REPOSITORIES-FILE (owner/repo[@ref][:path-glob] per line) as one tarball, or reads each local checkout given with --local, and reports its drop-in environments. Exits 0 unless the list, the token or a directory is unusable.',
    options: `${RULES_OPTION}
${STAGE_OPTION}
${FORMAT_OPTION}
  --local               the arguments are local directories, not a list of repositories
  --token TOKEN         a GitHub token that can read the repositories (default: $GITHUB_TOKEN)
  --patch FOLDER        write each repository's fixes as FOLDER/owner+repo.patch, for git apply`,
    examples: [
      `${TOOL_NAME} audit environments.txt --format markdown --output audit.md`,
      `${TOOL_NAME} audit --local ../public-envs ../private-envs --rules environments --patch patches/`
    ]
  },
  test: {
    brief: 'run rule tests: cases a rule must and must not report',
    usage: `${TOOL_NAME} test [PATH...]`,
    summary:
      "Runs rule tests: YAML files (*.test.yml) that name a rule set and give, per rule, `valid` cases (the rule reports nothing) and `invalid` ones (it reports exactly the lines marked `expect: RULE-ID`, and the paths listed under `expect`). PATH is a test file or a folder of them; default: the bundled profiles' tests. Exits 1 when a case fails, with what was expected and what was reported.",
    options: `  --rule ID             run only the cases of this rule (repeatable)`,
    examples: [`${TOOL_NAME} test`, `${TOOL_NAME} test rules/tests/my-rules.test.yml --rule no-flask-import`]
  },
  explain: {
    brief: 'everything about one rule, with an example finding',
    usage: `${TOOL_NAME} explain RULE-ID [--rules RULES]`,
    summary:
      'Explains a rule: title, phase, kind, the files it looks at, enforcement per stage, when it applies, what it finds, the remediation, and an example finding from its tests.',
    options: `  --rules RULES         the rule set to look in (default: every bundled profile)`,
    examples: [
      `${TOOL_NAME} explain flask-blueprint-in-server`,
      `${TOOL_NAME} explain no-flask --rules ./rules.yml`
    ]
  },
  'list-rules': {
    brief: 'list the rules of a profile or rule file',
    usage: `${TOOL_NAME} list-rules [--rules RULES] [--format text|json]`,
    summary: "Lists a rule set's rules: id, phase, kind, enforcement per stage and title.",
    options: `  --rules RULES         a bundled profile or a rule file (default: every bundled profile)
  --format FORMAT       text | json (default: text)`,
    examples: [`${TOOL_NAME} list-rules --rules environments`, `${TOOL_NAME} list-rules --format json`]
  },
  init: {
    brief: "write a repository's configuration and required-check workflow",
    usage: `${TOOL_NAME} init [DIR]`,
    summary:
      'Writes .github/migration-gate.yml, extending the profiles that fit the tree, and .github/workflows/migration-gate.yml, the required check. Refuses to overwrite either file.',
    options: '  (none)',
    examples: [
      `${TOOL_NAME} init`,
      `${TOOL_NAME} init ../my-environments && git -C ../my-environments add .github`
    ]
  },
  help: {
    brief: 'print help for a command',
    usage: `${TOOL_NAME} help [COMMAND]`,
    summary: 'Prints what a command does, its options and examples; without a command, the list of commands.',
    options: '  (none)',
    examples: [`${TOOL_NAME} help`, `${TOOL_NAME} help scan`]
  }
};

export function commandHelp(name: CommandName): string {
  const c = COMMANDS[name];
  return `Usage: ${c.usage}

${c.summary}

Options:
${c.options}
  --help                print this help

Examples:
  ${c.examples[0]}
  ${c.examples[1]}
`;
}

export const USAGE = `Usage: ${TOOL_NAME} COMMAND [options]

Commands:
${COMMAND_NAMES.map((n) => `  ${n.padEnd(12)}${COMMANDS[n].brief}`).join('\n')}

Options:
  --version             print the version
  --help                print this help

Run '${TOOL_NAME} help COMMAND' (or '${TOOL_NAME} COMMAND --help') for a command's options and examples.

Examples:
  ${COMMANDS.scan.examples[0]}
  ${COMMANDS.init.examples[0]}
`;
