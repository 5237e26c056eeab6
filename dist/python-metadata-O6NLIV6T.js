import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  parse
} from "./chunk-LLLNS3OK.js";
import {
  escapeRegex,
  regionOf,
  withPythonTree
} from "./chunk-O63SYX52.js";
import {
  normalizeName,
  parseRequirement
} from "./chunk-QIFTQJHM.js";
import {
  LineIndex
} from "./chunk-X4QDXHRQ.js";
import {
  require_dist
} from "./chunk-YESXCYSA.js";
import {
  __toESM
} from "./chunk-TUQ47QQM.js";

// src/parsers/python-metadata.ts
var import_yaml = __toESM(require_dist(), 1);

// src/parsers/located.ts
var TextLocator = class {
  constructor(text) {
    this.text = text;
    this.lines = new LineIndex(text);
  }
  text;
  lines;
  /**
   * Offset of a TOML/INI section header `[name]`, or 0. Spaces and tabs only around it: `\\s` would
   * cross line ends, and backtrack over every run of blank lines (80,000 of them took 6 s).
   */
  section(name) {
    const escaped = escapeRegex(name);
    const m = new RegExp(`^[ \\t]*\\[[ \\t]*${escaped}[ \\t]*\\]`, "m").exec(this.text);
    return m ? m.index : 0;
  }
  /** Region of the first quoted occurrence of `value` at or after `from` (a key line when `key` is set). */
  find(value, from, key = false) {
    const escaped = escapeRegex(value);
    const re = key ? new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*=`, "gm") : new RegExp(`(["'])${escaped}\\1`, "g");
    re.lastIndex = from;
    const m = re.exec(this.text);
    if (!m) return void 0;
    const start = key ? m.index + (m[0].length - m[0].trimStart().length) : m.index;
    return this.lines.region(start, m.index + m[0].length);
  }
};

// src/parsers/python-metadata.ts
var empty = () => ({ requirements: [], python: [], problems: [] });
function located(text, region) {
  const r = parseRequirement(text);
  return r ? { ...r, region: region ?? { line: 1, column: 1, endLine: 1, endColumn: 1 } } : void 0;
}
function poetryToPep440(constraint) {
  return constraint.split(",").map((part) => {
    const c = part.trim();
    if (c === "*" || c === "") return "";
    const caret = /^\^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(c);
    if (caret) {
      const [major, minor, patch] = [Number(caret[1]), caret[2], caret[3]];
      const upper = major > 0 || minor === void 0 ? `${major + 1}` : Number(minor) > 0 || patch === void 0 ? `0.${Number(minor) + 1}` : `0.0.${Number(patch) + 1}`;
      return `>=${c.slice(1)},<${upper}`;
    }
    const tilde = /^~(\d+)(?:\.(\d+))?/.exec(c);
    if (tilde)
      return `>=${c.slice(1)},<${tilde[2] === void 0 ? Number(tilde[1]) + 1 : `${tilde[1]}.${Number(tilde[2]) + 1}`}`;
    if (/^\d/.test(c)) return `==${c}`;
    return c.replace(/\s+/g, "");
  }).filter(Boolean).join(",");
}
var table = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
function readToml(text, out) {
  try {
    return parse(text);
  } catch (error) {
    out.problems.push(`not valid TOML: ${error.message.split("\n")[0]}`);
    return void 0;
  }
}
function parsePyproject(text) {
  const out = empty();
  const doc = readToml(text, out);
  if (!doc) return out;
  const at = new TextLocator(text);
  const addList = (values, sectionName) => {
    let from = at.section(sectionName);
    for (const v of values) {
      const region = at.find(v, from);
      if (region) from = at.lines.lineStart(region.line);
      const r = located(v, region);
      if (r) out.requirements.push(r);
    }
  };
  const project = table(doc.project);
  if (project) {
    addList(strings(project.dependencies), "project");
    for (const list of Object.values(table(project["optional-dependencies"]) ?? {}))
      addList(strings(list), "project.optional-dependencies");
    if (typeof project["requires-python"] === "string") {
      out.python.push({
        specifier: project["requires-python"],
        region: at.find(project["requires-python"], at.section("project")),
        source: "requires-python"
      });
    }
  }
  for (const list of Object.values(table(doc["dependency-groups"]) ?? {}))
    addList(strings(list), "dependency-groups");
  const uv = table(table(doc.tool)?.uv);
  if (uv) addList(strings(uv["dev-dependencies"]), "tool.uv");
  const poetry = table(table(doc.tool)?.poetry);
  const groups = Object.entries(table(poetry?.group) ?? {}).map(
    ([name, group]) => [`tool.poetry.group.${name}.dependencies`, table(table(group)?.dependencies)]
  );
  for (const [sectionName, deps] of [
    ["tool.poetry.dependencies", table(poetry?.dependencies)],
    ["tool.poetry.dev-dependencies", table(poetry?.["dev-dependencies"])],
    ...groups
  ]) {
    if (!deps) continue;
    const from = at.section(sectionName);
    for (const [name, spec] of Object.entries(deps)) {
      const region = at.find(name, from, true);
      const detail = table(spec);
      const constraint = typeof spec === "string" ? spec : typeof detail?.version === "string" ? detail.version : "*";
      if (name.toLowerCase() === "python") {
        out.python.push({
          specifier: poetryToPep440(constraint),
          ...region ? { region } : {},
          source: "tool.poetry.dependencies.python"
        });
        continue;
      }
      out.requirements.push({
        name,
        normalized: normalizeName(name),
        extras: strings(detail?.extras).map(normalizeName),
        specifier: poetryToPep440(constraint),
        region: region ?? at.lines.region(from, from)
      });
    }
  }
  return out;
}
function parsePipfile(text) {
  const out = empty();
  const doc = readToml(text, out);
  if (!doc) return out;
  const at = new TextLocator(text);
  for (const sectionName of ["packages", "dev-packages"]) {
    const from = at.section(sectionName);
    for (const [name, spec] of Object.entries(table(doc[sectionName]) ?? {})) {
      const detail = table(spec);
      const version2 = typeof spec === "string" ? spec : typeof detail?.version === "string" ? detail.version : "*";
      out.requirements.push({
        name,
        normalized: normalizeName(name),
        extras: strings(detail?.extras).map(normalizeName),
        specifier: version2 === "*" ? "" : version2.replace(/\s+/g, ""),
        region: at.find(name, from, true) ?? at.lines.region(from, from)
      });
    }
  }
  const requires = table(doc.requires);
  const version = requires?.python_full_version ?? requires?.python_version;
  if (typeof version === "string")
    out.python.push({
      version,
      region: at.find(version, at.section("requires")),
      source: "Pipfile [requires]"
    });
  return out;
}
function parseUvLock(text) {
  const out = empty();
  const doc = readToml(text, out);
  if (!doc) return out;
  const at = new TextLocator(text);
  let from = 0;
  const packages = (Array.isArray(doc.package) ? doc.package : []).map(table).filter((p) => typeof p?.name === "string");
  const lockedFor = lockParents(packages);
  for (const p of packages) {
    const name = p.name;
    const region = at.find(name, from);
    if (region) from = at.lines.lineStart(region.line + 1);
    const version = typeof p.version === "string" ? `==${p.version}` : "";
    const parent = lockedFor.get(normalizeName(name));
    out.requirements.push({
      name,
      normalized: normalizeName(name),
      extras: [],
      specifier: version,
      region: region ?? at.lines.region(0, 0),
      ...parent !== void 0 ? { lockedFor: parent } : {}
    });
  }
  if (typeof doc["requires-python"] === "string")
    out.python.push({
      specifier: doc["requires-python"],
      region: at.find(doc["requires-python"], 0),
      source: "uv.lock requires-python"
    });
  return out;
}
function dependencyNames(value) {
  const lists = Array.isArray(value) ? [value] : Object.values(table(value) ?? {});
  return lists.flatMap(
    (list) => (Array.isArray(list) ? list : []).flatMap((d) => {
      const name = table(d)?.name;
      return typeof name === "string" ? [normalizeName(name)] : [];
    })
  );
}
function lockParents(packages) {
  const byName = new Map(packages.map((p) => [normalizeName(p.name), p]));
  const members = packages.filter((p) => {
    const source = table(p.source);
    return source !== void 0 && ("editable" in source || "virtual" in source);
  });
  const parents = /* @__PURE__ */ new Map();
  if (members.length === 0) return parents;
  const own = /* @__PURE__ */ new Set([
    ...members.map((m) => normalizeName(m.name)),
    ...members.flatMap(
      (m) => ["dependencies", "optional-dependencies", "dev-dependencies"].flatMap((key) => dependencyNames(m[key]))
    )
  ]);
  const queue = [...own].map((name) => [name, name]);
  const seen = new Set(own);
  for (let i = 0; i < queue.length; i++) {
    const [name, root] = queue[i];
    const p = byName.get(name);
    if (!p) continue;
    for (const next of [...dependencyNames(p.dependencies), ...dependencyNames(p["optional-dependencies"])]) {
      if (seen.has(next)) continue;
      seen.add(next);
      parents.set(next, byName.get(root)?.name ?? root);
      queue.push([next, root]);
    }
  }
  return parents;
}
function iniEntries(text) {
  const entries = [];
  let section = "";
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (/^\s*([#;]|$)/.test(raw)) return;
    const header = /^\[([^\]]+)\]/.exec(raw);
    if (header) {
      section = header[1].trim();
      return;
    }
    const current = entries[entries.length - 1];
    if (/^\s/.test(raw) && current) {
      current.values.push({ text: raw.trim(), line: i + 1, column: raw.length - raw.trimStart().length + 1 });
      return;
    }
    const separator = raw.search(/[=:]/);
    if (separator < 1 || /[\r\u2028\u2029]/.test(raw.slice(separator + 1).trimStart())) return;
    const value = raw.slice(separator + 1).trim();
    entries.push({
      section,
      key: raw.slice(0, separator).trim(),
      values: value ? [{ text: value, line: i + 1, column: raw.indexOf(value) + 1 }] : []
    });
  });
  return entries;
}
function parseSetupCfg(text) {
  const out = empty();
  for (const entry of iniEntries(text)) {
    const isRequires = entry.section === "options" && entry.key === "install_requires" || entry.section === "options.extras_require";
    if (isRequires) {
      for (const v of entry.values) {
        const r = located(v.text, {
          line: v.line,
          column: v.column,
          endLine: v.line,
          endColumn: v.column + v.text.length
        });
        if (r) out.requirements.push(r);
      }
    }
    if (entry.section === "options" && entry.key === "python_requires" && entry.values[0]) {
      const v = entry.values[0];
      out.python.push({
        specifier: v.text,
        region: { line: v.line, column: v.column, endLine: v.line, endColumn: v.column + v.text.length },
        source: "python_requires"
      });
    }
  }
  return out;
}
function stringValue(node) {
  if (node.type !== "string") return void 0;
  const content = node.namedChildren.filter((c) => c?.type === "string_content");
  if (node.namedChildren.some((c) => c?.type === "interpolation")) return void 0;
  return content.map((c) => c.text).join("");
}
function findSetupCall(root) {
  for (const call of root.descendantsOfType("call")) {
    const callee = call?.childForFieldName("function");
    if (callee && /^(setuptools\.)?setup$/.test(callee.text)) return call;
  }
  return void 0;
}
async function parseSetupPy(text) {
  return withPythonTree(text, (root) => {
    const out = empty();
    const call = findSetupCall(root);
    const args = call?.childForFieldName("arguments")?.namedChildren.filter((a) => a?.type === "keyword_argument") ?? [];
    for (const arg of args) {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (!value) continue;
      const line = value.startPosition.row + 1;
      if (name === "install_requires" || name === "extras_require" || name === "tests_require") {
        const lists = value.type === "dictionary" ? value.namedChildren.filter((p) => p?.type === "pair").map((p) => p.childForFieldName("value")) : [value];
        for (const list of lists) {
          if (!list || list.type !== "list" && list.type !== "tuple") {
            out.problems.push(`${name} is computed at run time (line ${line}); only literal lists are read`);
            continue;
          }
          for (const item of list.namedChildren) {
            if (!item || item.type === "comment") continue;
            const literal = stringValue(item);
            const r = literal === void 0 ? void 0 : located(literal, regionOf(item));
            if (r) out.requirements.push(r);
            else
              out.problems.push(
                `${name} has an entry computed at run time (line ${item.startPosition.row + 1})`
              );
          }
        }
      }
      if (name === "python_requires") {
        const literal = stringValue(value);
        if (literal === void 0)
          out.problems.push(`python_requires is computed at run time (line ${line})`);
        else out.python.push({ specifier: literal, region: regionOf(value), source: "python_requires" });
      }
    }
    return out;
  });
}
function yamlRegion(node, lines) {
  if (!node?.range) return void 0;
  const a = lines.linePos(node.range[0]);
  const b = lines.linePos(node.range[1]);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
function parseCondaSpec(spec) {
  const m = /^(?:[\w.-]+::)?([A-Za-z0-9][\w.-]*)\s*(.*)$/.exec(spec.trim());
  if (!m) return void 0;
  let specifier = m[2].replace(/\s+/g, "");
  if (/^=[^=]/.test(specifier))
    specifier = `==${specifier.slice(1).replace(/\*?$/, "*").replace(/\.?\*$/, ".*")}`;
  else if (/^\d/.test(specifier)) specifier = `==${specifier}`;
  return { name: m[1], specifier: specifier.split("=").length > 3 ? "" : specifier };
}
function parseCondaEnvironment(text) {
  const out = empty();
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  if (doc.errors.length) {
    out.problems.push(`not valid YAML: ${doc.errors[0].message.split("\n")[0]}`);
    return out;
  }
  const deps = (0, import_yaml.isMap)(doc.contents) ? doc.contents.get("dependencies", true) : void 0;
  if (!(0, import_yaml.isSeq)(deps)) return out;
  for (const item of deps.items) {
    if ((0, import_yaml.isScalar)(item) && typeof item.value === "string") {
      const spec = parseCondaSpec(item.value);
      const region = yamlRegion(item, lines);
      if (!spec) continue;
      if (spec.name.toLowerCase() === "python") {
        const version = /^==(\d+\.\d+)/.exec(spec.specifier)?.[1];
        out.python.push({
          ...version ? { version } : { specifier: spec.specifier },
          ...region ? { region } : {},
          source: "conda dependencies"
        });
      } else if (region)
        out.requirements.push({
          name: spec.name,
          normalized: normalizeName(spec.name),
          extras: [],
          specifier: spec.specifier,
          region
        });
    } else if ((0, import_yaml.isMap)(item)) {
      const pip = item.get("pip", true);
      if (!(0, import_yaml.isSeq)(pip)) continue;
      for (const p of pip.items) {
        if ((0, import_yaml.isScalar)(p) && typeof p.value === "string") {
          const r = located(p.value, yamlRegion(p, lines));
          if (r) out.requirements.push(r);
        }
      }
    }
  }
  return out;
}
export {
  parseCondaEnvironment,
  parseCondaSpec,
  parsePipfile,
  parsePyproject,
  parseSetupCfg,
  parseSetupPy,
  parseUvLock,
  poetryToPep440
};
