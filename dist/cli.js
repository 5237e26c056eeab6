#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  enableLinearRegexFallback
} from "./chunk-HTQOAPP4.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-G35L3SEP.js";
import {
  PROFILE_NAMES,
  isDate
} from "./chunk-2VKDLDJN.js";
import {
  UsageError,
  isUserError
} from "./chunk-FBITMWLA.js";
import {
  STAGES
} from "./chunk-GDWBPA24.js";
import "./chunk-TUQ47QQM.js";

// src/command-line.ts
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
var FORMAT_NAMES = ["text", "json", "sarif", "markdown"];
async function renderer(format) {
  switch (format) {
    case "json":
      return (await import("./json-Z3FD32UF.js")).renderJson;
    case "sarif":
      return (await import("./sarif-6BCK2AAQ.js")).renderSarif;
    case "markdown":
      return (await import("./markdown-DM2E63NP.js")).renderMarkdown;
    default:
      return (await import("./text-PVIXVSSO.js")).renderText;
  }
}
var USAGE = `Usage: ${TOOL_NAME} scan [DIR] [options]
       ${TOOL_NAME} baseline [DIR] --output FILE [--rules RULES] [--force]
       ${TOOL_NAME} audit REPOSITORIES-FILE [--token TOKEN] [--rules RULES] [--stage STAGE] [--today DAY] [--format \u2026] [--output FILE]
       ${TOOL_NAME} audit --local DIR... [--rules RULES] [--stage STAGE] [--today DAY] [--format \u2026] [--output FILE]

scan checks DIR (default: .) against a migration rule set and exits 0 when the gate passes,
1 when it fails, 2 on a usage or configuration error. baseline records how many findings
every rule has in every file, for scan --baseline. audit fetches each repository listed in
REPOSITORIES-FILE (owner/repo[@ref][:path-glob] per line) as a tarball, or reads each local
checkout given with --local, and reports its drop-in environments; it exits 0 unless the list,
the token or a directory is unusable.

Options:
  --rules RULES         a bundled profile (${PROFILE_NAMES.join(", ")}), auto, or a rule file.
                        Default: DIR's .github/migration-gate.yml or migration-gate.yml, else auto
                        (the profiles that fit the tree; the report says which and why)
  --stage STAGE         ${STAGES.join(" | ")} (default: the rule set's calendar on --today, else
                        the stage it declares)
  --today YYYY-MM-DD    judge as on that day (UTC): the calendar's stage, suppressions' until, the
                        forecast ("what if"); default: today
  --format FORMAT       ${FORMAT_NAMES.join(" | ")} (default: text)
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
var processIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
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
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
}
async function main(argv, io = processIo) {
  enableLinearRegexFallback();
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout(`${TOOL_VERSION}
`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command !== "scan" && command !== "baseline" && command !== "audit") {
      throw new UsageError(command === void 0 ? "missing command" : `unknown command '${command}'`);
    }
    if (rest.length > 1 && !(command === "audit" && values.local))
      throw new UsageError(`${command} takes one directory, got: ${rest.join(" ")}`);
    const format = oneOf("--format", values.format, FORMAT_NAMES) ?? "text";
    const stage = oneOf("--stage", values.stage, STAGES);
    if (values.today !== void 0 && !isDate(values.today))
      throw new UsageError(`invalid --today '${values.today}'; expected a day, YYYY-MM-DD (UTC)`);
    const when = { ...stage ? { stage } : {}, ...values.today ? { today: values.today } : {} };
    const maxFileBytes = values["max-file-size"] === void 0 ? void 0 : Number(values["max-file-size"]);
    if (maxFileBytes !== void 0 && !(Number.isInteger(maxFileBytes) && maxFileBytes > 0)) {
      throw new UsageError(
        `invalid --max-file-size '${values["max-file-size"]}'; expected a positive number of bytes`
      );
    }
    const { changesSince, readBaseline, scanDirectory, takeBaseline } = await import("./pipeline-4ITELH7U.js");
    const directory = rest[0] ?? ".";
    const common = {
      directory,
      ...values.rules ? { rules: values.rules } : {},
      ...maxFileBytes ? { maxFileBytes } : {}
    };
    if (command === "audit") {
      const { auditFromCommandLine, auditLocal } = await import("./from-command-line-BM74AS67.js");
      const report2 = values.local ? await auditLocal(rest, values.rules, when, io) : await auditFromCommandLine(
        rest[0],
        values.token ?? process.env.GITHUB_TOKEN,
        values.rules,
        when,
        io
      );
      await emit(report2, (await renderer(format))(report2), values.output, io);
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
    const report = await scanDirectory({
      ...common,
      ...when,
      ...changes ? { changes } : {},
      ...values.baseline ? { baseline: await readBaseline(values.baseline) } : {},
      ...values["changed-only"] ? { changedOnly: true } : {}
    });
    await emit(report, (await renderer(format))(report), values.output, io);
    return report.conclusion === "failure" ? 1 : 0;
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`${TOOL_NAME}: ${error.message}
`);
      if (error instanceof UsageError) io.stderr(`Run '${TOOL_NAME} --help' for usage.
`);
      return 2;
    }
    io.stderr(`${TOOL_NAME}: internal error, please report it: ${error.stack ?? error}
`);
    return 2;
  }
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
    const { noWorkflowCommand } = await import("./text-PVIXVSSO.js");
    io.stdout(rendered.split("\n").map(noWorkflowCommand).join("\n"));
    return;
  }
  await writeTo(output, rendered);
  const { error, warning, notice } = report.counts;
  io.stderr(
    `${report.conclusion === "failure" ? "Gate failed" : "Gate passed"}: ${error} errors, ${warning} warnings, ${notice} notices; report written to ${output}
`
  );
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2));
