import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  planFixes
} from "./chunk-EK5YREVU.js";
import "./chunk-7QFGSTRW.js";
import "./chunk-7SPJIZHJ.js";
import {
  patchOf
} from "./chunk-UIMSKIXC.js";
import "./chunk-LNZ4KTQM.js";
import "./chunk-V2U2N4LQ.js";
import "./chunk-W7IGUFQP.js";
import "./chunk-AMYM5BO3.js";
import "./chunk-N5M66AOG.js";
import "./chunk-LXXCJO2X.js";
import {
  LocalDirectory
} from "./chunk-KMBNRKZF.js";
import "./chunk-G35L3SEP.js";
import "./chunk-LLLNS3OK.js";
import "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-J22OGSNJ.js";
import "./chunk-J3ZCB4OI.js";
import {
  UsageError
} from "./chunk-5OBZHJR5.js";
import "./chunk-GDWBPA24.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-O63SYX52.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-X4QDXHRQ.js";
import "./chunk-TUQ47QQM.js";

// src/commands/fix.ts
import { chmod, lstat, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
function fixSummary(plan, verb) {
  const where = (r) => r.line === void 0 ? r.path : `${r.path}:${r.line}`;
  const out = [];
  const rules = [...new Set([...plan.fixed, ...plan.notFixed].map((r) => r.ruleId))];
  for (const rule of rules) {
    const fixed = plan.fixed.filter((r) => r.ruleId === rule);
    const notFixed = plan.notFixed.filter((r) => r.ruleId === rule);
    out.push(`${rule}: ${fixed.length} ${verb}${notFixed.length ? `, ${notFixed.length} not fixed` : ""}`);
    for (const r of fixed) out.push(`  \u2713 ${where(r)}  ${r.description}`);
    for (const r of notFixed) out.push(`  \u2717 ${where(r)}  not fixed: ${r.description}`);
  }
  out.push(
    rules.length ? `${plural(plan.fixed.length, "finding")} ${verb} in ${plural(plan.files.length, "file")}; ${plan.notFixed.length} not fixed.` : "Nothing to fix: no finding has a fix."
  );
  if (plan.notices)
    out.push(
      `${plural(plan.notices, "notice")} with a fix left alone: this stage does not ask for ${plan.notices === 1 ? "it" : "them"} yet (--stage with a later stage fixes what that stage asks for).`
    );
  return out;
}
async function writeInPlace(directory, file) {
  const root = await realpath(directory);
  const target = resolve(directory, file.path);
  const info = await lstat(target);
  if (!info.isFile()) throw new UsageError(`${file.path} is not a regular file; not written`);
  const real = await realpath(target);
  if (relative(root, real).startsWith("..") || relative(root, real).split(sep)[0] === "..")
    throw new UsageError(`${file.path} is outside ${directory}; not written`);
  const temporary = join(dirname(real), `.${basename(real)}.migration-gate-${process.pid}`);
  try {
    await writeFile(temporary, file.bytes, { flag: "wx" });
    await chmod(temporary, info.mode & 4095);
    await rename(temporary, real);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
async function fix(rest, request, io) {
  if (rest.length > 1) throw new UsageError(`fix takes one directory, got: ${rest.join(" ")}`);
  const directory = rest[0] ?? ".";
  if (!(await lstat(directory).catch(() => void 0))?.isDirectory())
    throw new UsageError(`not a directory: ${directory}`);
  const plan = await planFixes(new LocalDirectory(directory), request);
  const diff = patchOf(plan.files);
  if (request.dryRun) {
    io.stdout(diff);
    io.stderr(`${fixSummary(plan, "would be fixed").join("\n")}
`);
    return 0;
  }
  if (request.patch) {
    await writeFile(request.patch, diff).catch((error) => {
      throw new UsageError(`cannot write --patch ${request.patch}: ${error.code ?? error.message}`);
    });
    io.stderr(
      `${fixSummary(plan, "fixed in the patch").join("\n")}
Patch written to ${request.patch} (apply it with git apply).
`
    );
    return 0;
  }
  for (const file of plan.files) await writeInPlace(directory, file);
  io.stdout(`${fixSummary(plan, "fixed").join("\n")}
`);
  return 0;
}
export {
  fix,
  fixSummary
};
