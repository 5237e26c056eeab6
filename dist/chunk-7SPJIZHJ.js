import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  fileTypeOf,
  missingHealthForm
} from "./chunk-ZLGMLFRG.js";

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
    case "setup.py":
      return removeArrayItem(finding, line);
    case "setup.cfg":
    case "pipfile":
    case "conda":
      return removeOwnLine(finding, lines, fileTypeOf(finding.path));
    case "dockerfile":
      return removeInstallWord(finding, lines);
    default:
      return { reason: `no fixer edits ${fileTypeOf(finding.path) ?? "this kind of file"} yet` };
  }
};
var OWN_LINE = {
  // install_requires =\n    flask>=2  (a comment may follow)
  "setup.cfg": { before: /^\s+$/, after: /^\s*(?:[#;].*)?\r?$/ },
  // flask = ">=2" or flask = { version = "*", extras = [...] }
  pipfile: { before: /^\s*$/, after: /^\s*(?:=\s*)?(?:"[^"]*"|'[^']*'|\{.*\})?\s*(?:#.*)?\r?$/ },
  // - flask=2.3   (or, under pip:, - flask==2.3)
  conda: { before: /^\s*-\s+["']?$/, after: /^["']?\s*(?:#.*)?\r?$/ }
};
function removeOwnLine(finding, lines, type) {
  const shape = OWN_LINE[type];
  const index = finding.line - 1;
  const line = lines[index];
  const indent = (l) => /^\s*/.exec(l ?? "")[0].length;
  if (type === "conda" && /^\s*-\s*pip:\s*$/.test(stripCr(lines[index - 1] ?? "")) && !(indent(lines[index + 1]) === indent(line) && /^\s*-/.test(lines[index + 1] ?? "")))
    return {
      reason: "it is the only pip package of the environment: `pip:` would be left empty; edit the file by hand"
    };
  const start = finding.column - 1;
  const end = finding.endColumn - 1;
  if (finding.line !== finding.endLine || !shape.before.test(line.slice(0, start)) || !shape.after.test(line.slice(end)))
    return { reason: `the requirement shares its line with something else; edit ${type} by hand` };
  return {
    description: `Remove \`${line.slice(start, end)}\``,
    edits: [removeLines(finding.line, finding.line)]
  };
}
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
  if (/\[\s*$/.test(line.slice(0, start)) && /^\s*\]/.test(line.slice(end)))
    return {
      description,
      edits: [{ line: at, column: start + 1, endLine: at, endColumn: end + 1, text: "" }]
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
  const result = out.join("\n");
  return emptyInstalls(result) <= emptyInstalls(before) ? result : void 0;
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
var addRequirements = (_finding, rule, text, context) => {
  const packages = rule.compiled.packages;
  const missing = packages.filter((p) => !context.installed?.has(p.normalized));
  if (missing.length === 0)
    return {
      reason: "the packages are declared, with other versions or extras; edit those declarations by hand"
    };
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const specs = missing.map(
    (p) => `${p.name}${p.extras.length ? `[${p.extras.join(",")}]` : ""}${p.specifier}`
  );
  const lines = text.split("\n");
  const last = lines.length;
  const column = lines[last - 1].length + 1;
  const separator = text === "" || text.endsWith("\n") ? "" : eol;
  return {
    description: `Add ${specs.map((s) => `\`${s}\``).join(", ")} to ${context.target ?? "the requirements file"}`,
    edits: [
      { line: last, column, endLine: last, endColumn: column, text: `${separator}${specs.join(eol)}${eol}` }
    ]
  };
};
var raisePython = (finding, rule, text) => {
  const min = rule.compiled.min;
  if (finding.line === void 0 || finding.line !== finding.endLine || finding.column === void 0)
    return { reason: "the declaration is not on one line" };
  const line = text.split("\n")[finding.line - 1] ?? "";
  const replace = (start2, end, value2, was, now = value2) => ({
    description: `Raise Python to ${min}: \`${was}\` becomes \`${now}\``,
    edits: [
      { line: finding.line, column: start2 + 1, endLine: finding.line, endColumn: end + 1, text: value2 }
    ]
  });
  switch (fileTypeOf(finding.path)) {
    case "dockerfile": {
      if (!/^\s*FROM\s/i.test(line))
        return {
          reason: "the Python comes from an installed package; change the package or the base image by hand"
        };
      const image = /(?<=[\s/])python:(\d+\.\d+(?:\.\d+)?)(?=[-\s@]|$)/.exec(line.replace(/\r$/, ""));
      if (!image || !/^\s*FROM\s+(?:--\S+\s+)*(?:docker\.io\/)?(?:library\/)?python:/i.test(line))
        return {
          reason: "the base image is not the official python image named by a literal tag; change it by hand"
        };
      if (/@sha256:/.test(line))
        return { reason: "the image is pinned by digest; choose the new digest by hand" };
      const start2 = image.index + "python:".length;
      return replace(start2, start2 + image[1].length, min, image[0], `python:${min}`);
    }
    case "runtime.txt":
      return { reason: "runtime.txt names a whole release; choose one of Python " + min + " by hand" };
    case "workflow":
      return { reason: "a workflow value may be one entry of a matrix; edit the workflow by hand" };
    default:
  }
  const from = finding.column - 1;
  const quoted = /(["'])([^"'\n]*)\1/.exec(line.slice(from));
  const region = line.slice(from, finding.endColumn - 1);
  const [start, value] = quoted ? [from + quoted.index + 1, quoted[2]] : (() => {
    const name = /^python\s*/i.exec(region)?.[0] ?? "";
    return [from + name.length, region.slice(name.length)];
  })();
  const raised = raiseSpecifier(value, min);
  if (typeof raised !== "string") return raised;
  return replace(start, start + value.length, raised, value);
};
function raiseSpecifier(value, min) {
  let raised = false;
  const clauses = value.split(",").map((clause) => {
    const m = /^(\s*)(>=|>|\^|~=|~|==|=)?(\s*)(\d+(?:\.\d+)*)(\.\*)?(\s*)$/.exec(clause);
    if (!m) return clause;
    const [, lead, op = "", gap, version, wildcard = "", trail] = m;
    if (op === "==" && !wildcard && version.split(".").length > 2) return clause;
    raised = true;
    return `${lead}${op === ">" ? ">=" : op}${gap}${min}${wildcard}${trail}`;
  });
  if (!raised) return { reason: `\`${value}\` has no lower bound to raise; edit it by hand` };
  return clauses.join(",");
}
var addRouteTwin = (finding, _rule, text) => {
  if (missingHealthForm(finding.detail) === void 0)
    return { reason: "a missing FastAPI route needs its handler written; add it by hand" };
  if (finding.line === void 0 || finding.line !== finding.endLine)
    return { reason: "the route registration spans several lines; add its twin by hand" };
  const line = text.split("\n")[finding.line - 1] ?? "";
  const m = /^(\s*)(@?[\w.]+\.(?:get|api_route|add_api_route)\(\s*)(["'])([^"'\\]*)\3(.*?)(\r?)$/.exec(line);
  if (!m)
    return { reason: "the route is not registered on one line with a literal path; add its twin by hand" };
  const [, indent, head, quote, path, rest, cr] = m;
  const twin = path.endsWith("/") ? path.replace(/\/+$/, "") : `${path}/`;
  return {
    description: `Serve \`${twin}\` too: add \`${head.trimStart()}${quote}${twin}${quote}${rest}\``,
    edits: [
      {
        line: finding.line + 1,
        column: 1,
        endLine: finding.line + 1,
        endColumn: 1,
        text: `${indent}${head}${quote}${twin}${quote}${rest}${cr}
`
      }
    ]
  };
};
var FIXERS = {
  "required-dependency": addRequirements,
  "forbidden-dependency": removeRequirement,
  "server-type": selectFastapi,
  "python-version": raisePython,
  "route-parity": addRouteTwin
};
var hasFixer = (rule) => rule.fix !== false && FIXERS[rule.kind] !== void 0;
function fixFor(finding, rule, text, context = {}) {
  return FIXERS[rule.kind]?.(finding, rule, text, context);
}

export {
  applyEdits,
  FASTAPI_SERVER_PACKAGES,
  dropEmptyInstalls,
  leavesEmptyInstall,
  raiseSpecifier,
  FIXERS,
  hasFixer,
  fixFor
};
