import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  createTwoFilesPatch
} from "./chunk-LNZ4KTQM.js";

// src/fix/patch.ts
function unifiedDiff(file) {
  const patch = createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.before, file.after, "", "", {
    context: 3
  });
  return `diff --git a/${file.path} b/${file.path}
${patch.replace(/^=+\n/, "").replace(/^(---|\+\+\+) (\S+)\t\n/gm, "$1 $2\n")}`;
}
var patchOf = (files, prefix = "") => files.map((f) => unifiedDiff(prefix ? { ...f, path: `${prefix}/${f.path}` } : f)).join("");

export {
  unifiedDiff,
  patchOf
};
