import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  UnexpectedAnswer,
  describeRequestError,
  octokitOptions,
  rateLimited,
  requestPolicy,
  separateRetryCounts,
  statusOf
} from "./chunk-LAIYFR54.js";
import {
  addedLines,
  gitChanges,
  hasCommit,
  relativeChanges,
  repositoryRoot,
  scanDirectory,
  showFile
} from "./chunk-V2U2N4LQ.js";
import {
  AUTO,
  CONFIG_FILES
} from "./chunk-W7IGUFQP.js";
import {
  parseBaseline
} from "./chunk-AMYM5BO3.js";
import "./chunk-N5M66AOG.js";
import {
  renderJson
} from "./chunk-W7ULQKLQ.js";
import {
  appendixSections,
  auditTotals,
  environmentMatrix,
  headSection,
  markdownSections,
  phaseSections
} from "./chunk-YC6BBEKC.js";
import "./chunk-DHTHZS3P.js";
import "./chunk-PPJON7XR.js";
import "./chunk-LXXCJO2X.js";
import {
  renderSarif
} from "./chunk-64N4LSMQ.js";
import "./chunk-KMBNRKZF.js";
import {
  enableLinearRegexFallback,
  progressReporter
} from "./chunk-7MTQUFHV.js";
import "./chunk-G35L3SEP.js";
import "./chunk-TBTCHC3T.js";
import {
  readRuleSet
} from "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import {
  isDate,
  isProfileName
} from "./chunk-J22OGSNJ.js";
import "./chunk-J3ZCB4OI.js";
import {
  CannotJudge,
  UsageError,
  isUserError
} from "./chunk-5OBZHJR5.js";
import {
  STAGES
} from "./chunk-GDWBPA24.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-O63SYX52.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-X4QDXHRQ.js";
import {
  Context
} from "./chunk-UG6SOP5P.js";
import "./chunk-TUQ47QQM.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/main.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";

// src/github/annotations.ts
var BATCH_SIZE = 50;
var COMMAND_ANNOTATIONS_PER_LEVEL = 10;
var TITLE_MAX = 255;
var MESSAGE_MAX = 64 * 1024 - 1;
var LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
var RANK = { error: 0, warning: 1, notice: 2 };
function rankFindings(findings) {
  return findings.map((f, i) => ({ f, i })).sort(
    (a, b) => Number(b.f.new === true) - Number(a.f.new === true) || RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i
  ).map(({ f }) => f);
}
function checkAnnotations(findings, budget, resolvePath, nextBegins) {
  const annotations = [];
  for (const f of rankFindings(findings)) {
    if (annotations.length >= budget) break;
    const path = resolvePath(f.anchor ?? f.path);
    if (!path) continue;
    const onFile = path === f.path;
    const line = onFile ? f.line ?? 1 : 1;
    const endLine = onFile ? f.endLine ?? line : 1;
    const message = `${onFile ? "" : `${f.path}: `}${f.message}${later(f, nextBegins)}${f.remediation ? `

Fix: ${f.remediation}` : ""}`;
    annotations.push({
      path,
      start_line: line,
      end_line: endLine,
      ...onFile && f.line !== void 0 && f.line === f.endLine ? { start_column: f.column, end_column: f.endColumn } : {},
      annotation_level: LEVEL[f.severity],
      message: message.slice(0, MESSAGE_MAX),
      title: `${f.ruleId} (phase ${f.phase})`.slice(0, TITLE_MAX)
    });
  }
  return { annotations, omitted: findings.length - annotations.length };
}
var later = (f, begins) => f.blocksFrom ? ` It will block from ${f.blocksFrom}${begins ? ` (${begins})` : ""}.` : "";
function batches(items, size = BATCH_SIZE) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function commandAnnotations(findings, nextBegins) {
  const perLevel = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  for (const f of rankFindings(findings)) {
    if (perLevel[f.severity] >= COMMAND_ANNOTATIONS_PER_LEVEL) continue;
    perLevel[f.severity]++;
    const anchored = f.anchor !== void 0;
    const message = `${anchored ? `${f.path}: ` : ""}${f.message}${later(f, nextBegins)}`;
    annotations.push({
      level: f.severity,
      message: f.remediation ? `${message}
Fix: ${f.remediation}` : message,
      properties: {
        title: `${f.ruleId} (phase ${f.phase})`,
        file: f.anchor ?? f.path,
        startLine: anchored ? 1 : f.line ?? 1,
        ...!anchored && f.endLine !== void 0 ? { endLine: f.endLine } : {},
        ...!anchored && f.line !== void 0 && f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}
      }
    });
  }
  return { annotations, omitted: findings.length - annotations.length };
}

// src/github/change-source.ts
import { readFile } from "node:fs/promises";
var PULL_FILES_CAP = 3e3;
function isPullFileList(value) {
  return Array.isArray(value) && value.every(
    (f) => typeof f === "object" && f !== null && typeof f.filename === "string" && typeof f.status === "string" && (f.patch === void 0 || typeof f.patch === "string")
  );
}
function changeFromPullFile(file) {
  const status = file.status === "added" || file.status === "copied" ? "added" : file.status === "removed" ? "removed" : file.status === "renamed" ? "renamed" : "modified";
  return [
    file.filename,
    {
      status,
      // No patch: binary or too large for GitHub to diff; the whole file counts as changed.
      lines: file.patch === void 0 ? "all" : addedLines(file.patch),
      ...file.previous_filename ? { previousPath: file.previous_filename } : {}
    }
  ];
}
async function pullRequestChanges(client, repo, pullNumber, workspace, base, head) {
  let apiProblem = "no token";
  if (client && pullNumber !== void 0) {
    try {
      const files = await client.paginate(client.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100
      });
      if (!isPullFileList(files)) throw new Error("GitHub's answer is not the list of files it documents");
      if (files.length < PULL_FILES_CAP)
        return {
          files: new Map(files.map(changeFromPullFile)),
          source: `the pull request's ${files.length} changed files`
        };
      apiProblem = `GitHub lists at most ${PULL_FILES_CAP} files of a pull request`;
    } catch (error2) {
      apiProblem = `listing the pull request's files failed (${describeRequestError(error2)})`;
    }
  }
  const fromGit = await changesFromGit(workspace, base, head);
  return fromGit.files ? { files: fromGit.files, source: `${fromGit.source} (${apiProblem})` } : { source: `${apiProblem}; ${fromGit.source}` };
}
async function changesFromGit(workspace, base, head) {
  const root = await repositoryRoot(workspace);
  if (!root) return { source: "the workspace is not a git checkout" };
  if (!await hasCommit(root, base) || !await hasCommit(root, head)) {
    return { source: `the base commit is not checked out (use actions/checkout with fetch-depth: 0)` };
  }
  return {
    files: await gitChanges(root, base, head),
    source: `git diff ${base.slice(0, 7)}...${head.slice(0, 7)}`
  };
}
async function fileAtBase(client, repo, workspace, path, base) {
  const head = await readFile(`${workspace}/${path}`, "utf8").catch(() => void 0);
  let atBase;
  const root = await repositoryRoot(workspace);
  const inGit = root !== void 0 && await hasCommit(root, base);
  if (inGit) atBase = await showFile(root, base, path);
  let unreadAtBase;
  if (!inGit && client) {
    try {
      const { data } = await client.rest.repos.getContent({ ...repo, path, ref: base });
      const file = data;
      if (typeof file?.content === "string" && file.type === "file")
        atBase = Buffer.from(file.content, "base64").toString("utf8");
      else throw new UnexpectedAnswer(`reading ${path} at the base commit`);
    } catch (error2) {
      if (statusOf(error2) !== 404) unreadAtBase = describeRequestError(error2);
    }
  }
  if (atBase !== void 0)
    return { text: atBase, changedByPullRequest: head !== void 0 && head !== atBase, from: "base" };
  if (head === void 0) return void 0;
  return { text: head, changedByPullRequest: true, from: "head", ...unreadAtBase ? { unreadAtBase } : {} };
}
async function trustedConfiguration(client, repo, target, files, workspace, remarks, changed) {
  const out = {};
  const unreadable = (file, path, what) => {
    const touches = changed === void 0 ? void 0 : changed.has(path) || [...changed.values()].some((c) => c.previousPath === path);
    if (touches === false) {
      remarks.push(
        `The ${what} \`${path}\` could not be read at the base commit (${file.unreadAtBase}); this pull request does not change it, so its version here is the base commit's.`
      );
      return;
    }
    throw new CannotJudge(
      `The ${what} \`${path}\` could not be read at the base commit (${file.unreadAtBase}), and ${touches ? "this pull request changes it" : "which files this pull request changes is unknown"}: the gate cannot know which rules to trust, so it fails. Re-run the job when GitHub answers, or check out the history (\`actions/checkout\` with \`fetch-depth: 0\`) so that git reads the base commit.`
    );
  };
  const read = async (path, what) => {
    if (target.mode !== "pr" || !target.baseSha || !repo) return void 0;
    const file = await fileAtBase(client, repo, workspace, path, target.baseSha);
    if (!file) return void 0;
    if (file.unreadAtBase) unreadable(file, path, what);
    else if (file.from === "head")
      remarks.push(
        `The ${what} \`${path}\` does not exist at the base commit; this pull request's version is used.`
      );
    else if (file.changedByPullRequest)
      remarks.push(
        `This pull request changes the ${what} \`${path}\`. It was checked with the base commit's version; the new one takes effect after merge.`
      );
    return { text: file.text, name: `${path}@${file.from === "base" ? target.baseSha.slice(0, 7) : "head"}` };
  };
  const pr = target.mode === "pr" && target.baseSha !== void 0 && repo !== void 0;
  const source = {
    readText: async (path) => {
      if (!pr) return readFile(`${workspace}/${path}`, "utf8").catch(() => void 0);
      const file = await fileAtBase(client, repo, workspace, path, target.baseSha);
      if (file?.unreadAtBase) {
        unreadable(file, path, "rule file");
        return file.text;
      }
      return file?.from === "base" ? file.text : void 0;
    }
  };
  if (files.rules && (isProfileName(files.rules) || files.rules === AUTO)) {
    out.rules = files.rules;
  } else if (files.rules) {
    const trusted = await read(files.rules, "rule file");
    if (trusted) out.ruleSet = await readRuleSet(trusted.text, trusted.name, { path: files.rules, source });
  } else {
    out.ruleSet = await repositoryConfiguration(pr, source, async (name) => {
      const file = pr ? await fileAtBase(client, repo, workspace, name, target.baseSha) : void 0;
      if (file?.unreadAtBase) {
        unreadable(file, name, "configuration");
        return { ...file, from: "base" };
      }
      if (file?.from === "head")
        remarks.push(
          `This pull request adds the configuration \`${name}\`; it takes effect after merge. This run chose its rules automatically (\`rules: auto\`), as the base commit does.`
        );
      else if (file?.changedByPullRequest)
        remarks.push(
          `This pull request changes the configuration \`${name}\`. It was checked with the base commit's version; the new one takes effect after merge.`
        );
      return file;
    });
    if (!out.ruleSet) out.rules = AUTO;
  }
  if (files.baseline) {
    const trusted = await read(files.baseline, "baseline");
    const text = trusted?.text ?? await readFile(files.baseline, "utf8").catch(() => void 0);
    if (text === void 0)
      remarks.push(
        `The baseline \`${files.baseline}\` was not found; every finding counts as over the baseline.`
      );
    out.baseline = {
      file: files.baseline,
      baseline: text === void 0 ? { ruleset: "", entries: [] } : parseBaseline(text, trusted?.name ?? files.baseline)
    };
  }
  return out;
}
async function repositoryConfiguration(pr, source, atBase) {
  for (const name of CONFIG_FILES) {
    if (pr) {
      const file = await atBase(name);
      if (file?.from === "base")
        return readRuleSet(file.text, name, { path: name, source, reason: void 0 });
      continue;
    }
    const text = await source.readText(name);
    if (text !== void 0) return readRuleSet(text, name, { path: name, source });
  }
  return void 0;
}
async function changesFor(client, repo, target, workspace, remarks) {
  if (!target.baseSha || target.mode !== "pr" && target.mode !== "push") return void 0;
  const lookup = target.mode === "pr" && repo ? await pullRequestChanges(client, repo, target.pullNumber, workspace, target.baseSha, target.headSha) : await changesFromGit(workspace, target.baseSha, target.headSha);
  if (!lookup.files)
    remarks.push(
      `Changed lines are unknown (${lookup.source}). The gate fails closed: every finding counts as new, so rules enforced as \`new\` block. To let it tell new findings from old ones, check out the history (\`actions/checkout\` with \`fetch-depth: 0\`; needed past GitHub's ${PULL_FILES_CAP}-file list), or re-run the job when GitHub answers.`
    );
  return lookup;
}

// src/github/check-run.ts
async function publishCheckRun(client, plan, now = () => (/* @__PURE__ */ new Date()).toISOString()) {
  const { owner, repo } = plan;
  let id;
  try {
    const created = await client.rest.checks.create({
      owner,
      repo,
      name: plan.name,
      head_sha: plan.headSha,
      status: "in_progress",
      started_at: now(),
      output: { title: "Scanning", summary: "The migration gate is annotating its findings." }
    });
    const createdId = created.data?.id;
    if (typeof createdId !== "number") throw new UnexpectedAnswer("creating the check run");
    id = createdId;
  } catch (error2) {
    const status = statusOf(error2);
    const reason = status === 403 && !rateLimited(error2) ? "the token cannot create check runs (403; pull requests from forks get a read-only token)" : status === 401 ? "the token was rejected (401); check the `token` input" : describeRequestError(error2);
    return { published: false, reason };
  }
  const problems = [];
  const all = batches(plan.annotations);
  const last = all.pop() ?? [];
  let annotated = 0;
  let accepted = true;
  for (const batch of all) {
    try {
      await client.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        output: { title: plan.title, summary: plan.summary, annotations: batch }
      });
      annotated += batch.length;
    } catch (error2) {
      problems.push(
        `annotations ${annotated + 1}-${annotated + batch.length} were not accepted (${describeRequestError(error2)}); the rest are in the summary`
      );
      accepted = false;
      break;
    }
  }
  const final = accepted ? last : [];
  try {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: id,
      status: "completed",
      conclusion: plan.conclusion,
      completed_at: now(),
      output: {
        title: plan.title,
        summary: plan.summary,
        text: plan.text,
        ...final.length ? { annotations: final } : {}
      }
    });
    annotated += final.length;
  } catch (error2) {
    problems.push(`the check run could not be completed (${describeRequestError(error2)})`);
  }
  return { published: true, id, annotated, problems };
}

// src/github/client.ts
async function createClient(token, log, policy = requestPolicy()) {
  const [github, { defaults }, { retry }, { throttling }] = await Promise.all([
    import("./github-DFQDGVL2.js"),
    import("./utils-VZ3EQZY5.js"),
    import("./dist-bundle-AIIZCXPS.js"),
    import("./dist-bundle-AFYESKTW.js")
  ]);
  const proxied = defaults.request?.fetch;
  const options = octokitOptions(policy, log, proxied);
  const client = github.getOctokit(
    token,
    { ...options, request: { ...defaults.request, ...options.request } },
    retry,
    throttling
  );
  separateRetryCounts(client);
  return client;
}

// src/github/context.ts
function runContext() {
  return new Context();
}

// src/github/event.ts
var MODES = ["auto", "pr", "push", "audit", "report", "merge"];
var get = (o, ...path) => path.reduce((v, k) => v && typeof v === "object" ? v[k] : void 0, o);
var str = (v) => typeof v === "string" && v ? v : void 0;
var DEFAULT_MODE = {
  pull_request: "pr",
  pull_request_target: "pr",
  merge_group: "pr",
  push: "push",
  schedule: "audit",
  workflow_dispatch: "report"
};
var ZERO_SHA = /^0+$/;
function detectTarget(event, payload, sha, modeInput) {
  const mode = modeInput !== "auto" ? modeInput : DEFAULT_MODE[event] ?? "report";
  const base = { mode, event, headSha: sha, fromFork: false };
  if (event === "pull_request" || event === "pull_request_target") {
    const head = str(get(payload, "pull_request", "head", "sha"));
    const baseSha = str(get(payload, "pull_request", "base", "sha"));
    const number = get(payload, "pull_request", "number");
    const headRepo = str(get(payload, "pull_request", "head", "repo", "full_name"));
    const baseRepo = str(get(payload, "pull_request", "base", "repo", "full_name"));
    return {
      ...base,
      headSha: head ?? sha,
      ...baseSha ? { baseSha } : {},
      ...typeof number === "number" ? { pullNumber: number } : {},
      fromFork: headRepo !== void 0 && baseRepo !== void 0 && headRepo !== baseRepo
    };
  }
  if (event === "merge_group") {
    const head = str(get(payload, "merge_group", "head_sha"));
    const baseSha = str(get(payload, "merge_group", "base_sha"));
    return { ...base, headSha: head ?? sha, ...baseSha ? { baseSha } : {} };
  }
  if (event === "push") {
    const before = str(get(payload, "before"));
    const after = str(get(payload, "after"));
    const created = get(payload, "created") === true || before !== void 0 && ZERO_SHA.test(before);
    return { ...base, headSha: after ?? sha, ...before && !created ? { baseSha: before } : {} };
  }
  return base;
}

// src/github/inputs.ts
var FAIL_ON = ["error", "warning", "never"];
function oneOf(name, value, allowed) {
  if (!allowed.includes(value)) {
    throw new UsageError(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(", ")}.`);
  }
  return value;
}
function boolean(name, value, fallback) {
  if (value === "") return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UsageError(`Invalid input '${name}': '${value}'. Expected true or false.`);
}
function day(name, value) {
  if (!isDate(value))
    throw new UsageError(`Invalid input '${name}': '${value}'. Expected a day, YYYY-MM-DD (UTC).`);
  return value;
}
var DEFAULT_ANNOTATIONS = 200;
function parseInputs(get2) {
  const value = (name) => get2(name).trim();
  const annotations = value("annotations") === "" ? DEFAULT_ANNOTATIONS : Number(value("annotations"));
  if (!Number.isInteger(annotations) || annotations < 0) {
    throw new UsageError(
      `Invalid input 'annotations': '${value("annotations")}'. Expected a whole number (0 turns annotations off).`
    );
  }
  const budget = value("api-time-budget");
  const apiTimeBudget = budget === "" ? void 0 : Number(budget);
  if (apiTimeBudget !== void 0 && !(Number.isFinite(apiTimeBudget) && apiTimeBudget > 0))
    throw new UsageError(
      `Invalid input 'api-time-budget': '${budget}'. Expected a number of seconds above 0 (default 300).`
    );
  const optional = (key, v) => v ? { [key]: v } : {};
  return {
    token: get2("token"),
    path: value("path") || ".",
    ...optional("rules", value("rules")),
    ...value("stage") ? { stage: oneOf("stage", value("stage"), STAGES) } : {},
    ...value("today") ? { today: day("today", value("today")) } : {},
    mode: oneOf("mode", value("mode") || "auto", MODES),
    checkName: value("check-name") || "migration-gate",
    ...value("fail-on") ? { failOn: oneOf("fail-on", value("fail-on"), FAIL_ON) } : {},
    annotations,
    ...optional("sarifFile", value("sarif-file")),
    ...optional("reportFile", value("report-file")),
    ...optional("patchFile", value("patch-file")),
    ...optional("baseline", value("baseline")),
    changedOnly: boolean("changed-only", value("changed-only"), false),
    ...optional("repositories", value("repositories")),
    trackingIssue: boolean("tracking-issue", value("tracking-issue"), true),
    ...optional("reports", value("reports")),
    summary: boolean("summary", value("summary"), true),
    suggestions: boolean("suggestions", value("suggestions"), true),
    ...apiTimeBudget !== void 0 ? { apiTimeBudget } : {}
  };
}
function effectiveFailOn(inputs, mode) {
  return inputs.failOn ?? (mode === "pr" || mode === "push" ? "error" : "never");
}

// src/github/outputs.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname } from "node:path";

// src/github/limits.ts
var CHECK_TEXT_MAX = 65535;
var STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
function fitSections(sections, max, overflow, size = (s) => s.length) {
  let out = "";
  for (let i = 0; i < sections.length; i++) {
    const next = out + sections[i];
    const tail = overflow(sections.length - i - 1);
    if (size(next) + (i < sections.length - 1 ? size(tail) : 0) > max) {
      const note = overflow(sections.length - i);
      return size(out + note) <= max ? out + note : out;
    }
    out = next;
  }
  return out;
}
var utf8Bytes = (s) => Buffer.byteLength(s, "utf8");

// src/github/outputs.ts
async function writeReportFiles(report, files) {
  for (const [file, render] of [
    [files.reportFile, renderJson],
    [files.sarifFile, renderSarif]
  ]) {
    if (!file) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile2(file, render(report));
  }
}
function checkRunOutput(report, options, notShown) {
  const { error: error2, warning: warning2, notice: notice2 } = report.counts;
  const title = report.conclusion === "failure" ? `Gate failed: ${plural(error2, "error")}, ${plural(warning2, "warning")}, ${plural(notice2, "notice")}` : `Gate passed: ${plural(warning2, "warning")}, ${plural(notice2, "notice")}`;
  const more = (n) => `
_\u2026 ${n} more section${n === 1 ? "" : "s"} in the job summary and the JSON report._
`;
  const notShownSection = notShown.length ? `
${notShown.map((n) => `> ${n}`).join("\n")}
` : "";
  return {
    title,
    summary: fitSections([headSection(report), notShownSection], CHECK_TEXT_MAX, more),
    text: fitSections([...phaseSections(report, options), ...appendixSections(report)], CHECK_TEXT_MAX, more)
  };
}
async function writeJobSummary(report, options, notShown) {
  const tail = notShown.length ? `
### For reviewers

${notShown.map((n) => `- ${n}`).join("\n")}
` : "";
  const more = (n) => `
_\u2026 ${n} more section${n === 1 ? "" : "s"} did not fit in the job summary; see the JSON report (\`report-file\`)._
`;
  const body = fitSections(
    markdownSections(report, options),
    STEP_SUMMARY_MAX_BYTES - utf8Bytes(tail) - 1024,
    more,
    utf8Bytes
  );
  await summary.addRaw(body + tail).write({ overwrite: false });
}
function annotateWithCommands(report) {
  const { annotations, omitted } = commandAnnotations(report.findings, report.forecast?.begins);
  for (const a of annotations) ANNOTATE[a.level](a.message, a.properties);
  return omitted;
}
var ANNOTATE = { error, warning, notice };
function setOutputs(report, values) {
  setOutput("conclusion", report.conclusion);
  setOutput("errors", report.counts.error);
  setOutput("warnings", report.counts.warning);
  setOutput("notices", report.counts.notice);
  setOutput("report-file", values.reportFile ?? "");
  setOutput("sarif-file", values.sarifFile ?? "");
  setOutput("check-run-id", values.checkRunId ?? "");
}

// src/github/paths.ts
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
function repositoryPrefix(workspace, scanned) {
  const rel = relative(resolve(workspace), resolve(workspace, scanned));
  return rel.startsWith("..") ? "" : rel.split(sep).join("/");
}
var prefixed = (prefix, path) => prefix ? path === "." ? prefix : `${prefix}/${path}` : path;
function inRepository(report, prefix) {
  if (!prefix) return report;
  return {
    ...report,
    findings: report.findings.map((f) => ({
      ...f,
      path: prefixed(prefix, f.path),
      ...f.anchor !== void 0 ? { anchor: prefixed(prefix, f.anchor) } : {}
    })),
    skipped: report.skipped.map((s) => ({ ...s, path: prefixed(prefix, s.path) })),
    notes: report.notes.map((n) => ({ ...n, path: prefixed(prefix, n.path) })),
    ...report.fixes ? { fixes: report.fixes.map((f) => ({ ...f, path: prefixed(prefix, f.path) })) } : {}
  };
}
function annotatablePath(workspace, path) {
  let current = path;
  for (let depth = 0; depth < 64; depth++) {
    let info2;
    try {
      info2 = statSync(join(workspace, current));
    } catch {
      return void 0;
    }
    if (info2.isFile()) return current;
    if (!info2.isDirectory()) return void 0;
    const first = readdirSync(join(workspace, current)).sort()[0];
    if (!first) return void 0;
    current = `${current}/${first}`;
  }
  return void 0;
}

// src/github/tracking-issue.ts
var MARKER = "<!-- migration-gate:tracking-issue -->";
var HISTORY = /<!-- migration-gate:history (\[[\s\S]*?\]) -->/;
var KEEP = 60;
function readHistory(body) {
  const m = HISTORY.exec(body ?? "");
  if (!m) return [];
  try {
    const points = JSON.parse(m[1]);
    return Array.isArray(points) ? points.filter((p) => typeof p?.date === "string") : [];
  } catch {
    return [];
  }
}
function renderTrackingIssue(matrix, history, runUrl) {
  const last = history.slice(-KEEP);
  const labels = burndownLabels(last).map((l) => JSON.stringify(l)).join(", ");
  const chart = [
    "```mermaid",
    "xychart-beta",
    '  title "Drop-in environments still installing the Flask stack"',
    `  x-axis [${labels}]`,
    '  y-axis "environments"',
    `  line [${last.map((p) => p.withFlaskStack).join(", ")}]`,
    "```"
  ].join("\n");
  return [
    MARKER,
    "## Flask \u2192 FastAPI migration: drop-in environments",
    "",
    `Updated by migration-gate on ${last.at(-1)?.date ?? "unknown"}${runUrl ? ` ([run](${runUrl}))` : ""}. This issue is edited in place by the nightly audit.`,
    "",
    chart,
    matrix,
    "| Date | Stage | Environments | Flask stack | FastAPI | Below 3.8 | Errors | Warnings | Will block next |",
    "|---|---|---|---|---|---|---|---|---|",
    ...last.slice(-10).reverse().map(
      (p) => `| ${p.date.slice(0, 10)} | ${stageCell(p.stage)} | ${p.environments} | ${p.withFlaskStack} | ${p.withFastapi} | ${p.belowPython38} | ${p.errors} | ${p.warnings} | ${p.next ? `${p.next.blocking} in ${stageCell(p.next.stage)}` : "\u2014"} |`
    ),
    "",
    `<!-- migration-gate:history ${JSON.stringify(last)} -->`
  ].join("\n");
}
var stageCell = (stage) => typeof stage === "string" && /^[a-z]{1,20}$/.test(stage) ? stage : "\u2014";
function burndownLabels(points) {
  return points.map((p, i) => {
    const day2 = p.date.slice(5, 10);
    const stage = stageCell(p.stage);
    const changed = stage !== "\u2014" && (i === 0 || stageCell(points[i - 1].stage) !== stage);
    return changed ? `${day2} \u25B6 ${stage}` : day2;
  });
}
async function upsertTrackingIssue(client, repo, matrix, totals, now, runUrl) {
  const open = await client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    state: "open",
    per_page: 100
  });
  if (!Array.isArray(open) || !open.every((i) => typeof i?.number === "number"))
    throw new UnexpectedAnswer("listing the open issues");
  const existing = open.find(
    (i) => !i.pull_request && (i.body ?? "").includes(MARKER)
  );
  const history = [...readHistory(existing?.body), { date: now, ...totals }];
  const body = renderTrackingIssue(matrix, history, runUrl);
  if (existing) {
    await client.rest.issues.update({ ...repo, issue_number: existing.number, body });
    return { number: existing.number, created: false };
  }
  const created = await client.rest.issues.create({
    ...repo,
    title: "Flask \u2192 FastAPI migration: drop-in environments",
    body
  });
  const number = created.data?.number;
  if (typeof number !== "number") throw new UnexpectedAnswer("opening the tracking issue");
  return { number, created: true };
}

// src/main.ts
async function run() {
  enableLinearRegexFallback();
  try {
    const inputs = parseInputs((name) => getInput(name));
    const context = runContext();
    const target = detectTarget(context.eventName, context.payload, context.sha, inputs.mode);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const repo = currentRepository(context);
    const client = inputs.token ? await createClient(
      inputs.token,
      (m) => warning(m),
      requestPolicy(process.env, inputs.apiTimeBudget)
    ) : void 0;
    const remarks = [];
    info(
      `migration-gate: ${target.mode} mode (${target.event || "no event"}) on ${target.headSha || "the working tree"}`
    );
    const auditing = target.mode === "audit" && inputs.repositories !== void 0 || target.mode === "merge";
    let suggest;
    const report = target.mode === "merge" ? await mergeShards(inputs, workspace) : auditing ? await auditListed(client, inputs) : await scanWorkspace(client, repo, target, inputs, workspace, remarks, (s) => suggest = s);
    const failOn = effectiveFailOn(inputs, target.mode);
    await writeReportFiles(report, inputs);
    const checkRun = auditing ? void 0 : await reportToGitHub(client, repo, report, inputs, target, failOn, workspace, remarks);
    if (auditing && inputs.trackingIssue) await updateTrackingIssue(client, repo, report, remarks);
    if (suggest) await suggestChanges(client, repo, target, suggest, remarks);
    if (inputs.summary)
      await writeJobSummary(report, auditing ? {} : { link: blobLink(repo, target) }, remarks);
    setOutputs(report, { ...inputs, ...checkRun?.published ? { checkRunId: checkRun.id } : {} });
    if (gateFails(report, failOn))
      setFailed(
        `${report.ruleset.name}: the migration gate failed (${plural(report.counts.error, "error")}).`
      );
  } catch (error2) {
    if (error2 instanceof CannotJudge) return failWithoutVerdict(error2);
    setFailed(
      isUserError(error2) ? error2.message : `Internal error, please report it: ${error2.stack ?? error2}`
    );
  }
}
async function failWithoutVerdict(error2) {
  const summary2 = `## \u274C The migration gate cannot judge this change

${error2.message}
`;
  try {
    const inputs = parseInputs((name) => getInput(name));
    const context = runContext();
    const target = detectTarget(context.eventName, context.payload, context.sha, inputs.mode);
    const repo = currentRepository(context);
    setOutput("conclusion", "failure");
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
    if (inputs.token && repo && target.headSha && (target.mode === "pr" || target.mode === "push")) {
      const client = await createClient(inputs.token, (m) => warning(m), requestPolicy(process.env, 60));
      const checkRun = await publishCheckRun(client, {
        ...repo,
        name: inputs.checkName,
        headSha: target.headSha,
        conclusion: "failure",
        title: "Gate failed: no verdict could be trusted",
        summary: summary2,
        text: "",
        annotations: []
      });
      if (!checkRun.published) info(`No check run: ${checkRun.reason}.`);
    }
  } finally {
    setFailed(error2.message);
  }
}
async function auditListed(client, inputs) {
  const { auditRepositories } = await import("./audit-run-M3ZYEQ4L.js");
  const report = await auditRepositories(
    client,
    { ...inputs, repositories: inputs.repositories },
    (repository, lines) => {
      startGroup(`audit: ${repository}`);
      for (const line of lines) info(line);
      endGroup();
    }
  );
  if (inputs.patchFile) setOutput("patch-file", inputs.patchFile);
  return report;
}
async function mergeShards(inputs, workspace) {
  const { mergeShardReports } = await import("./shards-I642BQH5.js");
  return mergeShardReports(inputs.reports ?? "", workspace);
}
async function scanWorkspace(client, repo, target, inputs, workspace, remarks, onSuggest) {
  const prefix = repositoryPrefix(workspace, inputs.path);
  const changes = await changesFor(client, repo, target, workspace, remarks);
  if (changes?.files) info(`Changed lines from ${changes.source}.`);
  const trusted = await trustedConfiguration(
    client,
    repo,
    target,
    inputs,
    workspace,
    remarks,
    changes?.files
  );
  const scanned = await scanDirectory({
    directory: inputs.path,
    ...inputs.rules ? { rules: inputs.rules } : {},
    ...inputs.stage ? { stage: inputs.stage } : {},
    ...inputs.today ? { today: inputs.today } : {},
    ...trusted,
    ...changes?.files ? { changes: { base: target.baseSha, files: relativeChanges(changes.files, prefix) } } : changes ? { changes: { base: target.baseSha, unknown: changes.source } } : {},
    ...inputs.changedOnly && changes?.files ? { changedOnly: true } : {},
    ...target.mode === "pr" || target.mode === "push" ? { failClosed: true } : {},
    // The log is not a terminal: a line every few seconds for a long scan.
    onProgress: progressReporter({ write: (line) => info(line.trimEnd()), interactive: false }).tick
  });
  let planned;
  const fixPlan = async () => {
    const { planFixes } = await import("./fix-MQWKEY3I.js");
    const { LocalDirectory } = await import("./local-directory-7RKO6D62.js");
    return planned ??= planFixes(new LocalDirectory(inputs.path), {
      ...trusted.ruleSet ? { ruleSet: trusted.ruleSet } : {},
      ...trusted.rules ? { rules: trusted.rules } : inputs.rules ? { rules: inputs.rules } : {},
      ...inputs.stage ? { stage: inputs.stage } : {},
      ...inputs.today ? { today: inputs.today } : {}
    });
  };
  const files = changes?.files;
  if (target.mode === "pr" && inputs.suggestions && files)
    onSuggest(async () => {
      const { mayHaveSuggestions, suggestionComments } = await import("./suggestions-GRPKEZWK.js");
      const { FIXERS } = await import("./fixers-FJQYKMTJ.js");
      const listed = !scanned.rules.some((r) => r.omitted);
      const kinds = new Set(Object.keys(FIXERS));
      if (listed && !mayHaveSuggestions(scanned.findings, files.keys(), kinds, prefix)) {
        info(
          "No suggested changes to plan: no finding with a fix is in the folders the change touches."
        );
        return [];
      }
      const plan = await fixPlan();
      return suggestionComments(plan.files, plan.fixed, (path) => files.get(path)?.lines, prefix);
    });
  if (inputs.patchFile) {
    const { patchOf } = await import("./patch-O35NSSOP.js");
    const plan = await fixPlan();
    const patch = patchOf(plan.files, prefix);
    await mkdir2(dirname2(inputs.patchFile), { recursive: true });
    await writeFile3(inputs.patchFile, patch);
    info(
      `Patch written to ${inputs.patchFile}: ${plural(plan.fixed.length, "fix", "fixes")} in ${plural(plan.files.length, "file")}, ${plan.notFixed.length} not fixed.`
    );
    setOutput("patch-file", inputs.patchFile);
  }
  if (inputs.sarifFile) {
    const { findingFixes } = await import("./fix-MQWKEY3I.js");
    scanned.fixes = await fixPlan().then(findingFixes).catch((error2) => {
      info(`No fixes in the SARIF file: ${error2.message}`);
      return [];
    });
  }
  return inRepository(scanned, prefix);
}
async function suggestChanges(client, repo, target, suggest, remarks) {
  if (!client || !repo || target.pullNumber === void 0) return;
  if (target.fromFork) {
    info("No suggested changes: a pull request from a fork gets a read-only token.");
    return;
  }
  let comments = [];
  try {
    comments = await suggest();
    const { publishSuggestions } = await import("./suggestions-GRPKEZWK.js");
    info(
      `Suggested changes: ${await publishSuggestions(client, repo, target.pullNumber, target.headSha, comments)}.`
    );
  } catch (error2) {
    const status = statusOf(error2);
    const why = status === 403 ? "403: the token needs `pull-requests: write`" : describeRequestError(error2);
    if (comments.length === 0) info(`Earlier suggested changes were not checked (${why}).`);
    else remarks.push(`The suggested changes were not posted (${why}).`);
  }
}
async function reportToGitHub(client, repo, report, inputs, target, failOn, workspace, remarks) {
  const { annotations, omitted } = checkAnnotations(
    report.findings,
    inputs.annotations,
    (p) => annotatablePath(workspace, p),
    report.forecast?.begins
  );
  if (omitted > 0)
    remarks.push(
      `${omitted} of ${plural(report.findings.length, "finding")} ${omitted === 1 ? "is" : "are"} not annotated (annotation budget ${inputs.annotations}, or no file to annotate); all are in this summary's checklist and the JSON report.`
    );
  let checkRun;
  if (client && repo && target.headSha) {
    const output = checkRunOutput(report, { link: blobLink(repo, target) }, remarks);
    const conclusion = report.conclusion === "success" ? "success" : gateFails(report, failOn) ? "failure" : "neutral";
    checkRun = await publishCheckRun(client, {
      ...repo,
      name: inputs.checkName,
      headSha: target.headSha,
      conclusion,
      annotations,
      ...output
    });
  }
  if (checkRun?.published) {
    info(
      `Check run ${checkRun.id} '${inputs.checkName}' on ${target.headSha}: ${checkRun.annotated} annotations.`
    );
    for (const problem of checkRun.problems) warning(`migration-gate: ${problem}.`);
    return checkRun;
  }
  info(
    `No check run: ${checkRun ? checkRun.reason : "no token, commit or repository to report on"}. Findings are reported as workflow annotations and in the job summary instead; the gate's verdict does not change.`
  );
  const commandOmitted = annotateWithCommands(report);
  if (commandOmitted > 0)
    remarks.push(
      `${plural(commandOmitted, "finding")} ${commandOmitted === 1 ? "is" : "are"} not annotated (GitHub shows 10 workflow annotations per level per step).`
    );
  return checkRun;
}
async function updateTrackingIssue(client, repo, report, remarks) {
  if (!client || !repo) return;
  const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = process.env.GITHUB_RUN_ID ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0;
  try {
    const issue2 = await upsertTrackingIssue(
      client,
      repo,
      environmentMatrix(report),
      auditTotals(report),
      (/* @__PURE__ */ new Date()).toISOString(),
      runUrl
    );
    info(`Tracking issue #${issue2.number} ${issue2.created ? "opened" : "updated"}.`);
  } catch (error2) {
    const status = statusOf(error2);
    remarks.push(
      `The tracking issue was not updated (${status === 403 ? "403: the token needs `issues: write`" : describeRequestError(error2)}).`
    );
  }
}
function blobLink(repo, target) {
  if (!repo || !target.headSha) return void 0;
  const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  return (path, line) => `${server}/${repo.owner}/${repo.repo}/blob/${target.headSha}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
}
function currentRepository(context) {
  try {
    return context.repo;
  } catch {
    return void 0;
  }
}
function gateFails(report, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warning") return report.counts.error + report.counts.warning > 0;
  return report.conclusion === "failure";
}

// src/index.ts
await run();
