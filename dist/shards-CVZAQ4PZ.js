import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  mergeReports
} from "./chunk-JAP6GFRA.js";
import "./chunk-F5VNN7VV.js";
import {
  compileGlobs
} from "./chunk-7Y7BPMN2.js";
import "./chunk-2NCX2ZWH.js";
import {
  ConfigError,
  UsageError
} from "./chunk-KNG67IWB.js";
import "./chunk-TUQ47QQM.js";

// src/audit/shards.ts
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
function reportFromJson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not a JSON report: ${error.message}`, { file, line: 1, column: 1 });
  }
  if (data?.version !== 1 || !Array.isArray(data.findings) || !Array.isArray(data.rules)) {
    throw new ConfigError("not a migration-gate JSON report (version 1)", { file, line: 1, column: 1 });
  }
  return {
    ...data,
    findings: data.findings.map((f) => ({ ...f, detail: f.detail ?? f.message })),
    rules: data.rules.map((r) => ({ ...r, message: r.message ?? "" })),
    skipped: data.skipped ?? [],
    notes: data.notes ?? [],
    routes: [],
    suppressions: data.suppressions ?? { used: [], problems: [] }
  };
}
async function resolveReportFiles(spec, cwd) {
  const files = /* @__PURE__ */ new Set();
  for (const entry of spec.split(/\s*\n\s*|\s+/).filter(Boolean)) {
    if (!/[*?[{]/.test(entry)) {
      files.add(entry);
      continue;
    }
    const root = entry.split("/").findIndex((s) => /[*?[{]/.test(s));
    const base = entry.split("/").slice(0, root).join("/") || ".";
    const match = compileGlobs([entry.replace(/^\.\//, "")]);
    const walk = async (dir) => {
      for (const d of await readdir(join(cwd, dir), { withFileTypes: true }).catch(() => [])) {
        const path = dir === "." ? d.name : `${dir}/${d.name}`;
        if (d.isDirectory()) await walk(path);
        else if (match(path)) files.add(path);
      }
    };
    await walk(base);
  }
  return [...files].sort();
}
async function mergeShardReports(spec, cwd) {
  const files = await resolveReportFiles(spec, cwd);
  if (files.length === 0)
    throw new UsageError(`Invalid input 'reports': no report matches '${spec.trim()}'.`);
  const parts = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(cwd, file), "utf8").catch(() => {
        throw new UsageError(
          `Invalid input 'reports': cannot read ${file} (in ${dirname(join(cwd, file))}).`
        );
      });
      return { name: "", report: reportFromJson(text, file) };
    })
  );
  return { ...mergeReports(parts, parts[0].report), target: `audit of ${files.length} shards` };
}
export {
  mergeShardReports,
  reportFromJson,
  resolveReportFiles
};
