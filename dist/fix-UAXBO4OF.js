import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  scanSource
} from "./chunk-2Q4X3NXH.js";
import {
  FileLoader,
  LocalDirectory,
  chooseRuleSet,
  decodeText,
  listedOnce,
  treeView
} from "./chunk-SAWKEAWJ.js";
import "./chunk-R7PQVE6S.js";
import "./chunk-QVGRTCOI.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-G35L3SEP.js";
import {
  parse
} from "./chunk-LLLNS3OK.js";
import {
  declaredRequirements,
  fileTypeOf
} from "./chunk-56WFXMX3.js";
import "./chunk-V2CRGEBI.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-IR2X7IRK.js";
import {
  UsageError
} from "./chunk-TR5IJHTJ.js";
import "./chunk-GDWBPA24.js";
import {
  plural
} from "./chunk-YDCNMZLA.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-Z7DEGM5F.js";
import "./chunk-KWNSDTA3.js";
import "./chunk-TUQ47QQM.js";

// src/commands/fix.ts
import { chmod, lstat, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result2 = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result2 += "\\a";
    } else if (b === 8) {
      result2 += "\\b";
    } else if (b === 9) {
      result2 += "\\t";
    } else if (b === 10) {
      result2 += "\\n";
    } else if (b === 11) {
      result2 += "\\v";
    } else if (b === 12) {
      result2 += "\\f";
    } else if (b === 13) {
      result2 += "\\r";
    } else if (b === 34) {
      result2 += '\\"';
    } else if (b === 92) {
      result2 += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result2 += String.fromCharCode(b);
    } else {
      result2 += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result2 += '"';
  return result2;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result2 = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result2.pop();
  } else {
    result2.push(result2.pop().slice(0, -1));
  }
  return result2;
}

// src/fix/edits.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function offsetOf(starts, text, line, column) {
  if (line > starts.length) return text.length;
  return Math.min(starts[line - 1] + column - 1, line < starts.length ? starts[line] : text.length);
}
function applyEdits(text, edits) {
  const starts = lineStarts(text);
  const ranged = edits.map((edit) => ({
    edit,
    start: offsetOf(starts, text, edit.line, edit.column),
    end: offsetOf(starts, text, edit.endLine, edit.endColumn)
  })).sort((a, b) => b.start - a.start || b.end - a.end);
  const overlapping = [];
  let out = text;
  let limit = Infinity;
  for (const { edit, start, end } of ranged) {
    if (end > limit) {
      overlapping.push(edit);
      continue;
    }
    out = out.slice(0, start) + edit.text + out.slice(end);
    limit = start;
  }
  return { text: out, overlapping };
}
var removeLines = (from, to) => ({
  line: from,
  column: 1,
  endLine: to + 1,
  endColumn: 1,
  text: ""
});

// src/fix/fixers.ts
var FASTAPI_SERVER_PACKAGES = ["fastapi", "uvicorn", "httpx"];
var stripCr = (line) => line.replace(/\r$/, "");
var continues = (line) => line !== void 0 && /\\$/.test(stripCr(line));
var removeRequirement = (finding, _rule, text) => {
  if (finding.line === void 0) return { reason: "the finding has no line to edit" };
  const lines = text.split("\n");
  const line = lines[finding.line - 1] ?? "";
  switch (fileTypeOf(finding.path)) {
    case "requirements": {
      if (continues(lines[finding.line - 2]))
        return { reason: "the requirement continues the line before it; edit the file by hand" };
      let last = finding.line;
      while (continues(lines[last - 1]) && last < lines.length) last++;
      return {
        description: `Remove \`${stripCr(line).replace(/\s*\\$/, "").trim()}\``,
        edits: [removeLines(finding.line, last)]
      };
    }
    case "pyproject":
      return removeArrayItem(finding, line);
    case "dockerfile":
      return removeInstallWord(finding, lines);
    default:
      return { reason: `no fixer edits ${fileTypeOf(finding.path) ?? "this kind of file"} yet` };
  }
};
function removeArrayItem(finding, line) {
  const at = finding.line;
  const start = finding.column - 1;
  const end = finding.endColumn - 1;
  const entry = line.slice(start, end);
  if (finding.line !== finding.endLine || !/^(["']).*\1$/.test(entry))
    return { reason: "the requirement is not a quoted entry on one line" };
  const description = `Remove ${entry}`;
  if (/^\s*$/.test(line.slice(0, start)) && /^\s*,?\s*(#.*)?\r?$/.test(line.slice(end)))
    return { description, edits: [removeLines(at, at)] };
  const after = /^\s*,\s*/.exec(line.slice(end));
  if (after)
    return {
      description,
      edits: [{ line: at, column: start + 1, endLine: at, endColumn: end + 1 + after[0].length, text: "" }]
    };
  const before = /,\s*$/.exec(line.slice(0, start));
  if (before)
    return {
      description,
      edits: [{ line: at, column: start + 1 - before[0].length, endLine: at, endColumn: end + 1, text: "" }]
    };
  return { reason: "the entry is not separated by a comma" };
}
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--only-binary",
  "--no-binary",
  "--upgrade-strategy",
  "--src",
  "--progress-bar",
  "-n",
  "--name",
  "-p"
]);
var INSTALLER = /^(?:pip[0-9.]*|conda|mamba|micromamba)$/;
function installsSomething(words) {
  const at = words.findIndex(
    (w, i) => w === "install" && i > 0 && (INSTALLER.test(words[i - 1]) || words[i - 1] === "pip")
  );
  if (at === -1) return true;
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i];
    if (w === "-r" || w === "--requirement" || w === "-e" || w === "--editable" || /^--requirement=|^-r\S/.test(w))
      return true;
    if (VALUE_OPTIONS.has(w)) {
      i++;
      continue;
    }
    if (!w.startsWith("-")) return true;
  }
  return false;
}
function removeInstallWord(finding, lines) {
  if (finding.line !== finding.endLine) return { reason: "the package spans several lines" };
  const index = finding.line - 1;
  const line = lines[index];
  const start = finding.column - 1;
  const end = finding.endColumn - 1;
  const word = line.slice(start, end);
  const before = /[ \t]+$/.exec(line.slice(0, start));
  const after = /^[ \t]+/.exec(line.slice(end));
  const [from, to] = before && before.index > 0 ? [start - before[0].length, end] : [start, end + (after?.[0].length ?? 0)];
  let first = index;
  while (first > 0 && continues(lines[first - 1])) first--;
  let last = index;
  while (continues(lines[last]) && last < lines.length - 1) last++;
  const edited = lines.slice(first, last + 1).map((l, i) => first + i === index ? l.slice(0, from) + l.slice(to) : l);
  const logical = edited.map((l) => stripCr(l).replace(/\\$/, " ")).join(" ");
  const commands = logical.split(/&&|\|\||;|\|/).map((c) => c.trim().split(/\s+/));
  if (!commands.every(installsSomething))
    return {
      reason: `removing \`${word}\` leaves an install command without a package; edit the RUN instruction by hand`
    };
  const description = `Remove \`${word}\` from the install command`;
  const rest = line.slice(0, from) + line.slice(to);
  if (index > first && /^\s*\\?\r?$/.test(rest)) {
    const edits = [removeLines(finding.line, finding.line)];
    const previous = lines[index - 1];
    const tail = /\s*\\(\r?)$/.exec(previous);
    if (!continues(line))
      edits.push({
        line: index,
        column: tail.index + 1,
        endLine: index,
        endColumn: previous.length - tail[1].length + 1,
        text: ""
      });
    return { description, edits };
  }
  return {
    description,
    edits: [{ line: finding.line, column: from + 1, endLine: finding.line, endColumn: to + 1, text: "" }]
  };
}
function emptyInstalls(text) {
  const lines = text.split("\n");
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*RUN\b/i.test(lines[i])) continue;
    let last = i;
    while (continues(lines[last]) && last < lines.length - 1) last++;
    const logical = lines.slice(i, last + 1).map((l) => stripCr(l).replace(/\\$/, " ")).join(" ");
    count += logical.split(/&&|\|\||;|\|/).map((c) => c.trim().split(/\s+/)).filter((words) => !installsSomething(words)).length;
    i = last;
  }
  return count;
}
function dropEmptyInstalls(before, after) {
  if (emptyInstalls(after) <= emptyInstalls(before)) return after;
  const lines = after.split("\n");
  const out = [];
  const isEmpty = (command) => !installsSomething(command.trim().split(/\s+/));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const run = /^(\s*RUN\s+)(.*?)(\r?)$/i.exec(line);
    if (run && !continues(line) && !continues(lines[i - 1])) {
      const commands = run[2].split("&&");
      const empty = commands.map(isEmpty);
      if (empty.some(Boolean)) {
        if (/;|\|/.test(run[2])) return void 0;
        const kept = commands.filter((_, k) => !empty[k]).map((c) => c.trim());
        if (kept.length) out.push(`${run[1]}${kept.join(" && ")}${run[3]}`);
        continue;
      }
    } else if (!run && continues(lines[i - 1])) {
      const part = /^(\s*)(&&\s*)?(.*?)(\s*&&)?(\s*\\)?(\r?)$/.exec(line);
      const body = part[3];
      if (body && !/&&|;|\|/.test(body) && isEmpty(body) && (part[2] || part[4] || /&&\s*\\\r?$/.test(lines[i - 1]))) {
        if (!part[5]) {
          const previous = out.pop();
          out.push(previous.replace(/\s*(?:&&)?\s*\\(\r?)$/, "$1"));
        }
        continue;
      }
    }
    out.push(line);
  }
  const result2 = out.join("\n");
  return emptyInstalls(result2) <= emptyInstalls(before) ? result2 : void 0;
}
var leavesEmptyInstall = (before, after) => emptyInstalls(after) > emptyInstalls(before);
var selectFastapi = (finding, _rule, text, context) => {
  if (finding.line === void 0 || finding.line !== finding.endLine)
    return { reason: "the value is not on one line" };
  const lacking = FASTAPI_SERVER_PACKAGES.filter((p) => !context.installed?.has(p));
  if (lacking.length)
    return {
      reason: `the environment does not install ${lacking.join(", ")} yet; install the FastAPI stack first, then select fastapi`
    };
  const line = text.split("\n")[finding.line - 1] ?? "";
  const value = line.slice(finding.column - 1, finding.endColumn - 1);
  if (!/^(?:flask|gunicorn)$/i.test(value))
    return { reason: `the value \`${value}\` is not a word to replace` };
  return {
    description: `Set the server type to \`fastapi\` (was \`${value}\`)`,
    edits: [
      {
        line: finding.line,
        column: finding.column,
        endLine: finding.line,
        endColumn: finding.endColumn,
        text: "fastapi"
      }
    ]
  };
};
var FIXERS = {
  "forbidden-dependency": removeRequirement,
  "server-type": selectFastapi
};
var hasFixer = (rule) => rule.fix !== false && FIXERS[rule.kind] !== void 0;
function fixFor(finding, rule, text, context = {}) {
  return FIXERS[rule.kind]?.(finding, rule, text, context);
}

// src/fix/fix.ts
var MAX_FIX_BYTES = 2 * 1024 * 1024;
var UTF8_BOM = [239, 187, 191];
function withEdits(source, edited) {
  return {
    label: source.label,
    list: () => source.list(),
    read: async (path, maxBytes) => {
      const bytes = edited.get(path);
      return bytes ? { ok: true, data: bytes } : source.read(path, maxBytes);
    }
  };
}
var folderOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
var result = (f, description) => ({
  ruleId: f.ruleId,
  path: f.path,
  ...f.line !== void 0 ? { line: f.line } : {},
  description
});
var identity = (f) => JSON.stringify([f.ruleId, f.path, f.detail]);
function stillParses(path, before, after) {
  if (fileTypeOf(path) === "dockerfile") return !leavesEmptyInstall(before, after);
  if (fileTypeOf(path) !== "pyproject") return true;
  const parses = (text) => {
    try {
      parse(text);
      return true;
    } catch {
      return false;
    }
  };
  return !parses(before) || parses(after);
}
async function planFixes(original, request = {}) {
  const source = listedOnce(original);
  const ruleSet = await chooseRuleSet(request.rules, source, await source.listing());
  const scanOptions = {
    ruleSet,
    ...request.stage ? { stage: request.stage } : {},
    ...request.today ? { today: request.today } : {}
  };
  const { report } = await scanSource(source, scanOptions);
  const rules = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const fixed = [];
  const notFixed = [];
  const perFile = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  const textOf = async (path) => {
    if (!texts.has(path)) {
      const read = await source.read(path, MAX_FIX_BYTES);
      if (!read.ok) texts.set(path, { reason: `the file cannot be read (${read.reason})` });
      else if (read.data[0] === 255 || read.data[0] === 254)
        texts.set(path, { reason: "the file is UTF-16; fixes edit UTF-8 files only" });
      else {
        const decoded = decodeText(read.data);
        texts.set(
          path,
          decoded.ok ? { text: decoded.text, bom: UTF8_BOM.every((b, i) => read.data[i] === b) } : { reason: `the file is not text (${decoded.reason})` }
        );
      }
    }
    return texts.get(path);
  };
  const listing = await source.listing();
  const tree = treeView(listing, new FileLoader(source, MAX_FIX_BYTES), /* @__PURE__ */ new Map(), {});
  const installedUnder = async (folder) => {
    const out = /* @__PURE__ */ new Set();
    for (const path of listing.files)
      if ((folder === "" || path.startsWith(`${folder}/`)) && fileTypeOf(path))
        for (const r of await declaredRequirements(tree, path)) out.add(r.normalized);
    return out;
  };
  let notices = 0;
  for (const finding of report.findings) {
    const rule = rules.get(finding.ruleId);
    if (!rule || rule.fix === false || request.only?.length && !request.only.includes(rule.id)) continue;
    if (finding.severity === "notice") {
      if (hasFixer(rule)) notices++;
      continue;
    }
    const file = await textOf(finding.path).catch(() => ({ reason: "the path is not a file" }));
    if ("reason" in file) {
      if (hasFixer(rule)) notFixed.push(result(finding, file.reason));
      continue;
    }
    const outcome = fixFor(
      finding,
      rule,
      file.text,
      rule.kind === "server-type" ? { installed: await installedUnder(folderOf(finding.path)) } : {}
    );
    if (!outcome) continue;
    if ("reason" in outcome) notFixed.push(result(finding, outcome.reason));
    else perFile.set(finding.path, [...perFile.get(finding.path) ?? [], { finding, ...outcome }]);
  }
  const candidates = /* @__PURE__ */ new Map();
  const made = /* @__PURE__ */ new Map();
  for (const [path, fixes] of perFile) {
    const file = await textOf(path);
    const { text, overlapping } = applyEdits(
      file.text,
      fixes.flatMap((f) => f.edits)
    );
    const clashing = new Set(overlapping);
    const kept = fixes.filter((f) => !f.edits.some((e) => clashing.has(e)));
    for (const f of fixes.filter((x) => !kept.includes(x)))
      notFixed.push(result(f.finding, "it overlaps another fix in the same place; run fix again"));
    const edited = overlapping.length ? applyEdits(
      file.text,
      kept.flatMap((f) => f.edits)
    ).text : text;
    const after = fileTypeOf(path) === "dockerfile" ? dropEmptyInstalls(file.text, edited) ?? edited : edited;
    if (after === file.text) continue;
    const encoded = new TextEncoder().encode(after);
    const bytes = file.bom ? new Uint8Array([...UTF8_BOM, ...encoded]) : encoded;
    candidates.set(path, { path, before: file.text, after, bytes });
    made.set(path, kept);
  }
  const { report: again } = await scanSource(
    withEdits(source, new Map([...candidates].map(([p, f]) => [p, f.bytes]))),
    scanOptions
  );
  const remaining = new Set(again.findings.map(identity));
  const files = [];
  for (const [path, file] of candidates) {
    const fixes = made.get(path);
    const stubborn = fixes.filter((f) => remaining.has(identity(f.finding)));
    const broken = !stillParses(path, file.before, file.after);
    if (stubborn.length || broken) {
      const why = broken ? fileTypeOf(path) === "dockerfile" ? "the fixes together would leave an install command without a package; the file is left as it was" : "the edited file would no longer parse; the file is left as it was" : "the finding is still reported after the edit; the file is left as it was";
      for (const f of fixes) notFixed.push(result(f.finding, why));
      continue;
    }
    files.push(file);
    for (const f of fixes) fixed.push(result(f.finding, f.description));
  }
  return { ruleSet, notices, files, fixed, notFixed };
}

// src/commands/fix.ts
function unifiedDiff(file) {
  const patch = createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.before, file.after, "", "", {
    context: 3
  });
  return `diff --git a/${file.path} b/${file.path}
${patch.replace(/^=+\n/, "").replace(/^(---|\+\+\+) (\S+)\t\n/gm, "$1 $2\n")}`;
}
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
  const diff = plan.files.map(unifiedDiff).join("");
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
  fixSummary,
  unifiedDiff
};
