import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  patchOf
} from "./chunk-UIMSKIXC.js";
import "./chunk-LNZ4KTQM.js";
import {
  UsageError
} from "./chunk-5OBZHJR5.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";
import "./chunk-TUQ47QQM.js";

// src/audit/patches.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
function patchFileName(repository) {
  const name = repository.replace(/[/\\]/g, "+").replace(/[^A-Za-z0-9._@+-]/g, "_").replace(/^[.+]+/, "");
  return `${name || "repository"}.patch`;
}
async function patchWriter(folder) {
  await mkdir(folder, { recursive: true }).catch((error) => {
    throw new UsageError(`cannot make the patch folder ${folder}: ${error.code ?? error.message}`);
  });
  const used = /* @__PURE__ */ new Set();
  return async (repository, plan) => {
    const notFixed = plan.notFixed.length ? `; ${plural(plan.notFixed.length, "finding")} not fixed` : "";
    if (plan.files.length === 0) return `nothing to fix, no patch${notFixed}`;
    let name = patchFileName(repository);
    for (let n = 2; used.has(name); n++) name = patchFileName(`${repository}-${n}`);
    used.add(name);
    const path = join(folder, name);
    await writeFile(path, patchOf(plan.files));
    return `patch ${path}: ${plural(plan.fixed.length, "fix", "fixes")} in ${plural(plan.files.length, "file")}${notFixed}`;
  };
}
export {
  patchFileName,
  patchWriter
};
