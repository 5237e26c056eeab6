#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  enableLinearRegexFallback,
  progressReporter
} from "./chunk-7MTQUFHV.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-G35L3SEP.js";
import {
  colourWanted
} from "./chunk-TBTCHC3T.js";
import {
  PROFILE_NAMES,
  isDate
} from "./chunk-J22OGSNJ.js";
import {
  closest
} from "./chunk-J3ZCB4OI.js";
import {
  UsageError,
  isUserError
} from "./chunk-5OBZHJR5.js";
import {
  STAGES
} from "./chunk-GDWBPA24.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";
import "./chunk-TUQ47QQM.js";

// src/command-line.ts
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";

// src/commands/help.ts
var COMMAND_NAMES = [
  "scan",
  "fix",
  "baseline",
  "audit",
  "test",
  "explain",
  "list-rules",
  "init",
  "help"
];
var RULES_OPTION = `  --rules RULES         a bundled profile (${PROFILE_NAMES.join(", ")}), auto, or a rule file.
                        Default: DIR's .github/migration-gate.yml or migration-gate.yml, else auto
                        (the profiles that fit the tree; the report says which and why)`;
var STAGE_OPTION = `  --stage STAGE         ${STAGES.join(" | ")} (default: the rule set's calendar on --today, else
                        the stage it declares)
  --today YYYY-MM-DD    judge as on that day (UTC): the calendar's stage, suppressions' until, the
                        forecast ("what if"); default: today`;
var FORMAT_OPTION = `  --format FORMAT       text | json | sarif | markdown (default: text)
  --output FILE         write the report to FILE instead of standard output`;
var COMMANDS = {
  scan: {
    brief: "check a tree against the migration rules (the gate)",
    usage: `${TOOL_NAME} scan [DIR] [options]`,
    summary: "Checks DIR (default: .) against a migration rule set. Exits 0 when the gate passes, 1 when it fails, 2 on a usage or configuration error.",
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
    brief: "make the fixes rules offer: in place, as a diff, or as a patch",
    usage: `${TOOL_NAME} fix [DIR] [options]`,
    summary: "Fixes the findings whose rule has a fixer (forbidden packages in requirements files, pyproject.toml and Dockerfile install commands; an environment's server type): the edits are checked by scanning the edited tree before anything is written, and a file whose finding would remain, or that would no longer parse, is left as it was. Says per rule what was fixed and what was not, and why.",
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
    brief: "record the findings a scan should not block on",
    usage: `${TOOL_NAME} baseline [DIR] --output FILE [--rules RULES] [--force]`,
    summary: "Records how many findings every rule has in every file (all rules, whatever the stage), for `scan --baseline`: what it counts never blocks, only growing counts can fail.",
    options: `${RULES_OPTION}
  --output FILE         where to write the baseline (required)
  --force               overwrite FILE even when CI is set`,
    examples: [
      `${TOOL_NAME} baseline . --output .github/migration-gate-baseline.json`,
      `${TOOL_NAME} scan . --baseline .github/migration-gate-baseline.json`
    ]
  },
  audit: {
    brief: "report the drop-in environments of many repositories",
    usage: `${TOOL_NAME} audit REPOSITORIES-FILE [options]
       ${TOOL_NAME} audit --local DIR... [options]`,
    summary: "Fetches each repository listed in REPOSITORIES-FILE (owner/repo[@ref][:path-glob] per line) as one tarball, or reads each local checkout given with --local, and reports its drop-in environments. Exits 0 unless the list, the token or a directory is unusable.",
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
    brief: "run rule tests: cases a rule must and must not report",
    usage: `${TOOL_NAME} test [PATH...]`,
    summary: "Runs rule tests: YAML files (*.test.yml) that name a rule set and give, per rule, `valid` cases (the rule reports nothing) and `invalid` ones (it reports exactly the lines marked `expect: RULE-ID`, and the paths listed under `expect`). PATH is a test file or a folder of them; default: the bundled profiles' tests. Exits 1 when a case fails, with what was expected and what was reported.",
    options: `  --rule ID             run only the cases of this rule (repeatable)`,
    examples: [`${TOOL_NAME} test`, `${TOOL_NAME} test rules/tests/my-rules.test.yml --rule no-flask-import`]
  },
  explain: {
    brief: "everything about one rule, with an example finding",
    usage: `${TOOL_NAME} explain RULE-ID [--rules RULES]`,
    summary: "Explains a rule: title, phase, kind, the files it looks at, enforcement per stage, when it applies, what it finds, the remediation, and an example finding from its tests.",
    options: `  --rules RULES         the rule set to look in (default: every bundled profile)`,
    examples: [
      `${TOOL_NAME} explain flask-blueprint-in-server`,
      `${TOOL_NAME} explain no-flask --rules ./rules.yml`
    ]
  },
  "list-rules": {
    brief: "list the rules of a profile or rule file",
    usage: `${TOOL_NAME} list-rules [--rules RULES] [--format text|json]`,
    summary: "Lists a rule set's rules: id, phase, kind, enforcement per stage and title.",
    options: `  --rules RULES         a bundled profile or a rule file (default: every bundled profile)
  --format FORMAT       text | json (default: text)`,
    examples: [`${TOOL_NAME} list-rules --rules environments`, `${TOOL_NAME} list-rules --format json`]
  },
  init: {
    brief: "write a repository's configuration and required-check workflow",
    usage: `${TOOL_NAME} init [DIR]`,
    summary: "Writes .github/migration-gate.yml, extending the profiles that fit the tree, and .github/workflows/migration-gate.yml, the required check. Refuses to overwrite either file.",
    options: "  (none)",
    examples: [
      `${TOOL_NAME} init`,
      `${TOOL_NAME} init ../my-environments && git -C ../my-environments add .github`
    ]
  },
  help: {
    brief: "print help for a command",
    usage: `${TOOL_NAME} help [COMMAND]`,
    summary: "Prints what a command does, its options and examples; without a command, the list of commands.",
    options: "  (none)",
    examples: [`${TOOL_NAME} help`, `${TOOL_NAME} help scan`]
  }
};
function commandHelp(name) {
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
var USAGE = `Usage: ${TOOL_NAME} COMMAND [options]

Commands:
${COMMAND_NAMES.map((n) => `  ${n.padEnd(12)}${COMMANDS[n].brief}`).join("\n")}

Options:
  --version             print the version
  --help                print this help

Run '${TOOL_NAME} help COMMAND' (or '${TOOL_NAME} COMMAND --help') for a command's options and examples.

Examples:
  ${COMMANDS.scan.examples[0]}
  ${COMMANDS.init.examples[0]}
`;

// src/command-line.ts
var FORMAT_NAMES = ["text", "json", "sarif", "markdown"];
async function renderer(format) {
  switch (format) {
    case "json":
      return (await import("./json-Z3FD32UF.js")).renderJson;
    case "sarif":
      return (await import("./sarif-EIA22U7P.js")).renderSarif;
    case "markdown":
      return (await import("./markdown-EGPK3E4Q.js")).renderMarkdown;
    default:
      return (await import("./text-EWBWMXKN.js")).renderText;
  }
}
var processIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderrIsTerminal: process.stderr.isTTY === true,
  env: process.env
};
function oneOf(flag, value, allowed) {
  if (value === void 0) return void 0;
  if (!allowed.includes(value)) {
    throw new UsageError(`invalid ${flag} '${value}'; expected one of: ${allowed.join(", ")}`);
  }
  return value;
}
function parseCommandLine(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        rules: { type: "string" },
        stage: { type: "string" },
        today: { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        base: { type: "string" },
        baseline: { type: "string" },
        force: { type: "boolean" },
        "changed-only": { type: "boolean" },
        local: { type: "boolean" },
        token: { type: "string" },
        "max-file-size": { type: "string" },
        "max-per-rule": { type: "string" },
        all: { type: "boolean" },
        "no-progress": { type: "boolean" },
        rule: { type: "string", multiple: true },
        "dry-run": { type: "boolean" },
        patch: { type: "string" },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
var COMMAND_OPTIONS = {
  scan: [
    "rules",
    "stage",
    "today",
    "format",
    "output",
    "base",
    "baseline",
    "changed-only",
    "max-file-size",
    "max-per-rule",
    "all",
    "no-progress"
  ],
  fix: ["rules", "stage", "today", "rule", "dry-run", "patch"],
  baseline: ["rules", "output", "force", "max-file-size"],
  audit: ["rules", "stage", "today", "format", "output", "local", "token", "max-per-rule", "all", "patch"],
  test: ["rule"],
  explain: ["rules"],
  "list-rules": ["rules", "format"],
  init: [],
  help: []
};
async function main(argv, io = processIo) {
  enableLinearRegexFallback();
  let command;
  try {
    const { values, positionals } = parseCommandLine(argv);
    [command] = positionals;
    const rest = positionals.slice(1);
    if (values.version) {
      io.stdout(`${TOOL_VERSION}
`);
      return 0;
    }
    if (command === void 0) {
      if (values.help) {
        io.stdout(USAGE);
        return 0;
      }
      throw new UsageError("missing command");
    }
    if (!isCommandName(command)) {
      const suggestion = closest(command, COMMAND_NAMES);
      throw new UsageError(
        `unknown command '${command}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`
      );
    }
    if (values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const given = Object.keys(values).filter((k) => k !== "help" && k !== "version");
    const foreign = given.filter((k) => !COMMAND_OPTIONS[command].includes(k));
    if (foreign.length) throw new UsageError(`${command} does not take --${foreign.join(", --")}`);
    switch (command) {
      case "help":
        return help(rest, io);
      case "test":
        return await (await import("./rule-tests-JDDZXRUC.js")).runRuleTests(rest, values.rule ?? [], io);
      case "explain":
        return await (await import("./explain-3LPI6ECF.js")).explain(rest, values.rules, io);
      case "list-rules":
        return await (await import("./list-rules-QIBDTBJV.js")).listRules(
          rest,
          values.rules,
          oneOf("--format", values.format, ["text", "json"]) ?? "text",
          io
        );
      case "fix": {
        const stage = oneOf("--stage", values.stage, STAGES);
        if (values.today !== void 0 && !isDate(values.today))
          throw new UsageError(`invalid --today '${values.today}'; expected a day, YYYY-MM-DD (UTC)`);
        if (values["dry-run"] && values.patch)
          throw new UsageError("fix takes --dry-run or --patch, not both");
        return await (await import("./fix-PVPR5BQ3.js")).fix(
          rest,
          {
            ...values.rules ? { rules: values.rules } : {},
            ...stage ? { stage } : {},
            ...values.today ? { today: values.today } : {},
            ...values.rule?.length ? { only: values.rule } : {},
            ...values["dry-run"] ? { dryRun: true } : {},
            ...values.patch ? { patch: values.patch } : {}
          },
          io
        );
      }
      case "init":
        return await (await import("./init-SJCZHO6B.js")).init(rest, io);
      default:
        return await gate(command, rest, values, io);
    }
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`${TOOL_NAME}: ${error.message}
`);
      if (error instanceof UsageError)
        io.stderr(
          `Run '${TOOL_NAME} ${command && isCommandName(command) ? `${command} --help` : "--help"}' for usage.
`
        );
      return 2;
    }
    io.stderr(`${TOOL_NAME}: internal error, please report it: ${error.stack ?? error}
`);
    return 2;
  }
}
var isCommandName = (name) => COMMAND_NAMES.includes(name);
function help(rest, io) {
  const [topic] = rest;
  if (topic === void 0) io.stdout(USAGE);
  else if (isCommandName(topic)) io.stdout(commandHelp(topic));
  else {
    const suggestion = closest(topic, COMMAND_NAMES);
    throw new UsageError(`no command '${topic}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`);
  }
  return 0;
}
async function gate(command, rest, values, io) {
  if (rest.length > 1 && !(command === "audit" && values.local))
    throw new UsageError(`${command} takes one directory, got: ${rest.join(" ")}`);
  const format = oneOf("--format", values.format, FORMAT_NAMES) ?? "text";
  const stage = oneOf("--stage", values.stage, STAGES);
  if (values.today !== void 0 && !isDate(values.today))
    throw new UsageError(`invalid --today '${values.today}'; expected a day, YYYY-MM-DD (UTC)`);
  const when = { ...stage ? { stage } : {}, ...values.today ? { today: values.today } : {} };
  const maxFileBytes = positiveNumber(
    "--max-file-size",
    values["max-file-size"],
    "a positive number of bytes"
  );
  const maxPerRule = values.all ? Infinity : positiveNumber("--max-per-rule", values["max-per-rule"], "a positive number of findings");
  const { changesSince, readBaseline, scanDirectory, takeBaseline } = await import("./pipeline-7BKCQIXL.js");
  const directory = rest[0] ?? ".";
  const common = {
    directory,
    ...values.rules ? { rules: values.rules } : {},
    ...maxFileBytes ? { maxFileBytes } : {}
  };
  const render = async (report) => format === "text" && !values.output ? (await import("./text-EWBWMXKN.js")).renderText(report, {
    ...maxPerRule ? { maxPerRule } : {},
    colour: colourWanted(io.env ?? {}, io.stdoutIsTerminal === true)
  }) : (await renderer(format))(report);
  if (command === "audit") {
    const { auditFromCommandLine, auditLocal } = await import("./from-command-line-5JUEOQXE.js");
    const fixes = values.patch ? await (await import("./patches-3UQ25VAL.js")).patchWriter(values.patch) : void 0;
    const options = { ...when, ...fixes ? { fixes } : {} };
    const report = values.local ? await auditLocal(rest, values.rules, options, io) : await auditFromCommandLine(rest[0], values.token ?? io.env?.GITHUB_TOKEN, values.rules, options, io);
    await emit(report, await render(report), values.output, io);
    return 0;
  }
  if (command === "baseline") {
    if (!values.output) throw new UsageError("baseline needs --output FILE");
    await refuseSilentRewrite(values.output, values.force === true);
    await writeTo(values.output, await takeBaseline(common));
    io.stderr(`Baseline written to ${values.output}.
`);
    return 0;
  }
  const changes = values.base ? await changesSince(directory, values.base) : void 0;
  const progress = values["no-progress"] || io.stderrIsTerminal !== true ? void 0 : progressReporter({ write: io.stderr, interactive: true });
  try {
    const report = await scanDirectory({
      ...common,
      ...when,
      ...changes ? { changes } : {},
      ...values.baseline ? { baseline: await readBaseline(values.baseline) } : {},
      ...values["changed-only"] ? { changedOnly: true } : {},
      ...progress ? { onProgress: progress.tick } : {}
    });
    progress?.end();
    if (format === "sarif") {
      const { findingFixes, planFixes } = await import("./fix-MQWKEY3I.js");
      const { LocalDirectory } = await import("./local-directory-7RKO6D62.js");
      report.fixes = findingFixes(
        await planFixes(new LocalDirectory(directory), {
          ...values.rules ? { rules: values.rules } : {},
          ...when
        })
      );
    }
    await emit(report, await render(report), values.output, io);
    return report.conclusion === "failure" ? 1 : 0;
  } finally {
    progress?.end();
  }
}
function positiveNumber(flag, value, expected) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!(Number.isInteger(n) && n > 0))
    throw new UsageError(`invalid ${flag} '${value}'; expected ${expected}`);
  return n;
}
async function refuseSilentRewrite(file, force) {
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
async function writeTo(output, text) {
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, text);
  } catch (error) {
    throw new UsageError(
      `cannot write --output ${output}: ${error.code ?? error}`
    );
  }
}
async function emit(report, rendered, output, io) {
  if (!output) {
    const { noWorkflowCommand } = await import("./text-EWBWMXKN.js");
    io.stdout(rendered.split("\n").map(noWorkflowCommand).join("\n"));
    return;
  }
  await writeTo(output, rendered);
  const { error, warning, notice } = report.counts;
  io.stderr(
    `${report.conclusion === "failure" ? "Gate failed" : "Gate passed"}: ${plural(error, "error")}, ${plural(warning, "warning")}, ${plural(notice, "notice")}; report written to ${output}
`
  );
}

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});
process.exitCode = await main(process.argv.slice(2));
