import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  structuredPatch
} from "./chunk-LNZ4KTQM.js";

// src/fix/hunks.ts
function changedBlocks(before, after) {
  const out = [];
  for (const hunk of structuredPatch("a", "b", before, after, "", "", { context: 0 }).hunks) {
    const added = hunk.lines.filter((l) => l.startsWith("+")).map((l) => l.slice(1).replace(/\r$/, ""));
    if (hunk.oldLines > 0)
      out.push({ startLine: hunk.oldStart, endLine: hunk.oldStart + hunk.oldLines - 1, lines: added });
    else {
      const previous = before.split("\n")[hunk.oldStart - 1]?.replace(/\r$/, "") ?? "";
      out.push({ startLine: hunk.oldStart, endLine: hunk.oldStart, lines: [previous, ...added] });
    }
  }
  return out;
}

export {
  changedBlocks
};
