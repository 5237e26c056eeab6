import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  DEFAULT_PHASE_TITLES,
  commonDirectory,
  compileGlobs,
  globProblem,
  resolveEnforcement
} from "./chunk-25MSMFYY.js";
import {
  appendAll
} from "./chunk-2NCX2ZWH.js";
import {
  PROFILE_NAMES,
  bundledRuleText,
  calendarOrderProblem,
  isProfileName,
  profilePath,
  readStageEntry
} from "./chunk-35E5SWD4.js";
import {
  closest
} from "./chunk-J3ZCB4OI.js";
import {
  ConfigError,
  combineMistakes
} from "./chunk-5OBZHJR5.js";
import {
  STAGES
} from "./chunk-GDWBPA24.js";
import {
  plural
} from "./chunk-7WBFJJUZ.js";
import {
  shellWords
} from "./chunk-JTMZYB4J.js";
import {
  escapeRegex,
  regionOf,
  withPythonTree
} from "./chunk-Z7DEGM5F.js";
import {
  eggName,
  inRanges,
  normalizeName,
  outermost,
  parseRequirement
} from "./chunk-KWNSDTA3.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TUQ47QQM.js";

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid,
      clean,
      explain,
      parse,
      stringify
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify(parse(version, cleanRegex));
    }
    function parse(version, regex) {
      const { groups } = (regex || validRegex).exec(version) || {};
      if (!groups) {
        return null;
      }
      const parsed = {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      };
      return parsed;
    }
    function stringify(parsed) {
      if (!parsed) {
        return null;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      const parts = [];
      if (epoch !== 0) {
        parts.push(`${epoch}!`);
      }
      parts.push(release.join("."));
      if (pre) {
        parts.push(pre.join(""));
      }
      if (post) {
        parts.push("." + post.join(""));
      }
      if (dev) {
        parts.push("." + dev.join(""));
      }
      if (local) {
        parts.push(`+${local}`);
      }
      return parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn;
      let number = numberIn;
      if (letter) {
        if (!number) {
          number = 0;
        }
        letter = letter.toLowerCase();
        if (letter === "alpha") {
          letter = "a";
        } else if (letter === "beta") {
          letter = "b";
        } else if (["c", "pre", "preview"].includes(letter)) {
          letter = "rc";
        } else if (["rev", "r"].includes(letter)) {
          letter = "post";
        }
        return [letter, Number(number)];
      }
      if (!letter && number) {
        letter = "post";
        return [letter, Number(number)];
      }
      return null;
    }
    function parse_local_version(local) {
      if (local) {
        return local.split(/[._-]/).map(
          (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
        );
      }
      return null;
    }
    function explain(version) {
      const parsed = parse(version);
      if (!parsed) {
        return parsed;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      let base_version = "";
      if (epoch !== 0) {
        base_version += epoch + "!";
      }
      base_version += release.join(".");
      const is_prerelease = Boolean(dev || pre);
      const is_devrelease = Boolean(dev);
      const is_postrelease = Boolean(post);
      return {
        epoch,
        release,
        pre,
        post: post ? post[1] : post,
        dev: dev ? dev[1] : dev,
        local: local ? local.join(".") : local,
        public: stringify(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse } = require_version();
    module.exports = {
      compare,
      rcompare,
      lt,
      le,
      eq,
      ne,
      ge,
      gt,
      "<": lt,
      "<=": le,
      "==": eq,
      "!=": ne,
      ">=": ge,
      ">": gt,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare(version, other) < 0;
    }
    function le(version, other) {
      return compare(version, other) <= 0;
    }
    function eq(version, other) {
      return compare(version, other) === 0;
    }
    function ne(version, other) {
      return compare(version, other) !== 0;
    }
    function ge(version, other) {
      return compare(version, other) >= 0;
    }
    function gt(version, other) {
      return compare(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare(version, other) {
      const parsedVersion = parse(version);
      const parsedOther = parse(other);
      const keyVersion = calculateKey(parsedVersion);
      const keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn;
      let other = otherIn;
      if (elem === other) {
        return 0;
      }
      if (Array.isArray(elem) !== Array.isArray(other)) {
        elem = Array.isArray(elem) ? elem : [elem];
        other = Array.isArray(other) ? other : [other];
      }
      if (Array.isArray(elem)) {
        const len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          const res = pyCompare(elem[i], other[i]);
          if (res !== 0) {
            return res;
          }
        }
        return elem.length - other.length;
      }
      if (elem === -Infinity || other === Infinity) {
        return -1;
      }
      if (elem === Infinity || other === -Infinity) {
        return 1;
      }
      return elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      const { epoch } = input;
      let { release, pre, post, local, dev } = input;
      release = release.concat();
      release.reverse();
      while (release.length && release[0] === 0) {
        release.shift();
      }
      release.reverse();
      if (!pre && !post && dev) pre = -Infinity;
      else if (!pre) pre = Infinity;
      if (!post) post = -Infinity;
      if (!dev) dev = Infinity;
      if (!local) {
        local = -Infinity;
      } else {
        local = local.map(
          (i) => Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ""]
        );
      }
      return [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version();
    var Operator = require_operator();
    var RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse,
      satisfies: satisfies2,
      filter,
      validRange,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
    var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse(ranges) {
      if (!ranges.trim()) {
        return [];
      }
      const specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups }) => {
        if (!groups) {
          return null;
        }
        let { ...spec } = groups;
        const { operator, version, prefix, legacy } = groups;
        if (version) {
          spec = { ...spec, ...explainVersion(version) };
          if (operator === "~=") {
            if (spec.release.length < 2) {
              return null;
            }
          }
          if (!isEqualityOperator(operator) && spec.local) {
            return null;
          }
          if (prefix) {
            if (!isEqualityOperator(operator) || spec.dev || spec.local) {
              return null;
            }
          }
        }
        if (legacy && operator !== "===") {
          return null;
        }
        return spec;
      });
      if (specifiers.filter(Boolean).length !== specifiers.length) {
        return null;
      }
      return specifiers;
    }
    function filter(versions, specifier, options = {}) {
      const filtered = pick(versions, specifier, options);
      if (filtered.length === 0 && options.prereleases === void 0) {
        return pick(versions, specifier, { prereleases: true });
      }
      return filtered;
    }
    function maxSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick(versions, specifier, options) {
      const parsed = parse(specifier);
      if (!parsed) {
        return [];
      }
      return versions.filter((version) => {
        const explained = explainVersion(version);
        if (!parsed.length) {
          return explained && !(explained.is_prerelease && !options.prereleases);
        }
        return parsed.reduce((pass, spec) => {
          if (!pass) {
            return false;
          }
          return contains2({ ...spec, ...options }, { version, explained });
        }, true);
      });
    }
    function satisfies2(version, specifier, options = {}) {
      const filtered = pick([version], specifier, options);
      return filtered.length === 1;
    }
    function arrayStartsWith(array, prefix) {
      if (prefix.length > array.length) {
        return false;
      }
      for (let i = 0; i < prefix.length; i += 1) {
        if (prefix[i] !== array[i]) {
          return false;
        }
      }
      return true;
    }
    function contains2(specifier, input) {
      const { explained } = input;
      let { version } = input;
      const { ...spec } = specifier;
      if (spec.prereleases === void 0) {
        spec.prereleases = spec.is_prerelease;
      }
      if (explained && explained.is_prerelease && !spec.prereleases) {
        return false;
      }
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        if (spec.epoch) {
          compatiblePrefix = spec.epoch + "!" + compatiblePrefix;
        }
        return satisfies2(version, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        const isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
        const isEquality = spec.operator !== "!=";
        return isEquality ? isMatching : !isMatching;
      }
      if (explained) {
        if (explained.local && spec.version) {
          version = explained.public;
          spec.version = explainVersion(spec.version).public;
        }
      }
      if (spec.operator === "<" || spec.operator === ">") {
        if (Operator.eq(spec.release.join("."), explained.release.join("."))) {
          return false;
        }
      }
      const op = Operator[spec.operator];
      return op(version, spec.version || spec.legacy);
    }
    function validRange(specifier) {
      return Boolean(parse(specifier));
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain, parse, stringify } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      return version.release[0];
    }
    function minor(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 2) {
        return 0;
      }
      return version.release[1];
    }
    function patch(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 3) {
        return 0;
      }
      return version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || `a`;
      const version = parse(input);
      if (!version) {
        return null;
      }
      if (!["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      )) {
        return null;
      }
      switch (release) {
        case "premajor":
          {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "preminor":
          {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prepatch":
          {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
            version.pre = [identifier, 0];
          } else {
            if (preReleaseIdentifier === void 0 && version.pre !== null) {
              [identifier] = version.pre;
            }
            const [letter, number] = version.pre;
            if (letter === identifier) {
              version.pre = [letter, number + 1];
            } else {
              version.pre = [identifier, 0];
            }
          }
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        default:
          return null;
      }
      return stringify(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid, clean, explain, parse } = require_version();
    var { lt, le, eq, ne, ge, gt, compare, rcompare } = require_operator();
    var {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies2,
      validRange
    } = require_specifier();
    var { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid,
      clean,
      explain,
      parse,
      // operator
      lt,
      le,
      lte: le,
      eq,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt,
      compare,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies2,
      validRange,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// src/deps/file-types.ts
function fileTypeOf(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/^Dockerfile(\..+)?$|\.dockerfile$/i.test(name)) return "dockerfile";
  if (/(^|[-_.])(requirements|constraints)([-_.].*)?\.(txt|in)$/i.test(name)) return "requirements";
  if (name === "pyproject.toml") return "pyproject";
  if (name === "setup.py") return "setup.py";
  if (name === "setup.cfg") return "setup.cfg";
  if (name === "Pipfile") return "pipfile";
  if (name === "uv.lock") return "uv.lock";
  if (/^(environment|conda)([-_.].*)?\.ya?ml$/i.test(name)) return "conda";
  if (name === ".python-version") return "python-version";
  if (name === "runtime.txt") return "runtime.txt";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  return void 0;
}

// src/deps/collect.ts
import { posix } from "node:path";

// src/parsers/requirements.ts
function logicalLines(text) {
  const physical = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    const parts = [physical[i]];
    while (parts[parts.length - 1].endsWith("\\") && i + 1 < physical.length) {
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      parts.push(physical[++i]);
    }
    const joined = parts.join(" ");
    const withoutComment = joined.replace(/(^|\s)#.*$/, "");
    const leading = withoutComment.length - withoutComment.trimStart().length;
    if (withoutComment.trim())
      out.push({ line: start + 1, column: leading + 1, text: withoutComment.trim() });
  }
  return out;
}
var INCLUDE = /^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/;
var EDITABLE = /^(-e|--editable)(?:\s*=\s*|\s+)(\S+)/;
function parseRequirementsFile(text) {
  const result = { requirements: [], includes: [], unparsed: [] };
  for (const { line, column, text: entry } of logicalLines(text)) {
    const include2 = INCLUDE.exec(entry);
    if (include2) {
      result.includes.push({
        kind: include2[1].includes("c") ? "constraint" : "requirement",
        target: include2[2],
        line
      });
      continue;
    }
    const editable = EDITABLE.exec(entry);
    const body = editable ? editable[2] : entry.replace(/\s--?[a-z][\w-]*(=\S*|\s+\S+)?/g, "").trim();
    if (!editable && body.startsWith("-")) continue;
    const region = { line, column, endLine: line, endColumn: column + entry.length };
    const requirement = requirementFromEntry(body);
    if (requirement) result.requirements.push({ ...requirement, region });
    else if (!/^[./]|^\w+:/.test(body)) result.unparsed.push({ line, text: entry });
  }
  return result;
}
function requirementFromEntry(body) {
  const direct = /^(\w+\+)?(https?|file|ssh|git):/.test(body) || body.startsWith(".") || body.startsWith("/");
  if (direct) {
    const egg = eggName(body);
    return egg ? { name: egg, normalized: normalizeName(egg), extras: [], specifier: "", url: body } : void 0;
  }
  return parseRequirement(body);
}

// src/deps/collect.ts
var MAX_INCLUDE_DEPTH = 20;
function dockerfileInfo(tree, path) {
  return tree.memo(`dockerfile:${path}`, async () => {
    const file = await tree.read(path);
    if (!file) return void 0;
    const { parseDockerfile } = await import("./dockerfile-P3QMPR4Y.js");
    return parseDockerfile(file.text);
  });
}
var METADATA_TYPES = ["pyproject", "pipfile", "uv.lock", "setup.cfg", "conda"];
var isMetadataType = (type) => METADATA_TYPES.includes(type);
function packageMetadata(tree, path) {
  return tree.memo(`metadata:${path}`, async () => {
    const type = fileTypeOf(path);
    if (type !== "setup.py" && !isMetadataType(type)) return void 0;
    const file = await tree.read(path);
    if (!file) return void 0;
    const { parseCondaEnvironment, parsePipfile, parsePyproject, parseSetupCfg, parseSetupPy, parseUvLock } = await import("./python-metadata-3OFZRJBE.js");
    const readers = {
      pyproject: parsePyproject,
      pipfile: parsePipfile,
      "uv.lock": parseUvLock,
      "setup.cfg": parseSetupCfg,
      conda: parseCondaEnvironment
    };
    const metadata = type === "setup.py" ? await parseSetupPy(file.text) : readers[type](file.text);
    for (const problem of metadata.problems) tree.note({ path, message: problem });
    return metadata;
  });
}
function declaredRequirements(tree, path) {
  return tree.memo(`requirements:${path}`, () => collect(tree, path, [], 0));
}
async function collect(tree, path, chain, depth, asRequirements = false) {
  const type = asRequirements ? "requirements" : fileTypeOf(path);
  const own = (reqs) => reqs.map((r) => ({ ...r, path }));
  if (type === "dockerfile") {
    const info = await dockerfileInfo(tree, path);
    if (!info) return [];
    const out = own(info.requirements);
    const dir = posix.dirname(path);
    for (const ref of info.requirementFiles) {
      const target = resolveDockerRequirementFile(tree, dir, ref.contextPath, ref.containerPath);
      if (!target) {
        tree.note({
          path,
          line: ref.line,
          message: `pip installs ${ref.containerPath}, which is not a file of the build context (assumed to be the Dockerfile's folder); its packages are not checked`
        });
        continue;
      }
      appendAll(out, await include(tree, target, path, ref.line, chain, depth));
    }
    return out;
  }
  if (type === "requirements") {
    const file = await tree.read(path);
    if (!file) return [];
    const parsed = parseRequirementsFile(file.text);
    const out = own(parsed.requirements);
    for (const inc of parsed.includes) {
      if (inc.kind === "constraint") continue;
      const target = posix.normalize(posix.join(posix.dirname(path), inc.target));
      appendAll(out, await include(tree, target, path, inc.line, chain, depth));
    }
    return out;
  }
  const metadata = await packageMetadata(tree, path);
  return metadata ? own(metadata.requirements) : [];
}
async function include(tree, target, from, line, chain, depth) {
  if (chain.includes(target) || target === from) {
    tree.note({
      path: from,
      line,
      message: `includes ${target}, which includes it back (a cycle); followed once`
    });
    return [];
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    tree.note({
      path: from,
      line,
      message: `includes nest deeper than ${MAX_INCLUDE_DEPTH} files; ${target} not followed`
    });
    return [];
  }
  if (!tree.exists(target)) {
    tree.note({ path: from, line, message: `includes ${target}, which does not exist` });
    return [];
  }
  return collect(tree, target, [...chain, from], depth + 1, true);
}
function resolveDockerRequirementFile(tree, dir, contextPath, containerPath) {
  const candidates = [
    ...contextPath ? [posix.normalize(posix.join(dir, contextPath))] : [],
    posix.normalize(posix.join(dir, posix.basename(containerPath)))
  ];
  return candidates.find((c) => tree.exists(c));
}

// node_modules/@eslint-community/regexpp/index.mjs
var latestEcmaVersion = 2025;
var largeIdStartRanges = void 0;
var largeIdContinueRanges = void 0;
function isIdStart(cp) {
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp);
}
function isIdContinue(cp) {
  if (cp < 48)
    return false;
  if (cp < 58)
    return true;
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp === 95)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp) || isLargeIdContinue(cp);
}
function isLargeIdStart(cp) {
  return isInRange(cp, largeIdStartRanges !== null && largeIdStartRanges !== void 0 ? largeIdStartRanges : largeIdStartRanges = initLargeIdStartRanges());
}
function isLargeIdContinue(cp) {
  return isInRange(cp, largeIdContinueRanges !== null && largeIdContinueRanges !== void 0 ? largeIdContinueRanges : largeIdContinueRanges = initLargeIdContinueRanges());
}
function initLargeIdStartRanges() {
  return restoreRanges("4q 0 b 0 5 0 6 m 2 u 2 cp 5 b f 4 8 0 2 0 3m 4 2 1 3 3 2 0 7 0 2 2 2 0 2 j 2 2a 2 3u 9 4l 2 11 2 1 7 14 3 1 1w q 5 3 1a 16 10 1 2 2q 2 0 g 1 8 1 b 2 3 0 h 0 2 t u 2g c 0 p w a 1 5 0 6 l 5 0 a 0 4 0 o o 8 a 6 n 2 6 h 15 1n 1h 4 0 j 0 8 9 g f 5 7 3 1 3 l 2 6 2 0 4 3 4 0 h 0 e 1 2 2 f 1 b 0 9 5 5 1 3 l 2 6 2 1 2 1 2 1 w 3 2 0 k 2 h 8 2 2 2 l 2 6 2 1 2 4 4 0 j 0 g 1 o 0 c 7 3 1 3 l 2 6 2 1 2 4 4 0 v 1 2 2 g 0 i 0 2 5 4 2 2 3 4 1 2 0 2 1 4 1 4 2 4 b n 0 1h 7 2 2 2 m 2 f 4 0 r 2 2 1 3 1 v 0 5 7 2 2 2 m 2 9 2 4 4 0 v 2 2 1 g 1 i 8 2 2 2 14 3 0 h 0 6 2 9 2 p 5 6 h 4 n 2 8 2 0 3 6 1n 1b 2 1 d 6 1n 1 2 0 2 4 2 n 2 0 2 9 2 1 a 0 3 4 2 0 m 3 x 0 1s 7 2 z s 4 38 16 l 0 h 5 5 3 4 0 4 1 8 2 5 c d 0 i 11 2 0 6 0 3 16 2 98 2 3 3 6 2 0 2 3 3 14 2 3 3 w 2 3 3 6 2 0 2 3 3 e 2 1k 2 3 3 1u 12 f h 2d 3 5 4 h7 3 g 2 p 6 22 4 a 8 h e i f h f c 2 2 g 1f 10 0 5 0 1w 2g 8 14 2 0 6 1x b u 1e t 3 4 c 17 5 p 1j m a 1g 2b 0 2m 1a i 7 1j t e 1 b 17 r z 16 2 b z 3 a 6 16 3 2 16 3 2 5 2 1 4 0 6 5b 1t 7p 3 5 3 11 3 5 3 7 2 0 2 0 2 0 2 u 3 1g 2 6 2 0 4 2 2 6 4 3 3 5 5 c 6 2 2 6 39 0 e 0 g g 2r 0 5 0 3 9 2 0 3 5 7 0 2 0 2 0 2 f 3 3 6 4 5 0 i 14 22g 6c 7 3 4 1 d 11 2 0 6 0 3 1j 8 0 h m a 6 2 6 2 6 2 6 2 6 2 6 2 6 2 6 fb 2 q 8 8 4 3 4 5 2d 5 4 2 2h 2 3 6 16 2 2l i v 1d f e9 533 1t h3g 1w 19 3 7g 4 f b 1 l 1a h u 3 27 14 8 3 2u 3 2a 5 0 f g 2 2 2 3 2 m u 1f f 1d 1r 5 4 0 2 1 c r b m q s 8 1a t 0 h 4 2 9 b 4 2 14 o 2 2 7 l m 4 0 4 1d 2 0 4 1 3 4 3 0 2 0 p 2 3 a 8 2 d 5 3 5 3 5 a 6 2 6 2 16 2 d 3 1 3 36 u 8mb d m 5 1c 6it a5 3 2x 13 6 d 4 6 0 2 9 2 c 2 4 2 0 2 1 2 1 2 2z y a2 j 1r 3 1h 15 b 39 4 2 3q 11 p 7 p c 2g 4 5 3 5 3 5 3 2 10 b 2 p 2 i 2 1 2 e 3 d z 3e 1y 1g 7g s 4 1c 1c v e t 6 11 b t 3 z 5 7 2 4 17 4d j z 5 z 5 13 9 1f d a 2 e 2 6 2 1 2 a 2 e 2 6 2 1 4 1f d 8m a l b 7 p 5 2 15 2 d 1t 5 3 0 2 17 2 1 4 0 3 m b m a u 1u i 2 1 b l b p 7 p 13 1j 7 1 1t 0 g 3 2 2 2 s 17 s 4 s 10 7 2 r s 1h b l b i e h 33 20 1k 1e e 1e e z 13 r a m 6z 15 7 1 h 5 i l i s b 0 9 l 17 h 1b k s m d 1g 1m 1 3 0 e 18 x o r z u 0 3 0 9 y 4 0 d 1b f 3 m 0 2 0 10 h 2 o k 1 1s 6 2 0 2 3 2 e 2 9 8 1a 13 7 3 1 3 l 2 6 2 1 2 4 4 0 j 0 d 4 v 9 2 0 3 0 2 11 2 0 q 0 2 0 19 1g j 3 l 2 v 1b l 1 2 0 55 1a 16 3 11 1b l 0 1o 16 e 0 20 q 12 6 56 17 39 1r w 7 3 0 3 7 2 1 2 n g 0 2 0 2n 7 3 12 h 0 2 0 t 0 b 13 8 0 m 0 c 19 k 0 j 20 i 0 52 w w 8 2 10 i 0 1e t 35 6 2 1 2 11 m 0 q 5 2 1 2 v f 0 o 17 m 0 6n i g 0 2 c 2 x 3h 0 28 pl 2v 33 6 5q d 8m 1sa 2o g tr i 5 q 32y 6 g6 5a2 t 1cz fs 8 u i 26 i t j 1b h 3 w k 6 i c1 18 5w 1r x o 3 o 19 22 6 0 1v c 1t 1 2 0 f 4 a 5p6 11 x 2o 36 e pd f 1e 5y6 3 2 6 2 1 2 88 a 0 u 2 3 0 f 4 8 az 1s5 2y 6 c 4 8 8 9 4mf 2c 2 1y 2 1 3 0 3 1 3 3 2 b 2 0 2 6 2 1s 2 3 3 7 2 6 2 r 2 3 2 4 2 0 4 6 2 9g 2 o 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 7 1f9 3l f 6 1j 1e 1d 1p 43 18 b 6 h 0 8y t j 17 dh r 6d t 3 0 5s u 2 2 2 1 2 6 3 4 a 1 69 6 2 3 2 1 2 e 2 5g 1o 1v 8 0 xh 3 2 q 2 1 2 0 3 0 2 9 2 3 2 0 2 0 7 0 5 0 2 0 2 0 2 2 2 1 2 0 3 0 2 0 2 0 2 0 2 0 2 1 2 0 3 3 2 6 2 3 2 3 2 0 2 9 2 g 6 2 2 4 2 g 3et wyn x 3dq 2 4gd 3 5rk g h9 1wj f1 15v 3t6 6 6jt upz 8qn");
}
function initLargeIdContinueRanges() {
  return restoreRanges("53 0 g9 33 o 0 70 4 7e 18 2 0 2 1 2 1 2 2 1z a 1d u 7 0 2u 6 3 5 3 1 2 3 3 9 o 0 v q 2k a g 9 y 8 a 0 p 3 2 8 2 2 2 4 18 2 1o 8 17 n 2 w 1j 2 2 h 2 6 b 1 3 9 i 2 1l 0 2 6 3 1 3 2 a 0 b 1 3 9 f 0 3 2 1l 0 2 4 5 1 3 2 4 0 l b 4 0 c 2 1l 0 2 7 2 2 2 2 l 1 3 9 b 5 2 2 1l 0 2 6 3 1 3 2 6 4 b 1 3 9 j 0 1o 4 4 2 2 3 a 0 f 9 h 4 1k 0 2 6 2 2 2 3 8 1 c 1 3 9 i 2 1l 0 2 6 2 2 2 3 8 1 c 1 3 9 4 0 d 3 1k 1 2 6 2 2 2 3 a 0 b 1 3 9 i 2 1z 0 5 5 2 0 2 7 7 9 3 1 1q 0 3 6 d 7 2 9 2g 0 3 8 c 6 2 9 1r 1 7 9 c 0 2 0 2 0 5 1 1e j 2 1 6 a 2 z a 0 2t j 2 9 d 3 5 2 2 2 3 6 4 3 e b 2 e jk 2 a 8 pt 3 t 2 u 1 v 1 1t v a 0 3 9 y 2 2 a 40 0 3b b 5 b b 9 3l a 1p 4 1m 9 2 s 3 a 7 9 n d 2 1d g 4 1c g c 9 i 8 d 2 v c 3 9 19 d 1d j 9 9 7 9 3b 2 2 k 5 0 7 0 3 2 5j 1r el 1 1e 1 k 0 3g c 5 0 4 b 2db 2 3y 0 2p v ff 5 2y 1 2p 0 n51 9 1y 0 5 9 x 1 29 1 7l 0 4 0 5 0 o 4 5 0 2c 1 1f h b 9 7 h e a t 7 q c 19 3 1c d g 9 c 0 b 9 1c d d 0 9 1 3 9 y 2 1f 0 2 2 3 1 6 1 2 0 16 4 6 1 6l 7 2 1 3 9 fmt 0 ki f h f 4 1 p 2 5d 9 12 0 12 0 ig 0 6b 0 46 4 86 9 120 2 2 1 6 3 15 2 5 0 4m 1 fy 3 9 9 7 9 w 4 8u 1 v 4 x f 1z a 1e 3 3f 2 1i e w a 3 1 b 3 1a a 8 0 1a 9 7 2 11 d 2 9 6 1 19 0 d 2 1d d 9 3 2 b 2b b 7 0 3 0 4e b 6 9 7 3 1k 1 2 6 3 1 3 2 a 0 b 1 3 6 4 4 1w 8 2 0 3 0 2 3 2 4 2 0 f 1 2b h a 9 5 0 2a j d 9 5y 6 3 8 s 1 2b g g 9 2a c 9 9 7 j 1m e 5 9 6r e 4m 9 1z 5 2 1 3 3 2 0 2 1 d 9 3c 6 3 6 4 0 t 9 15 6 2 3 9 0 a a 1b f 5j 7 3t 9 1i 7 2 7 h 9 1l l 2 d 3f 5 4 0 2 1 2 6 2 0 9 9 1d 4 2 1 2 4 9 9 1j 9 7 0 77 3 a 1 2 0 1d 6 4 4 e a 44m 0 7 e 8uh r 1t3 9 2f 9 13 4 1o 6 q 9 ev 9 d2 0 2 1i 8 3 2a 0 c 1 f58 1 382 9 ef 19 3 m dd 1 1p 4 4 5 9 7 3 6 v 3 45 2 c 2 9 1 3 0 x 1 11p 1d e9 1i 5 1d 9 0 f 0 n 4 2 e 11t 6 2 g 3 6 2 1 2 4 2t 0 4h 6 a 9 9x 0 1q d dv d 6t 1 2 9 6h 0 3 0 8 1 6 0 d7 6 32 6 6 9 3o7 9 gvt3 6n");
}
function isInRange(cp, ranges) {
  let l = 0, r = ranges.length / 2 | 0, i = 0, min = 0, max = 0;
  while (l < r) {
    i = (l + r) / 2 | 0;
    min = ranges[2 * i];
    max = ranges[2 * i + 1];
    if (cp < min) {
      r = i;
    } else if (cp > max) {
      l = i + 1;
    } else {
      return true;
    }
  }
  return false;
}
function restoreRanges(data) {
  let last = 0;
  return data.split(" ").map((s) => last += parseInt(s, 36) | 0);
}
var DataSet = class {
  constructor(raw2018, raw2019, raw2020, raw2021, raw2022, raw2023, raw2024, raw2025, raw2026) {
    this._raw2018 = raw2018;
    this._raw2019 = raw2019;
    this._raw2020 = raw2020;
    this._raw2021 = raw2021;
    this._raw2022 = raw2022;
    this._raw2023 = raw2023;
    this._raw2024 = raw2024;
    this._raw2025 = raw2025;
    this._raw2026 = raw2026;
  }
  get es2018() {
    var _a;
    return (_a = this._set2018) !== null && _a !== void 0 ? _a : this._set2018 = new Set(this._raw2018.split(" "));
  }
  get es2019() {
    var _a;
    return (_a = this._set2019) !== null && _a !== void 0 ? _a : this._set2019 = new Set(this._raw2019.split(" "));
  }
  get es2020() {
    var _a;
    return (_a = this._set2020) !== null && _a !== void 0 ? _a : this._set2020 = new Set(this._raw2020.split(" "));
  }
  get es2021() {
    var _a;
    return (_a = this._set2021) !== null && _a !== void 0 ? _a : this._set2021 = new Set(this._raw2021.split(" "));
  }
  get es2022() {
    var _a;
    return (_a = this._set2022) !== null && _a !== void 0 ? _a : this._set2022 = new Set(this._raw2022.split(" "));
  }
  get es2023() {
    var _a;
    return (_a = this._set2023) !== null && _a !== void 0 ? _a : this._set2023 = new Set(this._raw2023.split(" "));
  }
  get es2024() {
    var _a;
    return (_a = this._set2024) !== null && _a !== void 0 ? _a : this._set2024 = new Set(this._raw2024.split(" "));
  }
  get es2025() {
    var _a;
    return (_a = this._set2025) !== null && _a !== void 0 ? _a : this._set2025 = new Set(this._raw2025.split(" "));
  }
  get es2026() {
    var _a;
    return (_a = this._set2026) !== null && _a !== void 0 ? _a : this._set2026 = new Set(this._raw2026.split(" "));
  }
};
var gcNameSet = /* @__PURE__ */ new Set(["General_Category", "gc"]);
var scNameSet = /* @__PURE__ */ new Set(["Script", "Script_Extensions", "sc", "scx"]);
var gcValueSets = new DataSet("C Cased_Letter Cc Cf Close_Punctuation Cn Co Combining_Mark Connector_Punctuation Control Cs Currency_Symbol Dash_Punctuation Decimal_Number Enclosing_Mark Final_Punctuation Format Initial_Punctuation L LC Letter Letter_Number Line_Separator Ll Lm Lo Lowercase_Letter Lt Lu M Mark Math_Symbol Mc Me Mn Modifier_Letter Modifier_Symbol N Nd Nl No Nonspacing_Mark Number Open_Punctuation Other Other_Letter Other_Number Other_Punctuation Other_Symbol P Paragraph_Separator Pc Pd Pe Pf Pi Po Private_Use Ps Punctuation S Sc Separator Sk Sm So Space_Separator Spacing_Mark Surrogate Symbol Titlecase_Letter Unassigned Uppercase_Letter Z Zl Zp Zs cntrl digit punct", "", "", "", "", "", "", "", "");
var scValueSets = new DataSet("Adlam Adlm Aghb Ahom Anatolian_Hieroglyphs Arab Arabic Armenian Armi Armn Avestan Avst Bali Balinese Bamu Bamum Bass Bassa_Vah Batak Batk Beng Bengali Bhaiksuki Bhks Bopo Bopomofo Brah Brahmi Brai Braille Bugi Buginese Buhd Buhid Cakm Canadian_Aboriginal Cans Cari Carian Caucasian_Albanian Chakma Cham Cher Cherokee Common Copt Coptic Cprt Cuneiform Cypriot Cyrillic Cyrl Deseret Deva Devanagari Dsrt Dupl Duployan Egyp Egyptian_Hieroglyphs Elba Elbasan Ethi Ethiopic Geor Georgian Glag Glagolitic Gonm Goth Gothic Gran Grantha Greek Grek Gujarati Gujr Gurmukhi Guru Han Hang Hangul Hani Hano Hanunoo Hatr Hatran Hebr Hebrew Hira Hiragana Hluw Hmng Hung Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Ital Java Javanese Kaithi Kali Kana Kannada Katakana Kayah_Li Khar Kharoshthi Khmer Khmr Khoj Khojki Khudawadi Knda Kthi Lana Lao Laoo Latin Latn Lepc Lepcha Limb Limbu Lina Linb Linear_A Linear_B Lisu Lyci Lycian Lydi Lydian Mahajani Mahj Malayalam Mand Mandaic Mani Manichaean Marc Marchen Masaram_Gondi Meetei_Mayek Mend Mende_Kikakui Merc Mero Meroitic_Cursive Meroitic_Hieroglyphs Miao Mlym Modi Mong Mongolian Mro Mroo Mtei Mult Multani Myanmar Mymr Nabataean Narb Nbat New_Tai_Lue Newa Nko Nkoo Nshu Nushu Ogam Ogham Ol_Chiki Olck Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_South_Arabian Old_Turkic Oriya Orkh Orya Osage Osge Osma Osmanya Pahawh_Hmong Palm Palmyrene Pau_Cin_Hau Pauc Perm Phag Phags_Pa Phli Phlp Phnx Phoenician Plrd Prti Psalter_Pahlavi Qaac Qaai Rejang Rjng Runic Runr Samaritan Samr Sarb Saur Saurashtra Sgnw Sharada Shavian Shaw Shrd Sidd Siddham SignWriting Sind Sinh Sinhala Sora Sora_Sompeng Soyo Soyombo Sund Sundanese Sylo Syloti_Nagri Syrc Syriac Tagalog Tagb Tagbanwa Tai_Le Tai_Tham Tai_Viet Takr Takri Tale Talu Tamil Taml Tang Tangut Tavt Telu Telugu Tfng Tglg Thaa Thaana Thai Tibetan Tibt Tifinagh Tirh Tirhuta Ugar Ugaritic Vai Vaii Wara Warang_Citi Xpeo Xsux Yi Yiii Zanabazar_Square Zanb Zinh Zyyy", "Dogr Dogra Gong Gunjala_Gondi Hanifi_Rohingya Maka Makasar Medefaidrin Medf Old_Sogdian Rohg Sogd Sogdian Sogo", "Elym Elymaic Hmnp Nand Nandinagari Nyiakeng_Puachue_Hmong Wancho Wcho", "Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi", "Cpmn Cypro_Minoan Old_Uyghur Ougr Tangsa Tnsa Toto Vith Vithkuqi", "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Jurc Jurchen Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Pcun Proto_Cuneiform Seal Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz", "", "", "");
var binPropertySets = new DataSet("AHex ASCII ASCII_Hex_Digit Alpha Alphabetic Any Assigned Bidi_C Bidi_Control Bidi_M Bidi_Mirrored CI CWCF CWCM CWKCF CWL CWT CWU Case_Ignorable Cased Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded Changes_When_Titlecased Changes_When_Uppercased DI Dash Default_Ignorable_Code_Point Dep Deprecated Dia Diacritic Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Ext Extender Gr_Base Gr_Ext Grapheme_Base Grapheme_Extend Hex Hex_Digit IDC IDS IDSB IDST IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideo Ideographic Join_C Join_Control LOE Logical_Order_Exception Lower Lowercase Math NChar Noncharacter_Code_Point Pat_Syn Pat_WS Pattern_Syntax Pattern_White_Space QMark Quotation_Mark RI Radical Regional_Indicator SD STerm Sentence_Terminal Soft_Dotted Term Terminal_Punctuation UIdeo Unified_Ideograph Upper Uppercase VS Variation_Selector White_Space XIDC XIDS XID_Continue XID_Start space", "Extended_Pictographic", "", "EBase EComp EMod EPres ExtPict", "", "", "", "", "");
var binPropertyOfStringsSets = new DataSet("", "", "", "", "", "", "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji RGI_Emoji_Flag_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence", "", "");
function isValidUnicodeProperty(version, name, value) {
  if (gcNameSet.has(name)) {
    return version >= 2018 && gcValueSets.es2018.has(value);
  }
  if (scNameSet.has(name)) {
    return version >= 2018 && scValueSets.es2018.has(value) || version >= 2019 && scValueSets.es2019.has(value) || version >= 2020 && scValueSets.es2020.has(value) || version >= 2021 && scValueSets.es2021.has(value) || version >= 2022 && scValueSets.es2022.has(value) || version >= 2023 && scValueSets.es2023.has(value);
  }
  return false;
}
function isValidLoneUnicodeProperty(version, value) {
  return version >= 2018 && binPropertySets.es2018.has(value) || version >= 2019 && binPropertySets.es2019.has(value) || version >= 2021 && binPropertySets.es2021.has(value);
}
function isValidLoneUnicodePropertyOfString(version, value) {
  return version >= 2024 && binPropertyOfStringsSets.es2024.has(value);
}
var BACKSPACE = 8;
var CHARACTER_TABULATION = 9;
var LINE_FEED = 10;
var LINE_TABULATION = 11;
var FORM_FEED = 12;
var CARRIAGE_RETURN = 13;
var EXCLAMATION_MARK = 33;
var NUMBER_SIGN = 35;
var DOLLAR_SIGN = 36;
var PERCENT_SIGN = 37;
var AMPERSAND = 38;
var LEFT_PARENTHESIS = 40;
var RIGHT_PARENTHESIS = 41;
var ASTERISK = 42;
var PLUS_SIGN = 43;
var COMMA = 44;
var HYPHEN_MINUS = 45;
var FULL_STOP = 46;
var SOLIDUS = 47;
var DIGIT_ZERO = 48;
var DIGIT_ONE = 49;
var DIGIT_SEVEN = 55;
var DIGIT_NINE = 57;
var COLON = 58;
var SEMICOLON = 59;
var LESS_THAN_SIGN = 60;
var EQUALS_SIGN = 61;
var GREATER_THAN_SIGN = 62;
var QUESTION_MARK = 63;
var COMMERCIAL_AT = 64;
var LATIN_CAPITAL_LETTER_A = 65;
var LATIN_CAPITAL_LETTER_B = 66;
var LATIN_CAPITAL_LETTER_D = 68;
var LATIN_CAPITAL_LETTER_F = 70;
var LATIN_CAPITAL_LETTER_P = 80;
var LATIN_CAPITAL_LETTER_S = 83;
var LATIN_CAPITAL_LETTER_W = 87;
var LATIN_CAPITAL_LETTER_Z = 90;
var LOW_LINE = 95;
var LATIN_SMALL_LETTER_A = 97;
var LATIN_SMALL_LETTER_B = 98;
var LATIN_SMALL_LETTER_C = 99;
var LATIN_SMALL_LETTER_D = 100;
var LATIN_SMALL_LETTER_F = 102;
var LATIN_SMALL_LETTER_G = 103;
var LATIN_SMALL_LETTER_I = 105;
var LATIN_SMALL_LETTER_K = 107;
var LATIN_SMALL_LETTER_M = 109;
var LATIN_SMALL_LETTER_N = 110;
var LATIN_SMALL_LETTER_P = 112;
var LATIN_SMALL_LETTER_Q = 113;
var LATIN_SMALL_LETTER_R = 114;
var LATIN_SMALL_LETTER_S = 115;
var LATIN_SMALL_LETTER_T = 116;
var LATIN_SMALL_LETTER_U = 117;
var LATIN_SMALL_LETTER_V = 118;
var LATIN_SMALL_LETTER_W = 119;
var LATIN_SMALL_LETTER_X = 120;
var LATIN_SMALL_LETTER_Y = 121;
var LATIN_SMALL_LETTER_Z = 122;
var LEFT_SQUARE_BRACKET = 91;
var REVERSE_SOLIDUS = 92;
var RIGHT_SQUARE_BRACKET = 93;
var CIRCUMFLEX_ACCENT = 94;
var GRAVE_ACCENT = 96;
var LEFT_CURLY_BRACKET = 123;
var VERTICAL_LINE = 124;
var RIGHT_CURLY_BRACKET = 125;
var TILDE = 126;
var ZERO_WIDTH_NON_JOINER = 8204;
var ZERO_WIDTH_JOINER = 8205;
var LINE_SEPARATOR = 8232;
var PARAGRAPH_SEPARATOR = 8233;
var MIN_CODE_POINT = 0;
var MAX_CODE_POINT = 1114111;
function isLatinLetter(code) {
  return code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_Z || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_Z;
}
function isDecimalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}
function isOctalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_SEVEN;
}
function isHexDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE || code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F;
}
function isLineTerminator(code) {
  return code === LINE_FEED || code === CARRIAGE_RETURN || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;
}
function isValidUnicode(code) {
  return code >= MIN_CODE_POINT && code <= MAX_CODE_POINT;
}
function digitToInt(code) {
  if (code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F) {
    return code - LATIN_SMALL_LETTER_A + 10;
  }
  if (code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F) {
    return code - LATIN_CAPITAL_LETTER_A + 10;
  }
  return code - DIGIT_ZERO;
}
function isLeadSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function isTrailSurrogate(code) {
  return code >= 56320 && code <= 57343;
}
function combineSurrogatePair(lead, trail) {
  return (lead - 55296) * 1024 + (trail - 56320) + 65536;
}
var GroupSpecifiersAsES2018 = class {
  constructor() {
    this.groupName = /* @__PURE__ */ new Set();
  }
  clear() {
    this.groupName.clear();
  }
  isEmpty() {
    return !this.groupName.size;
  }
  hasInPattern(name) {
    return this.groupName.has(name);
  }
  hasInScope(name) {
    return this.hasInPattern(name);
  }
  addToScope(name) {
    this.groupName.add(name);
  }
  enterDisjunction() {
  }
  enterAlternative() {
  }
  leaveDisjunction() {
  }
};
var BranchID = class _BranchID {
  constructor(parent, base) {
    this.parent = parent;
    this.base = base !== null && base !== void 0 ? base : this;
  }
  separatedFrom(other) {
    var _a, _b;
    if (this.base === other.base && this !== other) {
      return true;
    }
    if (other.parent && this.separatedFrom(other.parent)) {
      return true;
    }
    return (_b = (_a = this.parent) === null || _a === void 0 ? void 0 : _a.separatedFrom(other)) !== null && _b !== void 0 ? _b : false;
  }
  child() {
    return new _BranchID(this, null);
  }
  sibling() {
    return new _BranchID(this.parent, this.base);
  }
};
var GroupSpecifiersAsES2025 = class {
  constructor() {
    this.branchID = new BranchID(null, null);
    this.groupNames = /* @__PURE__ */ new Map();
  }
  clear() {
    this.branchID = new BranchID(null, null);
    this.groupNames.clear();
  }
  isEmpty() {
    return !this.groupNames.size;
  }
  enterDisjunction() {
    this.branchID = this.branchID.child();
  }
  enterAlternative(index) {
    if (index === 0) {
      return;
    }
    this.branchID = this.branchID.sibling();
  }
  leaveDisjunction() {
    this.branchID = this.branchID.parent;
  }
  hasInPattern(name) {
    return this.groupNames.has(name);
  }
  hasInScope(name) {
    const branches = this.groupNames.get(name);
    if (!branches) {
      return false;
    }
    for (const branch of branches) {
      if (!branch.separatedFrom(this.branchID)) {
        return true;
      }
    }
    return false;
  }
  addToScope(name) {
    const branches = this.groupNames.get(name);
    if (branches) {
      branches.push(this.branchID);
      return;
    }
    this.groupNames.set(name, [this.branchID]);
  }
};
var legacyImpl = {
  at(s, end, i) {
    return i < end ? s.charCodeAt(i) : -1;
  },
  width(c) {
    return 1;
  }
};
var unicodeImpl = {
  at(s, end, i) {
    return i < end ? s.codePointAt(i) : -1;
  },
  width(c) {
    return c > 65535 ? 2 : 1;
  }
};
var Reader = class {
  constructor() {
    this._impl = legacyImpl;
    this._s = "";
    this._i = 0;
    this._end = 0;
    this._cp1 = -1;
    this._w1 = 1;
    this._cp2 = -1;
    this._w2 = 1;
    this._cp3 = -1;
    this._w3 = 1;
    this._cp4 = -1;
  }
  get source() {
    return this._s;
  }
  get index() {
    return this._i;
  }
  get currentCodePoint() {
    return this._cp1;
  }
  get nextCodePoint() {
    return this._cp2;
  }
  get nextCodePoint2() {
    return this._cp3;
  }
  get nextCodePoint3() {
    return this._cp4;
  }
  reset(source, start, end, uFlag) {
    this._impl = uFlag ? unicodeImpl : legacyImpl;
    this._s = source;
    this._end = end;
    this.rewind(start);
  }
  rewind(index) {
    const impl = this._impl;
    this._i = index;
    this._cp1 = impl.at(this._s, this._end, index);
    this._w1 = impl.width(this._cp1);
    this._cp2 = impl.at(this._s, this._end, index + this._w1);
    this._w2 = impl.width(this._cp2);
    this._cp3 = impl.at(this._s, this._end, index + this._w1 + this._w2);
    this._w3 = impl.width(this._cp3);
    this._cp4 = impl.at(this._s, this._end, index + this._w1 + this._w2 + this._w3);
  }
  advance() {
    if (this._cp1 !== -1) {
      const impl = this._impl;
      this._i += this._w1;
      this._cp1 = this._cp2;
      this._w1 = this._w2;
      this._cp2 = this._cp3;
      this._w2 = impl.width(this._cp2);
      this._cp3 = this._cp4;
      this._w3 = impl.width(this._cp3);
      this._cp4 = impl.at(this._s, this._end, this._i + this._w1 + this._w2 + this._w3);
    }
  }
  eat(cp) {
    if (this._cp1 === cp) {
      this.advance();
      return true;
    }
    return false;
  }
  eat2(cp1, cp2) {
    if (this._cp1 === cp1 && this._cp2 === cp2) {
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
  eat3(cp1, cp2, cp3) {
    if (this._cp1 === cp1 && this._cp2 === cp2 && this._cp3 === cp3) {
      this.advance();
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
};
var RegExpSyntaxError = class extends SyntaxError {
  constructor(message, index) {
    super(message);
    this.index = index;
  }
};
function newRegExpSyntaxError(srcCtx, flags, index, message) {
  let source = "";
  if (srcCtx.kind === "literal") {
    const literal = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    if (literal) {
      source = `: ${literal}`;
    }
  } else if (srcCtx.kind === "pattern") {
    const pattern = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    const flagsText = `${flags.unicode ? "u" : ""}${flags.unicodeSets ? "v" : ""}`;
    source = `: /${pattern}/${flagsText}`;
  }
  return new RegExpSyntaxError(`Invalid regular expression${source}: ${message}`, index);
}
var SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  CIRCUMFLEX_ACCENT,
  DOLLAR_SIGN,
  REVERSE_SOLIDUS,
  FULL_STOP,
  ASTERISK,
  PLUS_SIGN,
  QUESTION_MARK,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER = /* @__PURE__ */ new Set([
  AMPERSAND,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  DOLLAR_SIGN,
  PERCENT_SIGN,
  ASTERISK,
  PLUS_SIGN,
  COMMA,
  FULL_STOP,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  QUESTION_MARK,
  COMMERCIAL_AT,
  CIRCUMFLEX_ACCENT,
  GRAVE_ACCENT,
  TILDE
]);
var CLASS_SET_SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  SOLIDUS,
  HYPHEN_MINUS,
  REVERSE_SOLIDUS,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_PUNCTUATOR = /* @__PURE__ */ new Set([
  AMPERSAND,
  HYPHEN_MINUS,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  PERCENT_SIGN,
  COMMA,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  COMMERCIAL_AT,
  GRAVE_ACCENT,
  TILDE
]);
var FLAG_PROP_TO_CODEPOINT = {
  global: LATIN_SMALL_LETTER_G,
  ignoreCase: LATIN_SMALL_LETTER_I,
  multiline: LATIN_SMALL_LETTER_M,
  unicode: LATIN_SMALL_LETTER_U,
  sticky: LATIN_SMALL_LETTER_Y,
  dotAll: LATIN_SMALL_LETTER_S,
  hasIndices: LATIN_SMALL_LETTER_D,
  unicodeSets: LATIN_SMALL_LETTER_V
};
var FLAG_CODEPOINT_TO_PROP = Object.fromEntries(Object.entries(FLAG_PROP_TO_CODEPOINT).map(([k, v]) => [v, k]));
function isSyntaxCharacter(cp) {
  return SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedDoublePunctuatorCharacter(cp) {
  return CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER.has(cp);
}
function isClassSetSyntaxCharacter(cp) {
  return CLASS_SET_SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedPunctuator(cp) {
  return CLASS_SET_RESERVED_PUNCTUATOR.has(cp);
}
function isIdentifierStartChar(cp) {
  return isIdStart(cp) || cp === DOLLAR_SIGN || cp === LOW_LINE;
}
function isIdentifierPartChar(cp) {
  return isIdContinue(cp) || cp === DOLLAR_SIGN || cp === ZERO_WIDTH_NON_JOINER || cp === ZERO_WIDTH_JOINER;
}
function isUnicodePropertyNameCharacter(cp) {
  return isLatinLetter(cp) || cp === LOW_LINE;
}
function isUnicodePropertyValueCharacter(cp) {
  return isUnicodePropertyNameCharacter(cp) || isDecimalDigit(cp);
}
function isRegularExpressionModifier(ch) {
  return ch === LATIN_SMALL_LETTER_I || ch === LATIN_SMALL_LETTER_M || ch === LATIN_SMALL_LETTER_S;
}
var RegExpValidator = class {
  constructor(options) {
    this._reader = new Reader();
    this._unicodeMode = false;
    this._unicodeSetsMode = false;
    this._nFlag = false;
    this._lastIntValue = 0;
    this._lastRange = {
      min: 0,
      max: Number.POSITIVE_INFINITY
    };
    this._lastStrValue = "";
    this._lastAssertionIsQuantifiable = false;
    this._numCapturingParens = 0;
    this._backreferenceNames = /* @__PURE__ */ new Set();
    this._srcCtx = null;
    this._options = options !== null && options !== void 0 ? options : {};
    this._groupSpecifiers = this.ecmaVersion >= 2025 ? new GroupSpecifiersAsES2025() : new GroupSpecifiersAsES2018();
  }
  validateLiteral(source, start = 0, end = source.length) {
    this._srcCtx = { source, start, end, kind: "literal" };
    this._unicodeSetsMode = this._unicodeMode = this._nFlag = false;
    this.reset(source, start, end);
    this.onLiteralEnter(start);
    if (this.eat(SOLIDUS) && this.eatRegExpBody() && this.eat(SOLIDUS)) {
      const flagStart = this.index;
      const unicode = source.includes("u", flagStart);
      const unicodeSets = source.includes("v", flagStart);
      this.validateFlagsInternal(source, flagStart, end);
      this.validatePatternInternal(source, start + 1, flagStart - 1, {
        unicode,
        unicodeSets
      });
    } else if (start >= end) {
      this.raise("Empty");
    } else {
      const c = String.fromCodePoint(this.currentCodePoint);
      this.raise(`Unexpected character '${c}'`);
    }
    this.onLiteralLeave(start, end);
  }
  validateFlags(source, start = 0, end = source.length) {
    this._srcCtx = { source, start, end, kind: "flags" };
    this.validateFlagsInternal(source, start, end);
  }
  validatePattern(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    this._srcCtx = { source, start, end, kind: "pattern" };
    this.validatePatternInternal(source, start, end, uFlagOrFlags);
  }
  validatePatternInternal(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    const mode = this._parseFlagsOptionToMode(uFlagOrFlags, end);
    this._unicodeMode = mode.unicodeMode;
    this._nFlag = mode.nFlag;
    this._unicodeSetsMode = mode.unicodeSetsMode;
    this.reset(source, start, end);
    this.consumePattern();
    if (!this._nFlag && this.ecmaVersion >= 2018 && !this._groupSpecifiers.isEmpty()) {
      this._nFlag = true;
      this.rewind(start);
      this.consumePattern();
    }
  }
  validateFlagsInternal(source, start, end) {
    const flags = this.parseFlags(source, start, end);
    this.onRegExpFlags(start, end, flags);
  }
  _parseFlagsOptionToMode(uFlagOrFlags, sourceEnd) {
    let unicode = false;
    let unicodeSets = false;
    if (uFlagOrFlags && this.ecmaVersion >= 2015) {
      if (typeof uFlagOrFlags === "object") {
        unicode = Boolean(uFlagOrFlags.unicode);
        if (this.ecmaVersion >= 2024) {
          unicodeSets = Boolean(uFlagOrFlags.unicodeSets);
        }
      } else {
        unicode = uFlagOrFlags;
      }
    }
    if (unicode && unicodeSets) {
      this.raise("Invalid regular expression flags", {
        index: sourceEnd + 1,
        unicode,
        unicodeSets
      });
    }
    const unicodeMode = unicode || unicodeSets;
    const nFlag = unicode && this.ecmaVersion >= 2018 || unicodeSets || Boolean(this._options.strict && this.ecmaVersion >= 2023);
    const unicodeSetsMode = unicodeSets;
    return { unicodeMode, nFlag, unicodeSetsMode };
  }
  get strict() {
    return Boolean(this._options.strict) || this._unicodeMode;
  }
  get ecmaVersion() {
    var _a;
    return (_a = this._options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  onLiteralEnter(start) {
    if (this._options.onLiteralEnter) {
      this._options.onLiteralEnter(start);
    }
  }
  onLiteralLeave(start, end) {
    if (this._options.onLiteralLeave) {
      this._options.onLiteralLeave(start, end);
    }
  }
  onRegExpFlags(start, end, flags) {
    if (this._options.onRegExpFlags) {
      this._options.onRegExpFlags(start, end, flags);
    }
    if (this._options.onFlags) {
      this._options.onFlags(start, end, flags.global, flags.ignoreCase, flags.multiline, flags.unicode, flags.sticky, flags.dotAll, flags.hasIndices);
    }
  }
  onPatternEnter(start) {
    if (this._options.onPatternEnter) {
      this._options.onPatternEnter(start);
    }
  }
  onPatternLeave(start, end) {
    if (this._options.onPatternLeave) {
      this._options.onPatternLeave(start, end);
    }
  }
  onDisjunctionEnter(start) {
    if (this._options.onDisjunctionEnter) {
      this._options.onDisjunctionEnter(start);
    }
  }
  onDisjunctionLeave(start, end) {
    if (this._options.onDisjunctionLeave) {
      this._options.onDisjunctionLeave(start, end);
    }
  }
  onAlternativeEnter(start, index) {
    if (this._options.onAlternativeEnter) {
      this._options.onAlternativeEnter(start, index);
    }
  }
  onAlternativeLeave(start, end, index) {
    if (this._options.onAlternativeLeave) {
      this._options.onAlternativeLeave(start, end, index);
    }
  }
  onGroupEnter(start) {
    if (this._options.onGroupEnter) {
      this._options.onGroupEnter(start);
    }
  }
  onGroupLeave(start, end) {
    if (this._options.onGroupLeave) {
      this._options.onGroupLeave(start, end);
    }
  }
  onModifiersEnter(start) {
    if (this._options.onModifiersEnter) {
      this._options.onModifiersEnter(start);
    }
  }
  onModifiersLeave(start, end) {
    if (this._options.onModifiersLeave) {
      this._options.onModifiersLeave(start, end);
    }
  }
  onAddModifiers(start, end, flags) {
    if (this._options.onAddModifiers) {
      this._options.onAddModifiers(start, end, flags);
    }
  }
  onRemoveModifiers(start, end, flags) {
    if (this._options.onRemoveModifiers) {
      this._options.onRemoveModifiers(start, end, flags);
    }
  }
  onCapturingGroupEnter(start, name) {
    if (this._options.onCapturingGroupEnter) {
      this._options.onCapturingGroupEnter(start, name);
    }
  }
  onCapturingGroupLeave(start, end, name) {
    if (this._options.onCapturingGroupLeave) {
      this._options.onCapturingGroupLeave(start, end, name);
    }
  }
  onQuantifier(start, end, min, max, greedy) {
    if (this._options.onQuantifier) {
      this._options.onQuantifier(start, end, min, max, greedy);
    }
  }
  onLookaroundAssertionEnter(start, kind, negate) {
    if (this._options.onLookaroundAssertionEnter) {
      this._options.onLookaroundAssertionEnter(start, kind, negate);
    }
  }
  onLookaroundAssertionLeave(start, end, kind, negate) {
    if (this._options.onLookaroundAssertionLeave) {
      this._options.onLookaroundAssertionLeave(start, end, kind, negate);
    }
  }
  onEdgeAssertion(start, end, kind) {
    if (this._options.onEdgeAssertion) {
      this._options.onEdgeAssertion(start, end, kind);
    }
  }
  onWordBoundaryAssertion(start, end, kind, negate) {
    if (this._options.onWordBoundaryAssertion) {
      this._options.onWordBoundaryAssertion(start, end, kind, negate);
    }
  }
  onAnyCharacterSet(start, end, kind) {
    if (this._options.onAnyCharacterSet) {
      this._options.onAnyCharacterSet(start, end, kind);
    }
  }
  onEscapeCharacterSet(start, end, kind, negate) {
    if (this._options.onEscapeCharacterSet) {
      this._options.onEscapeCharacterSet(start, end, kind, negate);
    }
  }
  onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
    if (this._options.onUnicodePropertyCharacterSet) {
      this._options.onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings);
    }
  }
  onCharacter(start, end, value) {
    if (this._options.onCharacter) {
      this._options.onCharacter(start, end, value);
    }
  }
  onBackreference(start, end, ref) {
    if (this._options.onBackreference) {
      this._options.onBackreference(start, end, ref);
    }
  }
  onCharacterClassEnter(start, negate, unicodeSets) {
    if (this._options.onCharacterClassEnter) {
      this._options.onCharacterClassEnter(start, negate, unicodeSets);
    }
  }
  onCharacterClassLeave(start, end, negate) {
    if (this._options.onCharacterClassLeave) {
      this._options.onCharacterClassLeave(start, end, negate);
    }
  }
  onCharacterClassRange(start, end, min, max) {
    if (this._options.onCharacterClassRange) {
      this._options.onCharacterClassRange(start, end, min, max);
    }
  }
  onClassIntersection(start, end) {
    if (this._options.onClassIntersection) {
      this._options.onClassIntersection(start, end);
    }
  }
  onClassSubtraction(start, end) {
    if (this._options.onClassSubtraction) {
      this._options.onClassSubtraction(start, end);
    }
  }
  onClassStringDisjunctionEnter(start) {
    if (this._options.onClassStringDisjunctionEnter) {
      this._options.onClassStringDisjunctionEnter(start);
    }
  }
  onClassStringDisjunctionLeave(start, end) {
    if (this._options.onClassStringDisjunctionLeave) {
      this._options.onClassStringDisjunctionLeave(start, end);
    }
  }
  onStringAlternativeEnter(start, index) {
    if (this._options.onStringAlternativeEnter) {
      this._options.onStringAlternativeEnter(start, index);
    }
  }
  onStringAlternativeLeave(start, end, index) {
    if (this._options.onStringAlternativeLeave) {
      this._options.onStringAlternativeLeave(start, end, index);
    }
  }
  get index() {
    return this._reader.index;
  }
  get currentCodePoint() {
    return this._reader.currentCodePoint;
  }
  get nextCodePoint() {
    return this._reader.nextCodePoint;
  }
  get nextCodePoint2() {
    return this._reader.nextCodePoint2;
  }
  get nextCodePoint3() {
    return this._reader.nextCodePoint3;
  }
  reset(source, start, end) {
    this._reader.reset(source, start, end, this._unicodeMode);
  }
  rewind(index) {
    this._reader.rewind(index);
  }
  advance() {
    this._reader.advance();
  }
  eat(cp) {
    return this._reader.eat(cp);
  }
  eat2(cp1, cp2) {
    return this._reader.eat2(cp1, cp2);
  }
  eat3(cp1, cp2, cp3) {
    return this._reader.eat3(cp1, cp2, cp3);
  }
  raise(message, context) {
    var _a, _b, _c;
    throw newRegExpSyntaxError(this._srcCtx, {
      unicode: (_a = context === null || context === void 0 ? void 0 : context.unicode) !== null && _a !== void 0 ? _a : this._unicodeMode && !this._unicodeSetsMode,
      unicodeSets: (_b = context === null || context === void 0 ? void 0 : context.unicodeSets) !== null && _b !== void 0 ? _b : this._unicodeSetsMode
    }, (_c = context === null || context === void 0 ? void 0 : context.index) !== null && _c !== void 0 ? _c : this.index, message);
  }
  eatRegExpBody() {
    const start = this.index;
    let inClass = false;
    let escaped = false;
    for (; ; ) {
      const cp = this.currentCodePoint;
      if (cp === -1 || isLineTerminator(cp)) {
        const kind = inClass ? "character class" : "regular expression";
        this.raise(`Unterminated ${kind}`);
      }
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === SOLIDUS && !inClass || cp === ASTERISK && this.index === start) {
        break;
      }
      this.advance();
    }
    return this.index !== start;
  }
  consumePattern() {
    const start = this.index;
    this._numCapturingParens = this.countCapturingParens();
    this._groupSpecifiers.clear();
    this._backreferenceNames.clear();
    this.onPatternEnter(start);
    this.consumeDisjunction();
    const cp = this.currentCodePoint;
    if (this.currentCodePoint !== -1) {
      if (cp === RIGHT_PARENTHESIS) {
        this.raise("Unmatched ')'");
      }
      if (cp === REVERSE_SOLIDUS) {
        this.raise("\\ at end of pattern");
      }
      if (cp === RIGHT_SQUARE_BRACKET || cp === RIGHT_CURLY_BRACKET) {
        this.raise("Lone quantifier brackets");
      }
      const c = String.fromCodePoint(cp);
      this.raise(`Unexpected character '${c}'`);
    }
    for (const name of this._backreferenceNames) {
      if (!this._groupSpecifiers.hasInPattern(name)) {
        this.raise("Invalid named capture referenced");
      }
    }
    this.onPatternLeave(start, this.index);
  }
  countCapturingParens() {
    const start = this.index;
    let inClass = false;
    let escaped = false;
    let count = 0;
    let cp = 0;
    while ((cp = this.currentCodePoint) !== -1) {
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === LEFT_PARENTHESIS && !inClass && (this.nextCodePoint !== QUESTION_MARK || this.nextCodePoint2 === LESS_THAN_SIGN && this.nextCodePoint3 !== EQUALS_SIGN && this.nextCodePoint3 !== EXCLAMATION_MARK)) {
        count += 1;
      }
      this.advance();
    }
    this.rewind(start);
    return count;
  }
  consumeDisjunction() {
    const start = this.index;
    let i = 0;
    this._groupSpecifiers.enterDisjunction();
    this.onDisjunctionEnter(start);
    do {
      this.consumeAlternative(i++);
    } while (this.eat(VERTICAL_LINE));
    if (this.consumeQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    if (this.eat(LEFT_CURLY_BRACKET)) {
      this.raise("Lone quantifier brackets");
    }
    this.onDisjunctionLeave(start, this.index);
    this._groupSpecifiers.leaveDisjunction();
  }
  consumeAlternative(i) {
    const start = this.index;
    this._groupSpecifiers.enterAlternative(i);
    this.onAlternativeEnter(start, i);
    while (this.currentCodePoint !== -1 && this.consumeTerm()) {
    }
    this.onAlternativeLeave(start, this.index, i);
  }
  consumeTerm() {
    if (this._unicodeMode || this.strict) {
      return this.consumeAssertion() || this.consumeAtom() && this.consumeOptionalQuantifier();
    }
    return this.consumeAssertion() && (!this._lastAssertionIsQuantifiable || this.consumeOptionalQuantifier()) || this.consumeExtendedAtom() && this.consumeOptionalQuantifier();
  }
  consumeOptionalQuantifier() {
    this.consumeQuantifier();
    return true;
  }
  consumeAssertion() {
    const start = this.index;
    this._lastAssertionIsQuantifiable = false;
    if (this.eat(CIRCUMFLEX_ACCENT)) {
      this.onEdgeAssertion(start, this.index, "start");
      return true;
    }
    if (this.eat(DOLLAR_SIGN)) {
      this.onEdgeAssertion(start, this.index, "end");
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_CAPITAL_LETTER_B)) {
      this.onWordBoundaryAssertion(start, this.index, "word", true);
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_B)) {
      this.onWordBoundaryAssertion(start, this.index, "word", false);
      return true;
    }
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      const lookbehind = this.ecmaVersion >= 2018 && this.eat(LESS_THAN_SIGN);
      let negate = false;
      if (this.eat(EQUALS_SIGN) || (negate = this.eat(EXCLAMATION_MARK))) {
        const kind = lookbehind ? "lookbehind" : "lookahead";
        this.onLookaroundAssertionEnter(start, kind, negate);
        this.consumeDisjunction();
        if (!this.eat(RIGHT_PARENTHESIS)) {
          this.raise("Unterminated group");
        }
        this._lastAssertionIsQuantifiable = !lookbehind && !this.strict;
        this.onLookaroundAssertionLeave(start, this.index, kind, negate);
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  consumeQuantifier(noConsume = false) {
    const start = this.index;
    let min = 0;
    let max = 0;
    let greedy = false;
    if (this.eat(ASTERISK)) {
      min = 0;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(PLUS_SIGN)) {
      min = 1;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(QUESTION_MARK)) {
      min = 0;
      max = 1;
    } else if (this.eatBracedQuantifier(noConsume)) {
      ({ min, max } = this._lastRange);
    } else {
      return false;
    }
    greedy = !this.eat(QUESTION_MARK);
    if (!noConsume) {
      this.onQuantifier(start, this.index, min, max, greedy);
    }
    return true;
  }
  eatBracedQuantifier(noError) {
    const start = this.index;
    if (this.eat(LEFT_CURLY_BRACKET)) {
      if (this.eatDecimalDigits()) {
        const min = this._lastIntValue;
        let max = min;
        if (this.eat(COMMA)) {
          max = this.eatDecimalDigits() ? this._lastIntValue : Number.POSITIVE_INFINITY;
        }
        if (this.eat(RIGHT_CURLY_BRACKET)) {
          if (!noError && max < min) {
            this.raise("numbers out of order in {} quantifier");
          }
          this._lastRange = { min, max };
          return true;
        }
      }
      if (!noError && (this._unicodeMode || this.strict)) {
        this.raise("Incomplete quantifier");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeAtom() {
    return this.consumePatternCharacter() || this.consumeDot() || this.consumeReverseSolidusAtomEscape() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup();
  }
  consumeDot() {
    if (this.eat(FULL_STOP)) {
      this.onAnyCharacterSet(this.index - 1, this.index, "any");
      return true;
    }
    return false;
  }
  consumeReverseSolidusAtomEscape() {
    const start = this.index;
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeAtomEscape()) {
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  consumeUncapturingGroup() {
    const start = this.index;
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      this.onGroupEnter(start);
      if (this.ecmaVersion >= 2025) {
        this.consumeModifiers();
      }
      if (!this.eat(COLON)) {
        this.rewind(start + 1);
        this.raise("Invalid group");
      }
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onGroupLeave(start, this.index);
      return true;
    }
    return false;
  }
  consumeModifiers() {
    const start = this.index;
    const hasAddModifiers = this.eatModifiers();
    const addModifiersEnd = this.index;
    const hasHyphen = this.eat(HYPHEN_MINUS);
    if (!hasAddModifiers && !hasHyphen) {
      return false;
    }
    this.onModifiersEnter(start);
    const addModifiers = this.parseModifiers(start, addModifiersEnd);
    this.onAddModifiers(start, addModifiersEnd, addModifiers);
    if (hasHyphen) {
      const modifiersStart = this.index;
      if (!this.eatModifiers() && !hasAddModifiers && this.currentCodePoint === COLON) {
        this.raise("Invalid empty flags");
      }
      const modifiers = this.parseModifiers(modifiersStart, this.index);
      for (const [flagName] of Object.entries(modifiers).filter(([, enable]) => enable)) {
        if (addModifiers[flagName]) {
          this.raise(`Duplicated flag '${String.fromCodePoint(FLAG_PROP_TO_CODEPOINT[flagName])}'`);
        }
      }
      this.onRemoveModifiers(modifiersStart, this.index, modifiers);
    }
    this.onModifiersLeave(start, this.index);
    return true;
  }
  consumeCapturingGroup() {
    const start = this.index;
    if (this.eat(LEFT_PARENTHESIS)) {
      let name = null;
      if (this.ecmaVersion >= 2018) {
        if (this.consumeGroupSpecifier()) {
          name = this._lastStrValue;
        } else if (this.currentCodePoint === QUESTION_MARK) {
          this.rewind(start);
          return false;
        }
      } else if (this.currentCodePoint === QUESTION_MARK) {
        this.rewind(start);
        return false;
      }
      this.onCapturingGroupEnter(start, name);
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onCapturingGroupLeave(start, this.index, name);
      return true;
    }
    return false;
  }
  consumeExtendedAtom() {
    return this.consumeDot() || this.consumeReverseSolidusAtomEscape() || this.consumeReverseSolidusFollowedByC() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup() || this.consumeInvalidBracedQuantifier() || this.consumeExtendedPatternCharacter();
  }
  consumeReverseSolidusFollowedByC() {
    const start = this.index;
    if (this.currentCodePoint === REVERSE_SOLIDUS && this.nextCodePoint === LATIN_SMALL_LETTER_C) {
      this._lastIntValue = this.currentCodePoint;
      this.advance();
      this.onCharacter(start, this.index, REVERSE_SOLIDUS);
      return true;
    }
    return false;
  }
  consumeInvalidBracedQuantifier() {
    if (this.eatBracedQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    return false;
  }
  consumePatternCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && !isSyntaxCharacter(cp)) {
      this.advance();
      this.onCharacter(start, this.index, cp);
      return true;
    }
    return false;
  }
  consumeExtendedPatternCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== CIRCUMFLEX_ACCENT && cp !== DOLLAR_SIGN && cp !== REVERSE_SOLIDUS && cp !== FULL_STOP && cp !== ASTERISK && cp !== PLUS_SIGN && cp !== QUESTION_MARK && cp !== LEFT_PARENTHESIS && cp !== RIGHT_PARENTHESIS && cp !== LEFT_SQUARE_BRACKET && cp !== VERTICAL_LINE) {
      this.advance();
      this.onCharacter(start, this.index, cp);
      return true;
    }
    return false;
  }
  consumeGroupSpecifier() {
    const start = this.index;
    if (this.eat(QUESTION_MARK)) {
      if (this.eatGroupName()) {
        if (!this._groupSpecifiers.hasInScope(this._lastStrValue)) {
          this._groupSpecifiers.addToScope(this._lastStrValue);
          return true;
        }
        this.raise("Duplicate capture group name");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeAtomEscape() {
    if (this.consumeBackreference() || this.consumeCharacterClassEscape() || this.consumeCharacterEscape() || this._nFlag && this.consumeKGroupName()) {
      return true;
    }
    if (this.strict || this._unicodeMode) {
      this.raise("Invalid escape");
    }
    return false;
  }
  consumeBackreference() {
    const start = this.index;
    if (this.eatDecimalEscape()) {
      const n = this._lastIntValue;
      if (n <= this._numCapturingParens) {
        this.onBackreference(start - 1, this.index, n);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeCharacterClassEscape() {
    var _a;
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "digit", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "digit", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "space", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "space", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "word", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "word", true);
      return {};
    }
    let negate = false;
    if (this._unicodeMode && this.ecmaVersion >= 2018 && (this.eat(LATIN_SMALL_LETTER_P) || (negate = this.eat(LATIN_CAPITAL_LETTER_P)))) {
      this._lastIntValue = -1;
      let result = null;
      if (this.eat(LEFT_CURLY_BRACKET) && (result = this.eatUnicodePropertyValueExpression()) && this.eat(RIGHT_CURLY_BRACKET)) {
        if (negate && result.strings) {
          this.raise("Invalid property name");
        }
        this.onUnicodePropertyCharacterSet(start - 1, this.index, "property", result.key, result.value, negate, (_a = result.strings) !== null && _a !== void 0 ? _a : false);
        return { mayContainStrings: result.strings };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  consumeCharacterEscape() {
    const start = this.index;
    if (this.eatControlEscape() || this.eatCControlLetter() || this.eatZero() || this.eatHexEscapeSequence() || this.eatRegExpUnicodeEscapeSequence() || !this.strict && !this._unicodeMode && this.eatLegacyOctalEscapeSequence() || this.eatIdentityEscape()) {
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    return false;
  }
  consumeKGroupName() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_K)) {
      if (this.eatGroupName()) {
        const groupName = this._lastStrValue;
        this._backreferenceNames.add(groupName);
        this.onBackreference(start - 1, this.index, groupName);
        return true;
      }
      this.raise("Invalid named reference");
    }
    return false;
  }
  consumeCharacterClass() {
    const start = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start, negate, this._unicodeSetsMode);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        if (this.currentCodePoint === -1) {
          this.raise("Unterminated character class");
        }
        this.raise("Invalid character in character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start, this.index, negate);
      return result;
    }
    return null;
  }
  consumeClassContents() {
    if (this._unicodeSetsMode) {
      if (this.currentCodePoint === RIGHT_SQUARE_BRACKET) {
        return {};
      }
      const result = this.consumeClassSetExpression();
      return result;
    }
    const strict = this.strict || this._unicodeMode;
    for (; ; ) {
      const rangeStart = this.index;
      if (!this.consumeClassAtom()) {
        break;
      }
      const min = this._lastIntValue;
      if (!this.eat(HYPHEN_MINUS)) {
        continue;
      }
      this.onCharacter(this.index - 1, this.index, HYPHEN_MINUS);
      if (!this.consumeClassAtom()) {
        break;
      }
      const max = this._lastIntValue;
      if (min === -1 || max === -1) {
        if (strict) {
          this.raise("Invalid character class");
        }
        continue;
      }
      if (min > max) {
        this.raise("Range out of order in character class");
      }
      this.onCharacterClassRange(rangeStart, this.index, min, max);
    }
    return {};
  }
  consumeClassAtom() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== REVERSE_SOLIDUS && cp !== RIGHT_SQUARE_BRACKET) {
      this.advance();
      this._lastIntValue = cp;
      this.onCharacter(start, this.index, this._lastIntValue);
      return true;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeClassEscape()) {
        return true;
      }
      if (!this.strict && this.currentCodePoint === LATIN_SMALL_LETTER_C) {
        this._lastIntValue = REVERSE_SOLIDUS;
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeClassEscape() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_B)) {
      this._lastIntValue = BACKSPACE;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    if (this._unicodeMode && this.eat(HYPHEN_MINUS)) {
      this._lastIntValue = HYPHEN_MINUS;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    let cp = 0;
    if (!this.strict && !this._unicodeMode && this.currentCodePoint === LATIN_SMALL_LETTER_C && (isDecimalDigit(cp = this.nextCodePoint) || cp === LOW_LINE)) {
      this.advance();
      this.advance();
      this._lastIntValue = cp % 32;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    return Boolean(this.consumeCharacterClassEscape()) || this.consumeCharacterEscape();
  }
  consumeClassSetExpression() {
    const start = this.index;
    let mayContainStrings = false;
    let result = null;
    if (this.consumeClassSetCharacter()) {
      if (this.consumeClassSetRangeFromOperator(start)) {
        this.consumeClassUnionRight({});
        return {};
      }
      mayContainStrings = false;
    } else if (result = this.consumeClassSetOperand()) {
      mayContainStrings = result.mayContainStrings;
    } else {
      const cp = this.currentCodePoint;
      if (cp === REVERSE_SOLIDUS) {
        this.advance();
        this.raise("Invalid escape");
      }
      if (cp === this.nextCodePoint && isClassSetReservedDoublePunctuatorCharacter(cp)) {
        this.raise("Invalid set operation in character class");
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(AMPERSAND, AMPERSAND)) {
      while (this.currentCodePoint !== AMPERSAND && (result = this.consumeClassSetOperand())) {
        this.onClassIntersection(start, this.index);
        if (!result.mayContainStrings) {
          mayContainStrings = false;
        }
        if (this.eat2(AMPERSAND, AMPERSAND)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
      while (this.consumeClassSetOperand()) {
        this.onClassSubtraction(start, this.index);
        if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    return this.consumeClassUnionRight({ mayContainStrings });
  }
  consumeClassUnionRight(leftResult) {
    let mayContainStrings = leftResult.mayContainStrings;
    for (; ; ) {
      const start = this.index;
      if (this.consumeClassSetCharacter()) {
        this.consumeClassSetRangeFromOperator(start);
        continue;
      }
      const result = this.consumeClassSetOperand();
      if (result) {
        if (result.mayContainStrings) {
          mayContainStrings = true;
        }
        continue;
      }
      break;
    }
    return { mayContainStrings };
  }
  consumeClassSetRangeFromOperator(start) {
    const currentStart = this.index;
    const min = this._lastIntValue;
    if (this.eat(HYPHEN_MINUS)) {
      if (this.consumeClassSetCharacter()) {
        const max = this._lastIntValue;
        if (min === -1 || max === -1) {
          this.raise("Invalid character class");
        }
        if (min > max) {
          this.raise("Range out of order in character class");
        }
        this.onCharacterClassRange(start, this.index, min, max);
        return true;
      }
      this.rewind(currentStart);
    }
    return false;
  }
  consumeClassSetOperand() {
    let result = null;
    if (result = this.consumeNestedClass()) {
      return result;
    }
    if (result = this.consumeClassStringDisjunction()) {
      return result;
    }
    if (this.consumeClassSetCharacter()) {
      return {};
    }
    return null;
  }
  consumeNestedClass() {
    const start = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start, negate, true);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        this.raise("Unterminated character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start, this.index, negate);
      return result;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      const result = this.consumeCharacterClassEscape();
      if (result) {
        return result;
      }
      this.rewind(start);
    }
    return null;
  }
  consumeClassStringDisjunction() {
    const start = this.index;
    if (this.eat3(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_Q, LEFT_CURLY_BRACKET)) {
      this.onClassStringDisjunctionEnter(start);
      let i = 0;
      let mayContainStrings = false;
      do {
        if (this.consumeClassString(i++).mayContainStrings) {
          mayContainStrings = true;
        }
      } while (this.eat(VERTICAL_LINE));
      if (this.eat(RIGHT_CURLY_BRACKET)) {
        this.onClassStringDisjunctionLeave(start, this.index);
        return { mayContainStrings };
      }
      this.raise("Unterminated class string disjunction");
    }
    return null;
  }
  consumeClassString(i) {
    const start = this.index;
    let count = 0;
    this.onStringAlternativeEnter(start, i);
    while (this.currentCodePoint !== -1 && this.consumeClassSetCharacter()) {
      count++;
    }
    this.onStringAlternativeLeave(start, this.index, i);
    return { mayContainStrings: count !== 1 };
  }
  consumeClassSetCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== this.nextCodePoint || !isClassSetReservedDoublePunctuatorCharacter(cp)) {
      if (cp !== -1 && !isClassSetSyntaxCharacter(cp)) {
        this._lastIntValue = cp;
        this.advance();
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeCharacterEscape()) {
        return true;
      }
      if (isClassSetReservedPunctuator(this.currentCodePoint)) {
        this._lastIntValue = this.currentCodePoint;
        this.advance();
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      if (this.eat(LATIN_SMALL_LETTER_B)) {
        this._lastIntValue = BACKSPACE;
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  eatGroupName() {
    if (this.eat(LESS_THAN_SIGN)) {
      if (this.eatRegExpIdentifierName() && this.eat(GREATER_THAN_SIGN)) {
        return true;
      }
      this.raise("Invalid capture group name");
    }
    return false;
  }
  eatRegExpIdentifierName() {
    if (this.eatRegExpIdentifierStart()) {
      this._lastStrValue = String.fromCodePoint(this._lastIntValue);
      while (this.eatRegExpIdentifierPart()) {
        this._lastStrValue += String.fromCodePoint(this._lastIntValue);
      }
      return true;
    }
    return false;
  }
  eatRegExpIdentifierStart() {
    const start = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierStartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start) {
      this.rewind(start);
    }
    return false;
  }
  eatRegExpIdentifierPart() {
    const start = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierPartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start) {
      this.rewind(start);
    }
    return false;
  }
  eatCControlLetter() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_C)) {
      if (this.eatControlLetter()) {
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  eatZero() {
    if (this.currentCodePoint === DIGIT_ZERO && !isDecimalDigit(this.nextCodePoint)) {
      this._lastIntValue = 0;
      this.advance();
      return true;
    }
    return false;
  }
  eatControlEscape() {
    if (this.eat(LATIN_SMALL_LETTER_F)) {
      this._lastIntValue = FORM_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_N)) {
      this._lastIntValue = LINE_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_R)) {
      this._lastIntValue = CARRIAGE_RETURN;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_T)) {
      this._lastIntValue = CHARACTER_TABULATION;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_V)) {
      this._lastIntValue = LINE_TABULATION;
      return true;
    }
    return false;
  }
  eatControlLetter() {
    const cp = this.currentCodePoint;
    if (isLatinLetter(cp)) {
      this.advance();
      this._lastIntValue = cp % 32;
      return true;
    }
    return false;
  }
  eatRegExpUnicodeEscapeSequence(forceUFlag = false) {
    const start = this.index;
    const uFlag = forceUFlag || this._unicodeMode;
    if (this.eat(LATIN_SMALL_LETTER_U)) {
      if (uFlag && this.eatRegExpUnicodeSurrogatePairEscape() || this.eatFixedHexDigits(4) || uFlag && this.eatRegExpUnicodeCodePointEscape()) {
        return true;
      }
      if (this.strict || uFlag) {
        this.raise("Invalid unicode escape");
      }
      this.rewind(start);
    }
    return false;
  }
  eatRegExpUnicodeSurrogatePairEscape() {
    const start = this.index;
    if (this.eatFixedHexDigits(4)) {
      const lead = this._lastIntValue;
      if (isLeadSurrogate(lead) && this.eat(REVERSE_SOLIDUS) && this.eat(LATIN_SMALL_LETTER_U) && this.eatFixedHexDigits(4)) {
        const trail = this._lastIntValue;
        if (isTrailSurrogate(trail)) {
          this._lastIntValue = combineSurrogatePair(lead, trail);
          return true;
        }
      }
      this.rewind(start);
    }
    return false;
  }
  eatRegExpUnicodeCodePointEscape() {
    const start = this.index;
    if (this.eat(LEFT_CURLY_BRACKET) && this.eatHexDigits() && this.eat(RIGHT_CURLY_BRACKET) && isValidUnicode(this._lastIntValue)) {
      return true;
    }
    this.rewind(start);
    return false;
  }
  eatIdentityEscape() {
    const cp = this.currentCodePoint;
    if (this.isValidIdentityEscape(cp)) {
      this._lastIntValue = cp;
      this.advance();
      return true;
    }
    return false;
  }
  isValidIdentityEscape(cp) {
    if (cp === -1) {
      return false;
    }
    if (this._unicodeMode) {
      return isSyntaxCharacter(cp) || cp === SOLIDUS;
    }
    if (this.strict) {
      return !isIdContinue(cp);
    }
    if (this._nFlag) {
      return !(cp === LATIN_SMALL_LETTER_C || cp === LATIN_SMALL_LETTER_K);
    }
    return cp !== LATIN_SMALL_LETTER_C;
  }
  eatDecimalEscape() {
    this._lastIntValue = 0;
    let cp = this.currentCodePoint;
    if (cp >= DIGIT_ONE && cp <= DIGIT_NINE) {
      do {
        this._lastIntValue = 10 * this._lastIntValue + (cp - DIGIT_ZERO);
        this.advance();
      } while ((cp = this.currentCodePoint) >= DIGIT_ZERO && cp <= DIGIT_NINE);
      return true;
    }
    return false;
  }
  eatUnicodePropertyValueExpression() {
    const start = this.index;
    if (this.eatUnicodePropertyName() && this.eat(EQUALS_SIGN)) {
      const key = this._lastStrValue;
      if (this.eatUnicodePropertyValue()) {
        const value = this._lastStrValue;
        if (isValidUnicodeProperty(this.ecmaVersion, key, value)) {
          return {
            key,
            value: value || null
          };
        }
        this.raise("Invalid property name");
      }
    }
    this.rewind(start);
    if (this.eatLoneUnicodePropertyNameOrValue()) {
      const nameOrValue = this._lastStrValue;
      if (isValidUnicodeProperty(this.ecmaVersion, "General_Category", nameOrValue)) {
        return {
          key: "General_Category",
          value: nameOrValue || null
        };
      }
      if (isValidLoneUnicodeProperty(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null
        };
      }
      if (this._unicodeSetsMode && isValidLoneUnicodePropertyOfString(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null,
          strings: true
        };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  eatUnicodePropertyName() {
    this._lastStrValue = "";
    while (isUnicodePropertyNameCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatUnicodePropertyValue() {
    this._lastStrValue = "";
    while (isUnicodePropertyValueCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatLoneUnicodePropertyNameOrValue() {
    return this.eatUnicodePropertyValue();
  }
  eatHexEscapeSequence() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_X)) {
      if (this.eatFixedHexDigits(2)) {
        return true;
      }
      if (this._unicodeMode || this.strict) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  eatDecimalDigits() {
    const start = this.index;
    this._lastIntValue = 0;
    while (isDecimalDigit(this.currentCodePoint)) {
      this._lastIntValue = 10 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start;
  }
  eatHexDigits() {
    const start = this.index;
    this._lastIntValue = 0;
    while (isHexDigit(this.currentCodePoint)) {
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start;
  }
  eatLegacyOctalEscapeSequence() {
    if (this.eatOctalDigit()) {
      const n1 = this._lastIntValue;
      if (this.eatOctalDigit()) {
        const n2 = this._lastIntValue;
        if (n1 <= 3 && this.eatOctalDigit()) {
          this._lastIntValue = n1 * 64 + n2 * 8 + this._lastIntValue;
        } else {
          this._lastIntValue = n1 * 8 + n2;
        }
      } else {
        this._lastIntValue = n1;
      }
      return true;
    }
    return false;
  }
  eatOctalDigit() {
    const cp = this.currentCodePoint;
    if (isOctalDigit(cp)) {
      this.advance();
      this._lastIntValue = cp - DIGIT_ZERO;
      return true;
    }
    this._lastIntValue = 0;
    return false;
  }
  eatFixedHexDigits(length) {
    const start = this.index;
    this._lastIntValue = 0;
    for (let i = 0; i < length; ++i) {
      const cp = this.currentCodePoint;
      if (!isHexDigit(cp)) {
        this.rewind(start);
        return false;
      }
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(cp);
      this.advance();
    }
    return true;
  }
  eatModifiers() {
    let ate = false;
    while (isRegularExpressionModifier(this.currentCodePoint)) {
      this.advance();
      ate = true;
    }
    return ate;
  }
  parseModifiers(start, end) {
    const { ignoreCase, multiline, dotAll } = this.parseFlags(this._reader.source, start, end);
    return { ignoreCase, multiline, dotAll };
  }
  parseFlags(source, start, end) {
    const flags = {
      global: false,
      ignoreCase: false,
      multiline: false,
      unicode: false,
      sticky: false,
      dotAll: false,
      hasIndices: false,
      unicodeSets: false
    };
    const validFlags = /* @__PURE__ */ new Set();
    validFlags.add(LATIN_SMALL_LETTER_G);
    validFlags.add(LATIN_SMALL_LETTER_I);
    validFlags.add(LATIN_SMALL_LETTER_M);
    if (this.ecmaVersion >= 2015) {
      validFlags.add(LATIN_SMALL_LETTER_U);
      validFlags.add(LATIN_SMALL_LETTER_Y);
      if (this.ecmaVersion >= 2018) {
        validFlags.add(LATIN_SMALL_LETTER_S);
        if (this.ecmaVersion >= 2022) {
          validFlags.add(LATIN_SMALL_LETTER_D);
          if (this.ecmaVersion >= 2024) {
            validFlags.add(LATIN_SMALL_LETTER_V);
          }
        }
      }
    }
    for (let i = start; i < end; ++i) {
      const flag = source.charCodeAt(i);
      if (validFlags.has(flag)) {
        const prop = FLAG_CODEPOINT_TO_PROP[flag];
        if (flags[prop]) {
          this.raise(`Duplicated flag '${source[i]}'`, {
            index: start
          });
        }
        flags[prop] = true;
      } else {
        this.raise(`Invalid flag '${source[i]}'`, { index: start });
      }
    }
    return flags;
  }
};
var DUMMY_PATTERN = {};
var DUMMY_FLAGS = {};
var DUMMY_CAPTURING_GROUP = {};
function isClassSetOperand(node) {
  return node.type === "Character" || node.type === "CharacterSet" || node.type === "CharacterClass" || node.type === "ExpressionCharacterClass" || node.type === "ClassStringDisjunction";
}
var RegExpParserState = class {
  constructor(options) {
    var _a;
    this._node = DUMMY_PATTERN;
    this._expressionBufferMap = /* @__PURE__ */ new Map();
    this._flags = DUMMY_FLAGS;
    this._backreferences = [];
    this._capturingGroups = [];
    this.source = "";
    this.strict = Boolean(options === null || options === void 0 ? void 0 : options.strict);
    this.ecmaVersion = (_a = options === null || options === void 0 ? void 0 : options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  get pattern() {
    if (this._node.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    return this._node;
  }
  get flags() {
    if (this._flags.type !== "Flags") {
      throw new Error("UnknownError");
    }
    return this._flags;
  }
  onRegExpFlags(start, end, { global, ignoreCase, multiline, unicode, sticky, dotAll, hasIndices, unicodeSets }) {
    this._flags = {
      type: "Flags",
      parent: null,
      start,
      end,
      raw: this.source.slice(start, end),
      global,
      ignoreCase,
      multiline,
      unicode,
      sticky,
      dotAll,
      hasIndices,
      unicodeSets
    };
  }
  onPatternEnter(start) {
    this._node = {
      type: "Pattern",
      parent: null,
      start,
      end: start,
      raw: "",
      alternatives: []
    };
    this._backreferences.length = 0;
    this._capturingGroups.length = 0;
  }
  onPatternLeave(start, end) {
    this._node.end = end;
    this._node.raw = this.source.slice(start, end);
    for (const reference of this._backreferences) {
      const ref = reference.ref;
      const groups = typeof ref === "number" ? [this._capturingGroups[ref - 1]] : this._capturingGroups.filter((g) => g.name === ref);
      if (groups.length === 1) {
        const group = groups[0];
        reference.ambiguous = false;
        reference.resolved = group;
      } else {
        reference.ambiguous = true;
        reference.resolved = groups;
      }
      for (const group of groups) {
        group.references.push(reference);
      }
    }
  }
  onAlternativeEnter(start) {
    const parent = this._node;
    if (parent.type !== "Assertion" && parent.type !== "CapturingGroup" && parent.type !== "Group" && parent.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Alternative",
      parent,
      start,
      end: start,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onAlternativeLeave(start, end) {
    const node = this._node;
    if (node.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onGroupEnter(start) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const group = {
      type: "Group",
      parent,
      start,
      end: start,
      raw: "",
      modifiers: null,
      alternatives: []
    };
    this._node = group;
    parent.elements.push(this._node);
  }
  onGroupLeave(start, end) {
    const node = this._node;
    if (node.type !== "Group" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onModifiersEnter(start) {
    const parent = this._node;
    if (parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Modifiers",
      parent,
      start,
      end: start,
      raw: "",
      add: null,
      remove: null
    };
    parent.modifiers = this._node;
  }
  onModifiersLeave(start, end) {
    const node = this._node;
    if (node.type !== "Modifiers" || node.parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onAddModifiers(start, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.add = {
      type: "ModifierFlags",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onRemoveModifiers(start, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.remove = {
      type: "ModifierFlags",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onCapturingGroupEnter(start, name) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "CapturingGroup",
      parent,
      start,
      end: start,
      raw: "",
      name,
      alternatives: [],
      references: []
    };
    parent.elements.push(this._node);
    this._capturingGroups.push(this._node);
  }
  onCapturingGroupLeave(start, end) {
    const node = this._node;
    if (node.type !== "CapturingGroup" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onQuantifier(start, end, min, max, greedy) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const element = parent.elements.pop();
    if (element == null || element.type === "Quantifier" || element.type === "Assertion" && element.kind !== "lookahead") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "Quantifier",
      parent,
      start: element.start,
      end,
      raw: this.source.slice(element.start, end),
      min,
      max,
      greedy,
      element
    };
    parent.elements.push(node);
    element.parent = node;
  }
  onLookaroundAssertionEnter(start, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node = this._node = {
      type: "Assertion",
      parent,
      start,
      end: start,
      raw: "",
      kind,
      negate,
      alternatives: []
    };
    parent.elements.push(node);
  }
  onLookaroundAssertionLeave(start, end) {
    const node = this._node;
    if (node.type !== "Assertion" || node.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onEdgeAssertion(start, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind
    });
  }
  onWordBoundaryAssertion(start, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      negate
    });
  }
  onAnyCharacterSet(start, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind
    });
  }
  onEscapeCharacterSet(start, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      negate
    });
  }
  onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const base = {
      type: "CharacterSet",
      parent: null,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      strings: null,
      key
    };
    if (strings) {
      if (parent.type === "CharacterClass" && !parent.unicodeSets || negate || value !== null) {
        throw new Error("UnknownError");
      }
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    } else {
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    }
  }
  onCharacter(start, end, value) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass" && parent.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Character",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      value
    });
  }
  onBackreference(start, end, ref) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "Backreference",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ref,
      ambiguous: false,
      resolved: DUMMY_CAPTURING_GROUP
    };
    parent.elements.push(node);
    this._backreferences.push(node);
  }
  onCharacterClassEnter(start, negate, unicodeSets) {
    const parent = this._node;
    const base = {
      type: "CharacterClass",
      parent,
      start,
      end: start,
      raw: "",
      unicodeSets,
      negate,
      elements: []
    };
    if (parent.type === "Alternative") {
      const node = Object.assign(Object.assign({}, base), { parent });
      this._node = node;
      parent.elements.push(node);
    } else if (parent.type === "CharacterClass" && parent.unicodeSets && unicodeSets) {
      const node = Object.assign(Object.assign({}, base), {
        parent,
        unicodeSets
      });
      this._node = node;
      parent.elements.push(node);
    } else {
      throw new Error("UnknownError");
    }
  }
  onCharacterClassLeave(start, end) {
    const node = this._node;
    if (node.type !== "CharacterClass" || node.parent.type !== "Alternative" && node.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const parent = node.parent;
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = parent;
    const expression = this._expressionBufferMap.get(node);
    if (!expression) {
      return;
    }
    if (node.elements.length > 0) {
      throw new Error("UnknownError");
    }
    this._expressionBufferMap.delete(node);
    const newNode = {
      type: "ExpressionCharacterClass",
      parent,
      start: node.start,
      end: node.end,
      raw: node.raw,
      negate: node.negate,
      expression
    };
    expression.parent = newNode;
    if (node !== parent.elements.pop()) {
      throw new Error("UnknownError");
    }
    parent.elements.push(newNode);
  }
  onCharacterClassRange(start, end) {
    const parent = this._node;
    if (parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const elements = parent.elements;
    const max = elements.pop();
    if (!max || max.type !== "Character") {
      throw new Error("UnknownError");
    }
    if (!parent.unicodeSets) {
      const hyphen = elements.pop();
      if (!hyphen || hyphen.type !== "Character" || hyphen.value !== HYPHEN_MINUS) {
        throw new Error("UnknownError");
      }
    }
    const min = elements.pop();
    if (!min || min.type !== "Character") {
      throw new Error("UnknownError");
    }
    const node = {
      type: "CharacterClassRange",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      min,
      max
    };
    min.parent = node;
    max.parent = node;
    elements.push(node);
  }
  onClassIntersection(start, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassSubtraction" || left.type !== "ClassIntersection" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node = {
      type: "ClassIntersection",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      left,
      right
    };
    left.parent = node;
    right.parent = node;
    this._expressionBufferMap.set(parent, node);
  }
  onClassSubtraction(start, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassIntersection" || left.type !== "ClassSubtraction" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node = {
      type: "ClassSubtraction",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      left,
      right
    };
    left.parent = node;
    right.parent = node;
    this._expressionBufferMap.set(parent, node);
  }
  onClassStringDisjunctionEnter(start) {
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "ClassStringDisjunction",
      parent,
      start,
      end: start,
      raw: "",
      alternatives: []
    };
    parent.elements.push(this._node);
  }
  onClassStringDisjunctionLeave(start, end) {
    const node = this._node;
    if (node.type !== "ClassStringDisjunction" || node.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
  onStringAlternativeEnter(start) {
    const parent = this._node;
    if (parent.type !== "ClassStringDisjunction") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "StringAlternative",
      parent,
      start,
      end: start,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onStringAlternativeLeave(start, end) {
    const node = this._node;
    if (node.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    node.end = end;
    node.raw = this.source.slice(start, end);
    this._node = node.parent;
  }
};
var RegExpParser = class {
  constructor(options) {
    this._state = new RegExpParserState(options);
    this._validator = new RegExpValidator(this._state);
  }
  parseLiteral(source, start = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateLiteral(source, start, end);
    const pattern = this._state.pattern;
    const flags = this._state.flags;
    const literal = {
      type: "RegExpLiteral",
      parent: null,
      start,
      end,
      raw: source,
      pattern,
      flags
    };
    pattern.parent = literal;
    flags.parent = literal;
    return literal;
  }
  parseFlags(source, start = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateFlags(source, start, end);
    return this._state.flags;
  }
  parsePattern(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    this._state.source = source;
    this._validator.validatePattern(source, start, end, uFlagOrFlags);
    return this._state.pattern;
  }
};
var RegExpVisitor = class {
  constructor(handlers) {
    this._handlers = handlers;
  }
  visit(node) {
    switch (node.type) {
      case "Alternative":
        this.visitAlternative(node);
        break;
      case "Assertion":
        this.visitAssertion(node);
        break;
      case "Backreference":
        this.visitBackreference(node);
        break;
      case "CapturingGroup":
        this.visitCapturingGroup(node);
        break;
      case "Character":
        this.visitCharacter(node);
        break;
      case "CharacterClass":
        this.visitCharacterClass(node);
        break;
      case "CharacterClassRange":
        this.visitCharacterClassRange(node);
        break;
      case "CharacterSet":
        this.visitCharacterSet(node);
        break;
      case "ClassIntersection":
        this.visitClassIntersection(node);
        break;
      case "ClassStringDisjunction":
        this.visitClassStringDisjunction(node);
        break;
      case "ClassSubtraction":
        this.visitClassSubtraction(node);
        break;
      case "ExpressionCharacterClass":
        this.visitExpressionCharacterClass(node);
        break;
      case "Flags":
        this.visitFlags(node);
        break;
      case "Group":
        this.visitGroup(node);
        break;
      case "Modifiers":
        this.visitModifiers(node);
        break;
      case "ModifierFlags":
        this.visitModifierFlags(node);
        break;
      case "Pattern":
        this.visitPattern(node);
        break;
      case "Quantifier":
        this.visitQuantifier(node);
        break;
      case "RegExpLiteral":
        this.visitRegExpLiteral(node);
        break;
      case "StringAlternative":
        this.visitStringAlternative(node);
        break;
      default:
        throw new Error(`Unknown type: ${node.type}`);
    }
  }
  visitAlternative(node) {
    if (this._handlers.onAlternativeEnter) {
      this._handlers.onAlternativeEnter(node);
    }
    node.elements.forEach(this.visit, this);
    if (this._handlers.onAlternativeLeave) {
      this._handlers.onAlternativeLeave(node);
    }
  }
  visitAssertion(node) {
    if (this._handlers.onAssertionEnter) {
      this._handlers.onAssertionEnter(node);
    }
    if (node.kind === "lookahead" || node.kind === "lookbehind") {
      node.alternatives.forEach(this.visit, this);
    }
    if (this._handlers.onAssertionLeave) {
      this._handlers.onAssertionLeave(node);
    }
  }
  visitBackreference(node) {
    if (this._handlers.onBackreferenceEnter) {
      this._handlers.onBackreferenceEnter(node);
    }
    if (this._handlers.onBackreferenceLeave) {
      this._handlers.onBackreferenceLeave(node);
    }
  }
  visitCapturingGroup(node) {
    if (this._handlers.onCapturingGroupEnter) {
      this._handlers.onCapturingGroupEnter(node);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onCapturingGroupLeave) {
      this._handlers.onCapturingGroupLeave(node);
    }
  }
  visitCharacter(node) {
    if (this._handlers.onCharacterEnter) {
      this._handlers.onCharacterEnter(node);
    }
    if (this._handlers.onCharacterLeave) {
      this._handlers.onCharacterLeave(node);
    }
  }
  visitCharacterClass(node) {
    if (this._handlers.onCharacterClassEnter) {
      this._handlers.onCharacterClassEnter(node);
    }
    node.elements.forEach(this.visit, this);
    if (this._handlers.onCharacterClassLeave) {
      this._handlers.onCharacterClassLeave(node);
    }
  }
  visitCharacterClassRange(node) {
    if (this._handlers.onCharacterClassRangeEnter) {
      this._handlers.onCharacterClassRangeEnter(node);
    }
    this.visitCharacter(node.min);
    this.visitCharacter(node.max);
    if (this._handlers.onCharacterClassRangeLeave) {
      this._handlers.onCharacterClassRangeLeave(node);
    }
  }
  visitCharacterSet(node) {
    if (this._handlers.onCharacterSetEnter) {
      this._handlers.onCharacterSetEnter(node);
    }
    if (this._handlers.onCharacterSetLeave) {
      this._handlers.onCharacterSetLeave(node);
    }
  }
  visitClassIntersection(node) {
    if (this._handlers.onClassIntersectionEnter) {
      this._handlers.onClassIntersectionEnter(node);
    }
    this.visit(node.left);
    this.visit(node.right);
    if (this._handlers.onClassIntersectionLeave) {
      this._handlers.onClassIntersectionLeave(node);
    }
  }
  visitClassStringDisjunction(node) {
    if (this._handlers.onClassStringDisjunctionEnter) {
      this._handlers.onClassStringDisjunctionEnter(node);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onClassStringDisjunctionLeave) {
      this._handlers.onClassStringDisjunctionLeave(node);
    }
  }
  visitClassSubtraction(node) {
    if (this._handlers.onClassSubtractionEnter) {
      this._handlers.onClassSubtractionEnter(node);
    }
    this.visit(node.left);
    this.visit(node.right);
    if (this._handlers.onClassSubtractionLeave) {
      this._handlers.onClassSubtractionLeave(node);
    }
  }
  visitExpressionCharacterClass(node) {
    if (this._handlers.onExpressionCharacterClassEnter) {
      this._handlers.onExpressionCharacterClassEnter(node);
    }
    this.visit(node.expression);
    if (this._handlers.onExpressionCharacterClassLeave) {
      this._handlers.onExpressionCharacterClassLeave(node);
    }
  }
  visitFlags(node) {
    if (this._handlers.onFlagsEnter) {
      this._handlers.onFlagsEnter(node);
    }
    if (this._handlers.onFlagsLeave) {
      this._handlers.onFlagsLeave(node);
    }
  }
  visitGroup(node) {
    if (this._handlers.onGroupEnter) {
      this._handlers.onGroupEnter(node);
    }
    if (node.modifiers) {
      this.visit(node.modifiers);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onGroupLeave) {
      this._handlers.onGroupLeave(node);
    }
  }
  visitModifiers(node) {
    if (this._handlers.onModifiersEnter) {
      this._handlers.onModifiersEnter(node);
    }
    if (node.add) {
      this.visit(node.add);
    }
    if (node.remove) {
      this.visit(node.remove);
    }
    if (this._handlers.onModifiersLeave) {
      this._handlers.onModifiersLeave(node);
    }
  }
  visitModifierFlags(node) {
    if (this._handlers.onModifierFlagsEnter) {
      this._handlers.onModifierFlagsEnter(node);
    }
    if (this._handlers.onModifierFlagsLeave) {
      this._handlers.onModifierFlagsLeave(node);
    }
  }
  visitPattern(node) {
    if (this._handlers.onPatternEnter) {
      this._handlers.onPatternEnter(node);
    }
    node.alternatives.forEach(this.visit, this);
    if (this._handlers.onPatternLeave) {
      this._handlers.onPatternLeave(node);
    }
  }
  visitQuantifier(node) {
    if (this._handlers.onQuantifierEnter) {
      this._handlers.onQuantifierEnter(node);
    }
    this.visit(node.element);
    if (this._handlers.onQuantifierLeave) {
      this._handlers.onQuantifierLeave(node);
    }
  }
  visitRegExpLiteral(node) {
    if (this._handlers.onRegExpLiteralEnter) {
      this._handlers.onRegExpLiteralEnter(node);
    }
    this.visitPattern(node.pattern);
    this.visitFlags(node.flags);
    if (this._handlers.onRegExpLiteralLeave) {
      this._handlers.onRegExpLiteralLeave(node);
    }
  }
  visitStringAlternative(node) {
    if (this._handlers.onStringAlternativeEnter) {
      this._handlers.onStringAlternativeEnter(node);
    }
    node.elements.forEach(this.visit, this);
    if (this._handlers.onStringAlternativeLeave) {
      this._handlers.onStringAlternativeLeave(node);
    }
  }
};
function visitRegExpAST(node, handlers) {
  new RegExpVisitor(handlers).visit(node);
}

// src/rules/regex-literals.ts
var MIN_LENGTH = 3;
var strength = (r) => Math.min(...r.map((s) => s.length));
function requiredLiterals(source, flags) {
  if (flags.includes("i")) return void 0;
  let pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: flags.includes("u"),
      unicodeSets: flags.includes("v")
    });
  } catch {
    return void 0;
  }
  const found = ofAlternatives(pattern.alternatives);
  return found && strength(found) >= MIN_LENGTH ? found : void 0;
}
function ofAlternatives(alternatives) {
  const out = [];
  for (const alternative of alternatives) {
    const r = ofSequence(alternative.elements);
    if (!r) return void 0;
    out.push(...r);
  }
  return out.length ? [...new Set(out)] : void 0;
}
function ofSequence(elements) {
  let best;
  const consider = (r) => {
    if (r && (!best || strength(r) > strength(best))) best = r;
  };
  let run = "";
  for (const element of elements) {
    if (element.type === "Character") {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) consider([run]);
    run = "";
    consider(ofElement(element));
  }
  if (run) consider([run]);
  return best;
}
function ofElement(node) {
  switch (node.type) {
    case "Character":
      return [String.fromCodePoint(node.value)];
    case "Group":
      return node.modifiers ? void 0 : ofAlternatives(node.alternatives);
    case "CapturingGroup":
      return ofAlternatives(node.alternatives);
    case "Quantifier":
      return node.min >= 1 ? ofElement(node.element) : void 0;
    default:
      return void 0;
  }
}

// src/rules/regex-safety.ts
var unbounded = (q) => q.max === Infinity || q.max > 10;
function backtrackingRisk(source, flags) {
  if (!/\)[*+?{]/.test(source)) return void 0;
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source.replace(/\//g, "\\/")}/${flags}`);
  } catch {
    return void 0;
  }
  const ignoreCase = flags.includes("i");
  let found;
  visitRegExpAST(ast, {
    onQuantifierEnter(outer) {
      if (found || outer.max <= 1) return;
      if (unbounded(outer)) {
        let nested = false;
        visitRegExpAST(outer.element, {
          onQuantifierEnter(inner2) {
            if (inner2 !== outer && unbounded(inner2)) nested = true;
          }
        });
        if (nested) {
          found = {
            fragment: outer.raw,
            why: "repeats something that itself repeats without bound; rewrite it (e.g. `(a+)+` as `a+`)"
          };
          return;
        }
      }
      if (unbounded(outer) && firstOf(outer.element).nullable) {
        found = {
          fragment: outer.raw,
          why: "repeats without bound something that can match nothing; make each repetition match at least one character (e.g. `(?:a?b?)*` as `(?:a|b)*`)"
        };
        return;
      }
      const alternatives = groupAlternatives(outer.element);
      if (alternatives && overlapping(alternatives, ignoreCase)) {
        found = {
          fragment: outer.raw,
          why: "repeats a choice whose alternatives can match the same text; make them exclusive (e.g. `(\\w|\\d)*` as `\\w*`, `(ab|ac)*` as `(a[bc])*`)"
        };
        return;
      }
      const single = alternatives?.length === 1 ? alternatives[0].elements : void 0;
      const inner = single?.length === 1 && single[0].type === "Quantifier" ? single[0] : void 0;
      if (inner && inner.min !== inner.max)
        found = {
          fragment: outer.raw,
          why: "repeats a repeat of varying length, which can split the same text in many ways; use one count (e.g. `(a{1,10}){1,10}` as `a{1,100}`)"
        };
    }
  });
  return found;
}
function groupAlternatives(element) {
  return element.type === "Group" || element.type === "CapturingGroup" ? element.alternatives : void 0;
}
var WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
var DIGIT = [[48, 57]];
var SPACE = [
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279]
];
var MAX = 1114111;
function complement(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}
function union(a, b) {
  return a === "any" || b === "any" ? "any" : [...a, ...b];
}
function intersects(a, b) {
  if (a === "any") return b === "any" || b.length > 0;
  if (b === "any") return a.length > 0;
  return a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));
}
function withCases(set) {
  if (set === "any") return set;
  const extra = [];
  for (const [lo, hi] of set) {
    const upper = [Math.max(lo, 65), Math.min(hi, 90)];
    const lower = [Math.max(lo, 97), Math.min(hi, 122)];
    if (upper[0] <= upper[1]) extra.push([upper[0] + 32, upper[1] + 32]);
    if (lower[0] <= lower[1]) extra.push([lower[0] - 32, lower[1] - 32]);
  }
  return [...set, ...extra];
}
function escapeSet(kind, negate) {
  const ranges = kind === "digit" ? DIGIT : kind === "space" ? SPACE : kind === "word" ? WORD : void 0;
  if (!ranges) return "any";
  return negate ? complement(ranges) : ranges;
}
function classElementSet(element) {
  switch (element.type) {
    case "Character":
      return [[element.value, element.value]];
    case "CharacterClassRange":
      return [[element.min.value, element.max.value]];
    case "CharacterSet":
      return escapeSet(element.kind, "negate" in element ? Boolean(element.negate) : false);
    default:
      return "any";
  }
}
function classSet(element) {
  let set = [];
  for (const e of element.elements) set = union(set, classElementSet(e));
  if (!element.negate) return set;
  return set === "any" ? "any" : complement(set);
}
function firstOf(element) {
  switch (element.type) {
    case "Character":
      return { set: [[element.value, element.value]], nullable: false };
    case "CharacterClass":
      return { set: classSet(element), nullable: false };
    case "CharacterSet":
      return {
        set: element.kind === "any" ? "any" : escapeSet(element.kind, "negate" in element ? Boolean(element.negate) : false),
        nullable: false
      };
    case "Group":
    case "CapturingGroup": {
      let set = [];
      let nullable = false;
      for (const alternative of element.alternatives) {
        const first = firstOfAlternative(alternative);
        set = union(set, first.set);
        nullable ||= first.nullable;
      }
      return { set, nullable };
    }
    case "Quantifier": {
      const first = firstOf(element.element);
      return { set: first.set, nullable: element.min === 0 || first.nullable };
    }
    case "Assertion":
      return { set: [], nullable: true };
    default:
      return { set: "any", nullable: true };
  }
}
function firstOfAlternative(alternative) {
  let set = [];
  for (const element of alternative.elements) {
    const first = firstOf(element);
    set = union(set, first.set);
    if (!first.nullable) return { set, nullable: false };
  }
  return { set, nullable: true };
}
function overlapping(alternatives, ignoreCase) {
  if (alternatives.length < 2) return false;
  const firsts = alternatives.map((a) => {
    const first = firstOfAlternative(a);
    return { set: ignoreCase ? withCases(first.set) : first.set, nullable: first.nullable };
  });
  for (let i = 0; i < firsts.length; i++)
    for (let j = i + 1; j < firsts.length; j++)
      if (firsts[i].nullable || firsts[j].nullable || intersects(firsts[i].set, firsts[j].set))
        return true;
  return false;
}

// src/kinds/kind.ts
var OptionError = class extends Error {
  constructor(key, message) {
    super(message);
    this.key = key;
  }
  key;
};
function defineKind(module) {
  return module;
}

// src/parsers/python-lexical.ts
var STRING_PREFIX = /^(?:[rRbBuUfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
var IDENTIFIER = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
var ASCII_WORD = new Uint8Array(128).map((_, c) => /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0);
var isWordChar = (text, i) => {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD[code] === 1 : IDENTIFIER.test(text[i]);
};
function lexicalPlaces(text, offsets) {
  const out = [];
  let depth = 0;
  let i = 0;
  let k = 0;
  const settle = (end, kind) => {
    for (; k < offsets.length && offsets[k] < end; k++)
      out.push({ kind, depth: kind === "code" ? depth : 0, continued: continuesLine(text, offsets[k]) });
  };
  while (k < offsets.length && i < text.length) {
    const c = text[i];
    let end = i + 1;
    let kind = "code";
    if (c === "#") {
      end = text.indexOf("\n", i);
      if (end === -1) end = text.length;
      kind = "comment";
    } else if (c === '"' || c === "'") {
      const after = stringEnd(text, i, false);
      if (after === void 0) break;
      end = after;
      kind = "string";
    } else if (isWordChar(text, i)) {
      while (end < text.length && isWordChar(text, end)) end++;
      const word = text.slice(i, end);
      if ((text[end] === '"' || text[end] === "'") && STRING_PREFIX.test(word)) {
        const after = stringEnd(text, end, /[fFtT]/.test(word));
        if (after === void 0) break;
        end = after;
        kind = "string";
      }
    }
    settle(end, kind);
    if (kind === "code") {
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
    }
    i = end;
  }
  while (out.length < offsets.length) out.push({ kind: "unknown", depth: 0, continued: false });
  return out;
}
function continuesLine(text, i) {
  let start = i;
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  let before = start - 1;
  if (text[before] === "\n" && text[before - 1] === "\r") before--;
  return before > 0 && text[before - 1] === "\\";
}
function stringEnd(text, i, formatted) {
  const quote = text[i];
  const triple = text[i + 1] === quote && text[i + 2] === quote;
  let j = i + (triple ? 3 : 1);
  while (j < text.length) {
    const ch = text[j];
    if (ch === "\\") {
      j += text[j + 1] === "\r" && text[j + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (formatted && ch === "{") {
      if (text[j + 1] !== "{") return void 0;
      j += 2;
      continue;
    }
    if (triple) {
      if (ch === quote && text[j + 1] === quote && text[j + 2] === quote) return j + 3;
    } else {
      if (ch === quote) return j + 1;
      if (ch === "\n" || ch === "\r") return void 0;
    }
    j++;
  }
  return void 0;
}
function statementPlaces(text, offsets) {
  return lexicalPlaces(text, offsets).map(
    (p) => p.kind === "string" || p.kind === "comment" ? "string-or-comment" : p.kind === "code" && p.depth === 0 && !p.continued ? "code" : "unknown"
  );
}

// src/kinds/text-match.ts
var PLACES = ["anywhere", "code", "comments", "strings"];
var textMatchOptions = (z) => ({
  pattern: z.string().optional().describe(
    "A JavaScript regular expression (multiline: ^ and $ match at line ends). Give `pattern` or `literal`."
  ),
  literal: z.string().optional().describe("Exact text to look for, instead of a regular expression."),
  ignoreCase: z.boolean().optional().describe("Match letters regardless of case. Default: false."),
  in: z.union([z.enum(PLACES), z.array(z.enum(PLACES)).min(1)]).optional().describe(
    "Where a match counts, judged by where it starts: `anywhere`, or one or more of `code`, `comments`, `strings`. In Python files `code` excludes comments and string literals (docstrings too); in other files every match is code and none is a comment or string. Default: anywhere."
  ),
  within: z.array(z.string().min(1)).optional().describe(
    "Python only: count matches only inside these functions or classes (a plain name matches at any depth, `Class.method` matches the qualified name)."
  )
});
var PATTERN_BUDGET_MS = 1e4;
var requiredByPattern = /* @__PURE__ */ new WeakMap();
function requiredText({ regex }) {
  let known = requiredByPattern.get(regex);
  if (!known)
    requiredByPattern.set(regex, known = { literals: requiredLiterals(regex.source, regex.flags) });
  return known.literals;
}
function compileTextMatcher(options) {
  if (options.pattern === void 0 === (options.literal === void 0)) {
    throw new OptionError(
      options.pattern === void 0 ? "id" : "literal",
      "give exactly one of `pattern` or `literal`"
    );
  }
  const flags = `gm${options.ignoreCase ? "i" : ""}`;
  let regex;
  try {
    regex = new RegExp(options.pattern ?? escapeRegex(options.literal), flags);
  } catch (error) {
    throw new OptionError("pattern", `is not a valid regular expression: ${error.message}`);
  }
  const risk = options.pattern === void 0 ? void 0 : backtrackingRisk(options.pattern, flags);
  if (risk)
    throw new OptionError(
      "pattern",
      `can take exponential time on some inputs: \`${risk.fragment}\` ${risk.why}`
    );
  return {
    regex,
    spending: { ms: 0, unchecked: 0 },
    label: options.literal !== void 0 ? `\`${options.literal}\`` : `/${options.pattern}/`,
    where: placesOf(options.in),
    ...options.within ? { within: options.within, defines: definitionOf(options.within.map(lastSegment)) } : {}
  };
}
var lastSegment = (name) => name.slice(name.lastIndexOf(".") + 1);
var definitionOf = (names) => new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:def|class)(?:\\s|\\\\)+(?:${names.map(escapeRegex).join("|")})(?![\\p{L}\\p{N}_])`,
  "u"
);
function placesOf(option) {
  const places = new Set(
    option === void 0 ? ["anywhere"] : Array.isArray(option) ? option : [option]
  );
  return places.has("anywhere") || places.size === 3 ? /* @__PURE__ */ new Set(["anywhere"]) : places;
}
var isPythonPath = (path) => /\.pyi?$/.test(path);
function scopeRanges(module, names) {
  return outermost(
    module.scopes.filter((s) => names.some((n) => n.includes(".") ? s.qualifiedName === n : s.name === n)).map((s) => [s.start, s.end])
  );
}
var PLACE_OF_KIND = {
  code: "code",
  string: "strings",
  comment: "comments",
  unknown: "anywhere"
};
function placeOf(offset, module) {
  if (inRanges(offset, module.comments)) return "comments";
  return inRanges(offset, module.strings) ? "strings" : "code";
}
function mayMatch(file, matcher) {
  const required = requiredText(matcher);
  if (required && !required.some((literal) => file.contains(literal))) return false;
  return !matcher.within || mayDefineScope(file, matcher);
}
function mayDefineScope(file, matcher) {
  return matcher.within !== void 0 && isPythonPath(file.path) && matcher.within.some((name) => file.contains(lastSegment(name))) && matcher.defines.test(file.text);
}
async function findTextMatches(file, matcher, limit = Infinity) {
  if (!mayMatch(file, matcher)) return [];
  const spending = matcher.spending;
  if (spending.ms >= PATTERN_BUDGET_MS) {
    spending.unchecked++;
    return [];
  }
  const python = isPythonPath(file.path);
  const raw = [];
  const regex = matcher.regex;
  regex.lastIndex = 0;
  const started = performance.now();
  for (let m = regex.exec(file.text); m; m = regex.exec(file.text)) {
    raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) regex.lastIndex++;
  }
  spending.ms += performance.now() - started;
  if (spending.ms >= PATTERN_BUDGET_MS) spending.exhaustedOn ??= file.path;
  if (raw.length === 0) return raw;
  const anywhere = matcher.where.has("anywhere");
  if (!python) {
    return anywhere || matcher.where.has("code") ? raw.slice(0, limit) : [];
  }
  if (anywhere && !matcher.within) return raw.slice(0, limit);
  if (!matcher.within) {
    const places = lexicalPlaces(
      file.text,
      raw.map((m) => m.start)
    );
    if (places.every((p) => p.kind !== "unknown"))
      return raw.filter((_, i) => matcher.where.has(PLACE_OF_KIND[places[i].kind])).slice(0, limit);
  }
  const module = await file.python();
  const scopes = matcher.within ? scopeRanges(module, matcher.within) : void 0;
  const kept = [];
  for (const m of raw) {
    if (scopes && !inRanges(m.start, scopes)) continue;
    if (!anywhere && !matcher.where.has(placeOf(m.start, module))) continue;
    kept.push(m);
    if (kept.length >= limit) break;
  }
  return kept;
}
function excerpt(text, max = 60) {
  const line = text.split("\n")[0].trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function patternIncomplete({ spending }) {
  if (spending.exhaustedOn === void 0) return void 0;
  return `its pattern ran past its time budget (${PATTERN_BUDGET_MS / 1e3} s for the whole scan) on ${spending.exhaustedOn}; ${spending.unchecked} more ${spending.unchecked === 1 ? "file was" : "files were"} not checked`;
}

// src/versions/specifiers.ts
var import_pep440 = __toESM(require_pep440(), 1);
var import_specifier = __toESM(require_specifier(), 1);
function isValidSpecifier(spec) {
  if (spec.trim() === "") return true;
  try {
    return ((0, import_specifier.parse)(spec) ?? []).length > 0;
  } catch {
    return false;
  }
}
function releasesIn(spec) {
  if (spec.trim() === "") return [];
  try {
    const parsed = (0, import_specifier.parse)(spec) ?? [];
    return parsed.map((c) => c.release ?? []).filter((r) => r.length > 0);
  } catch {
    return [];
  }
}
function probes(...specs) {
  const out = /* @__PURE__ */ new Set(["0", "0.0.1", "99999"]);
  for (const release of specs.flatMap(releasesIn)) {
    out.add(release.join("."));
    out.add([...release, 1].join("."));
    out.add([...release, 0, 1].join("."));
    const below2 = [...release];
    let i = below2.length - 1;
    while (i >= 0 && below2[i] === 0) i--;
    if (i >= 0) {
      below2[i] = below2[i] - 1;
      for (let j = i + 1; j < below2.length; j++) below2[j] = 999;
      out.add([...below2, 999].join("."));
    }
  }
  return [...out];
}
function remembered(question) {
  const known = /* @__PURE__ */ new Map();
  return (a, b) => {
    const key = `${a}\0${b}`;
    let answer = known.get(key);
    if (answer === void 0) known.set(key, answer = question(a, b));
    return answer;
  };
}
var satisfiedBy = remembered((spec, version) => (0, import_pep440.satisfies)(version, spec));
var allows = (spec, version) => spec.trim() === "" || satisfiedBy(spec, version);
var overlaps = remembered((a, b) => probes(a, b).some((v) => allows(a, v) && allows(b, v)));
var within = remembered((declared, spec) => {
  const allowed = probes(declared, spec).filter((v) => allows(declared, v));
  return allowed.length > 0 && allowed.every((v) => allows(spec, v));
});
function majorMinor(version) {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : void 0;
}

// src/kinds/dependency-options.ts
var PACKAGING_FILES = [
  "**/Dockerfile",
  "**/Dockerfile.*",
  "**/*.Dockerfile",
  "**/setup.py",
  "**/setup.cfg",
  "**/pyproject.toml",
  "**/Pipfile",
  "**/uv.lock",
  "**/environment*.yml",
  "**/environment*.yaml"
];
var DEPENDENCY_FILES = [
  "**/requirements*.txt",
  "**/requirements*.in",
  "**/*-requirements.txt",
  ...PACKAGING_FILES
];
function isDependencyInput(path) {
  return fileTypeOf(path) !== void 0 || /\.(txt|in|cfg|toml|lock|ya?ml)$/i.test(path);
}
var packageSpec = (z) => z.string().describe(
  "A PEP 508 requirement: a name (compared per PEP 503), optional [extras] and an optional PEP 440 specifier, e.g. `uvicorn[standard]`, `fastapi>=0.100`, `pydantic<2`."
);
function compilePackageSpec(spec, key) {
  const requirement = parseRequirement(spec);
  if (!requirement || requirement.url)
    throw new OptionError(key, `'${spec}' is not a requirement like \`name[extra]>=1.0\``);
  if (!isValidSpecifier(requirement.specifier))
    throw new OptionError(key, `'${spec}' has an invalid PEP 440 version specifier`);
  return requirement;
}
function describeRequirement(r) {
  return `\`${r.name}${r.extras.length ? `[${r.extras.join(",")}]` : ""}${r.specifier}\``;
}
function uniqueByLocation(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((i) => {
    const key = `${i.path}:${i.region?.line}:${i.region?.column}:${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/kinds/dependency-conflict.ts
var dependencyConflict = defineKind({
  kind: "dependency-conflict",
  description: "Combinations that cannot install together: when a file (in a rule with `root`: the root) installs a version range that can include one of `trigger`, any declaration entirely inside a `conflicts` range is a finding (an unpinned package is never a conflict).",
  defaultFiles: DEPENDENCY_FILES,
  readsInTree: true,
  options: (z) => ({
    trigger: z.union([packageSpec(z), z.array(packageSpec(z)).min(1)]).describe(
      "What starts the check: one or several PEP 508 specs, e.g. `fastapi>=0.100`. (`when` as a string is read as `trigger`, as rule files written before 0.2 did.)"
    ),
    conflicts: z.array(packageSpec(z)).min(1).describe(
      "Pins that cannot coexist with it, e.g. `pydantic<2`, `langchain<0.1`, `mlflow<2.9`, `ray<2.8`."
    )
  }),
  compile: (options) => ({
    triggers: (Array.isArray(options.trigger) ? options.trigger : [options.trigger]).map(
      (t, i) => compilePackageSpec(t, Array.isArray(options.trigger) ? `trigger.${i}` : "trigger")
    ),
    conflicts: options.conflicts.map((c, i) => compilePackageSpec(c, `conflicts.${i}`))
  }),
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, compiled, rule, selected2) {
    const findings = [];
    const groups = rule.root !== void 0 ? [selected2] : selected2.map((path) => [path]);
    for (const group of groups) {
      const declared = (await Promise.all(group.map((path) => declaredRequirements(tree, path)))).flat();
      const trigger = declared.find(
        (d) => compiled.triggers.some((t) => t.normalized === d.normalized && overlaps(d.specifier, t.specifier))
      );
      if (!trigger) continue;
      for (const d of declared) {
        const conflict = compiled.conflicts.find(
          (c) => c.normalized === d.normalized && d.specifier !== "" && within(d.specifier, c.specifier)
        );
        if (!conflict) continue;
        findings.push({
          path: d.path,
          region: d.region,
          message: `Pins ${describeRequirement(d)} (inside ${describeRequirement(conflict)}) next to ${describeRequirement(trigger)} (${trigger.path}:${trigger.region.line}).`
        });
      }
    }
    return uniqueByLocation(findings);
  }
});

// src/kinds/forbidden-dependency.ts
var forbiddenDependency = defineKind({
  kind: "forbidden-dependency",
  description: "Packages that must not be installed: requirements files (with -r includes), Dockerfile pip/conda installs (with the files they install), setup.py, setup.cfg, pyproject.toml, Pipfile, uv.lock, conda environments. With a version specifier, only declarations that can install such a version count.",
  defaultFiles: DEPENDENCY_FILES,
  readsInTree: true,
  options: (z) => ({
    packages: z.array(packageSpec(z)).min(1).describe("The forbidden packages, e.g. `flask`, `gunicorn`, `pydantic<2`.")
  }),
  compile: (options) => options.packages.map((p, i) => compilePackageSpec(p, `packages.${i}`)),
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, forbidden, _rule, selected2) {
    const findings = [];
    for (const path of selected2) {
      for (const declared of await declaredRequirements(tree, path)) {
        const hit = forbidden.find(
          (f) => f.normalized === declared.normalized && overlaps(declared.specifier, f.specifier)
        );
        if (hit && declared.lockedFor !== void 0)
          tree.note({
            path: declared.path,
            line: declared.region.line,
            message: `${describeRequirement(declared)} is locked for ${declared.lockedFor}, not declared by the project; it goes when ${declared.lockedFor} no longer needs it`
          });
        else if (hit)
          findings.push({
            path: declared.path,
            region: declared.region,
            message: `Installs ${describeRequirement(declared)}.`
          });
      }
    }
    return uniqueByLocation(findings);
  }
});

// src/kinds/import-prefilter.ts
var STATEMENT_START = /(?:^|[;:])[ \t]*(?:from|import)(?=[ \t\\(.])/g;
function candidateLines(text) {
  const starts = /* @__PURE__ */ new Set();
  for (let i = text.indexOf("import"); i !== -1; i = text.indexOf("import", i + 6)) {
    let start = lineStartOf(text, i);
    if (starts.has(start)) continue;
    starts.add(start);
    while (start > 0 && continued(text, start)) {
      start = lineStartOf(text, start - 1 - (text[start - 1] === "\n" && text[start - 2] === "\r" ? 1 : 0));
      if (starts.has(start)) break;
      starts.add(start);
    }
  }
  return [...starts].sort((a, b) => a - b);
}
var isLineEnd = (code) => code === 10 || code === 13;
function lineStartOf(text, index) {
  let i = index;
  while (i > 0 && !isLineEnd(text.charCodeAt(i - 1))) i--;
  return i;
}
function lineEndOf(text, start) {
  let i = start;
  while (i < text.length && !isLineEnd(text.charCodeAt(i))) i++;
  return i;
}
function continued(text, lineStart) {
  const before = text[lineStart - 1] === "\n" && text[lineStart - 2] === "\r" ? lineStart - 3 : lineStart - 2;
  return text[before] === "\\";
}
function statementText(text, start) {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r"))
      i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 2 : 1;
    else if ((c === "\n" || c === "\r") && depth === 0) break;
    else if ((c === "#" || c === ";") && depth === 0) break;
  }
  return text.slice(start, i);
}
function importCandidates(text) {
  const out = [];
  let coveredUntil = 0;
  for (const lineStart of candidateLines(text)) {
    const line = text.slice(lineStart, lineEndOf(text, lineStart));
    STATEMENT_START.lastIndex = 0;
    for (let m = STATEMENT_START.exec(line); m; m = STATEMENT_START.exec(line)) {
      const start = lineStart + m.index + m[0].search(/from|import/);
      if (start < coveredUntil) {
        out.push({ start, text: text.slice(start, coveredUntil), end: coveredUntil, nested: true });
        continue;
      }
      const statement = statementText(text, start);
      coveredUntil = start + statement.length;
      out.push({ start, text: statement, end: coveredUntil });
    }
  }
  return out;
}
function namePatterns(names) {
  return names.map((n) => new RegExp(`\\b${escapeRegex(n)}\\b`));
}
function naming(candidates, names) {
  return candidates.filter((c) => names.some((w) => w.test(c.text)));
}

// src/kinds/forbidden-import.ts
var MODULE_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
function importedNames(imp, packageName) {
  if (imp.level === 0) return imp.names;
  const parts = packageName ? packageName.split(".") : [];
  if (imp.level - 1 >= parts.length) return [];
  const base = parts.slice(0, parts.length - (imp.level - 1)).join(".");
  return imp.names.map((n) => `${base}.${n}`);
}
function nameMatches(name, forbidden) {
  if (name === forbidden || name.startsWith(`${forbidden}.`)) return true;
  if (name.endsWith(".*")) {
    const from = name.slice(0, -2);
    return forbidden.startsWith(`${from}.`);
  }
  return false;
}
var forbiddenImport = defineKind({
  kind: "forbidden-import",
  description: "Python imports of the listed modules (a module covers its submodules and the names imported from it; `flask.request` forbids only that name).",
  defaultFiles: ["**/*.py", "**/*.pyi"],
  options: (z) => ({
    modules: z.array(z.string()).min(1).describe("Dotted module or name paths, e.g. `flask`, `werkzeug.serving`, `flask.request`.")
  }),
  compile(options) {
    options.modules.forEach((m, i) => {
      if (!MODULE_NAME.test(m)) throw new OptionError(`modules.${i}`, `'${m}' is not a dotted Python name`);
    });
    const keywords = [...new Set(options.modules.map((m) => m.split(".").pop()))];
    return { modules: options.modules, keywordPatterns: namePatterns(keywords) };
  },
  // Synchronous when no import statement names a forbidden module (most files).
  checkFile(file, compiled, tree) {
    const candidates = naming(file.importCandidates(), compiled.keywordPatterns);
    return candidates.length === 0 ? [] : importsFound(file, candidates, compiled, tree);
  }
});
async function importsFound(file, candidates, compiled, tree) {
  const findings = [];
  for (const imp of await file.importsAmong(candidates)) {
    const names = importedNames(imp, imp.level > 0 ? tree.pythonPackageOf(file.path) : "");
    const hits = names.filter((n) => compiled.modules.some((m) => nameMatches(n, m)));
    if (hits.length === 0) continue;
    findings.push({
      path: file.path,
      region: imp.region,
      message: `Imports ${hits.map((h) => `\`${h}\``).join(", ")}.`
    });
  }
  return findings;
}

// src/kinds/forbidden-path.ts
function topmost(paths) {
  const sorted = [...paths].sort();
  const out = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== void 0 && p.startsWith(`${last}/`)) continue;
    out.push(p);
  }
  return out;
}
var forbiddenPath = defineKind({
  kind: "forbidden-path",
  description: "Files or directories that must not exist; `files` names them (globs). A matching directory is one finding, not one per file inside it.",
  matchesDirectories: true,
  // Selecting nothing is the item done: the path is gone.
  whenNothingSelected: "checked",
  options: () => ({}),
  compile: () => void 0,
  checkTree(tree, _compiled, _rule, selected2) {
    const directories = new Set(tree.directories);
    return topmost(selected2).map((path) => ({
      path,
      message: directories.has(path) ? "Directory still exists." : "File still exists."
    }));
  }
});

// src/kinds/forbidden-pattern.ts
var forbiddenPattern = defineKind({
  kind: "forbidden-pattern",
  description: "A regular expression or literal that must not appear in the selected files, optionally only in code, comments or strings, or inside named Python functions or classes.",
  options: textMatchOptions,
  compile: compileTextMatcher,
  lookFor: requiredText,
  incomplete: patternIncomplete,
  // Synchronous when the file cannot match (most files): no async call per rule and file.
  checkFile(file, matcher) {
    if (!mayMatch(file, matcher)) return [];
    return findTextMatches(file, matcher).then(
      (matches) => matches.map((m) => ({
        path: file.path,
        region: file.lines.region(m.start, m.end),
        message: `Found \`${excerpt(m.text)}\`.`
      }))
    );
  }
});

// src/parsers/python-image.ts
function parseImageReference(reference) {
  const withoutDigest = reference.split("@")[0];
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  if (colon > slash) return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
  return { name: withoutDigest };
}
var PYTHON_IMAGE = /(^|[-_])(python|pypy)([-_]|$)/i;
var TAG_NAMES_PYTHON = /(?:^|[-_.])py(?:thon)?-?(3)\.?(\d{1,2})(?=$|[-_.])/i;
function pythonVersionOfImage(reference) {
  const { name, tag } = parseImageReference(reference.trim());
  if (!tag) return void 0;
  const lastSegment2 = name.slice(name.lastIndexOf("/") + 1);
  if (PYTHON_IMAGE.test(lastSegment2)) {
    const version = /^(\d+)\.(\d+)/.exec(tag);
    if (version) return `${version[1]}.${version[2]}`;
  }
  const named = TAG_NAMES_PYTHON.exec(tag);
  return named ? `${named[1]}.${named[2]}` : void 0;
}

// src/data/distro-python.ts
var DISTRIBUTIONS = [
  {
    // https://packages.debian.org/search?keywords=python3&searchon=names&exact=1 (package python3)
    name: "Debian",
    images: ["debian"],
    releases: [
      { label: "Debian 9 (stretch)", names: ["stretch", "9"], python: "3.5" },
      { label: "Debian 10 (buster)", names: ["buster", "10"], python: "3.7" },
      { label: "Debian 11 (bullseye)", names: ["bullseye", "11"], python: "3.9" },
      { label: "Debian 12 (bookworm)", names: ["bookworm", "12"], python: "3.11" },
      { label: "Debian 13 (trixie)", names: ["trixie", "13"], python: "3.13" }
    ]
  },
  {
    // https://packages.ubuntu.com/search?keywords=python3&searchon=names&exact=1 (package python3)
    name: "Ubuntu",
    images: ["ubuntu"],
    releases: [
      { label: "Ubuntu 16.04", names: ["xenial", "16.04"], python: "3.5" },
      { label: "Ubuntu 18.04", names: ["bionic", "18.04"], python: "3.6" },
      { label: "Ubuntu 20.04", names: ["focal", "20.04"], python: "3.8" },
      { label: "Ubuntu 22.04", names: ["jammy", "22.04"], python: "3.10" },
      { label: "Ubuntu 24.04", names: ["noble", "24.04"], python: "3.12" }
    ]
  },
  {
    // RHEL 7/8/9 and their rebuilds: `python3` is 3.6 on 7 and 8, 3.9 on 9 (Red Hat's "Installing and
    // using dynamic programming languages", Python versions by release); UBI images are RHEL.
    name: "Red Hat Enterprise Linux",
    images: ["ubi", "ubi-minimal", "ubi-init", "centos", "rockylinux", "almalinux", "oraclelinux", "rhel"],
    releases: [
      { label: "RHEL 7", names: ["7", "ubi7", "rhel7", "centos7"], python: "3.6" },
      { label: "RHEL 8", names: ["8", "ubi8", "rhel8", "rockylinux8", "centos8"], python: "3.6" },
      { label: "RHEL 9", names: ["9", "ubi9", "rhel9", "rockylinux9"], python: "3.9" }
    ]
  },
  {
    // https://docs.aws.amazon.com/linux/al2023/ug/python.html; Amazon Linux 2's python3 is 3.7
    name: "Amazon Linux",
    images: ["amazonlinux"],
    releases: [
      { label: "Amazon Linux 2", names: ["2"], python: "3.7" },
      { label: "Amazon Linux 2023", names: ["2023"], python: "3.9" }
    ]
  },
  {
    // https://pkgs.alpinelinux.org/packages?name=python3 (by branch)
    name: "Alpine",
    images: ["alpine"],
    releases: [
      { label: "Alpine 3.12\u20133.13", names: ["3.12", "3.13"], python: "3.8" },
      { label: "Alpine 3.14\u20133.15", names: ["3.14", "3.15"], python: "3.9" },
      { label: "Alpine 3.16\u20133.17", names: ["3.16", "3.17"], python: "3.10" },
      { label: "Alpine 3.18\u20133.19", names: ["3.18", "3.19"], python: "3.11" },
      { label: "Alpine 3.20\u20133.22", names: ["3.20", "3.21", "3.22"], python: "3.12" }
    ]
  }
];
var words = (text) => text.toLowerCase().split(/[-_:/@]+/);
function distroPython(reference) {
  const { name, tag } = parseImageReference(reference.trim());
  const segments = name.toLowerCase().split("/");
  const last = segments.at(-1);
  for (const d of DISTRIBUTIONS) {
    if (d.images.includes(last) || d.images.some((i) => segments.includes(i))) {
      const said = [...words(tag ?? ""), ...segments];
      const release = d.releases.find((r) => r.names.some((n) => said.includes(n)));
      if (release) return { distribution: release.label, python: release.python };
    }
  }
  for (const word of [...words(tag ?? ""), last]) {
    for (const d of DISTRIBUTIONS)
      for (const r of d.releases)
        for (const n of r.names)
          if (!/^\d/.test(n) && (word === n || d.images.some((i) => word === `${i}${n}`)))
            return { distribution: r.label, python: r.python };
    const ubuntu = /^ubuntu(\d\d\.\d\d)$/.exec(word);
    if (ubuntu) {
      const release = DISTRIBUTIONS[1].releases.find((r) => r.names.includes(ubuntu[1]));
      if (release) return { distribution: release.label, python: release.python };
    }
  }
  return void 0;
}

// src/deps/built-images.ts
var BUILD_FILES = /(^|\/)(Makefile|Jenkinsfile|[^/]*\.sh|[^/]*\.mk)$|^\.github\/workflows\/[^/]+\.ya?ml$/;
var isDockerfile = (path) => /(^|\/)Dockerfile[^/]*$/.test(path);
var normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, "_");
var folderOf = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
async function builtByCommands(tree) {
  const out = /* @__PURE__ */ new Map();
  const dockerfiles = new Set(tree.files.filter(isDockerfile));
  for (const path of tree.files.filter((p) => BUILD_FILES.test(p))) {
    const file = await tree.read(path);
    if (!file || !/\b(?:docker|podman)\b[^\n]*\bbuild\b/.test(file.text)) continue;
    for (const line of file.text.split("\n")) {
      if (!/\b(?:docker|podman)\b.*\bbuild\b/.test(line)) continue;
      const words2 = shellWords(line).map((w) => w.value);
      const tags = [];
      let dockerfile;
      let context;
      for (let i = words2.indexOf("build") + 1; i > 0 && i < words2.length; i++) {
        const w = words2[i];
        if (w === "-t" || w === "--tag") tags.push(words2[++i] ?? "");
        else if (w.startsWith("--tag=")) tags.push(w.slice(6));
        else if (w === "-f" || w === "--file") dockerfile = words2[++i];
        else if (w.startsWith("--file=")) dockerfile = w.slice(7);
        else if (w.startsWith("-")) {
          if (!w.includes("=") && /^--(build-arg|platform|target|label|network|secret|cache-from|cache-to|output)$/.test(w))
            i++;
        } else if (["&&", "||", ";", "|"].includes(w)) break;
        else context = w;
      }
      const candidates = [folderOf(path), ""].flatMap((base) => {
        const join = (p) => [base, p].filter((x) => x && x !== ".").join("/").replace(/^\.\//, "");
        if (dockerfile) return [join(dockerfile)];
        return context !== void 0 ? [join(`${context.replace(/\/$/, "")}/Dockerfile`)] : [];
      });
      const found = candidates.map((c) => c.replace(/(^|\/)\.\//g, "$1")).find((c) => dockerfiles.has(c));
      if (!found) continue;
      for (const tag of tags) if (tag && !tag.includes("$")) out.set(parseImageReference(tag).name, found);
    }
  }
  return out;
}
async function dockerfileBuilding(tree, image) {
  const { name } = parseImageReference(image.trim());
  const commands = await tree.memo("built-images", () => builtByCommands(tree));
  const last = name.slice(name.lastIndexOf("/") + 1);
  const byCommand = commands.get(name) ?? [...commands].find(([built]) => built.slice(built.lastIndexOf("/") + 1) === last)?.[1];
  if (byCommand) return byCommand;
  const named = tree.files.filter(
    (p) => isDockerfile(p) && /(^|\/)Dockerfile$/.test(p) && normalize(folderOf(p).split("/").at(-1) ?? "") === normalize(last)
  );
  return named.length === 1 ? named[0] : void 0;
}

// src/deps/python-declarations.ts
var PYENV_VERSION = /^(?:pypy|cpython-?)?(\d+\.\d+(?:\.\d+)?)(?:[-.+]?[A-Za-z0-9][\w.+-]*)?$/;
var lineRegion = (line, column, length) => ({
  line,
  column,
  endLine: line,
  endColumn: column + length
});
function pythonClaims(tree, path) {
  return tree.memo(`python:${path}`, () => readClaims(tree, path));
}
var MAX_BUILT_DEPTH = 4;
async function dockerfileClaims(tree, path, visiting, note = true) {
  const info = await dockerfileInfo(tree, path);
  if (!info) return [];
  const claims = [];
  const say = (line, message) => {
    if (note) tree.note({ path, line, message });
  };
  const aliases = new Map(
    info.stages.flatMap((s, i) => s.alias ? [[s.alias.toLowerCase(), i]] : [])
  );
  const baseOf = (index) => {
    for (let i = index, hops = 0; hops < info.stages.length; hops++) {
      const stage = info.stages[i];
      if (!stage?.image) return void 0;
      if (!stage.fromStage) return stage.image;
      const parent = aliases.get(stage.image.toLowerCase());
      if (parent === void 0 || parent >= i) return void 0;
      i = parent;
    }
    return void 0;
  };
  const versioned = new Set(info.pythonInstalls.filter((i) => i.version !== void 0).map((i) => i.stage));
  const claimed = /* @__PURE__ */ new Set();
  for (const install of info.pythonInstalls) {
    if (install.version === void 0 && (versioned.has(install.stage) || claimed.has(install.stage)))
      continue;
    if (install.version === void 0) claimed.add(install.stage);
    if (install.version !== void 0) {
      claims.push({
        path,
        region: install.region,
        version: install.version,
        source: `installs python${install.version}`
      });
      continue;
    }
    const base = baseOf(install.stage);
    if (base === void 0 || pythonVersionOfImage(base)) continue;
    const distro = distroPython(base);
    if (distro)
      claims.push({
        path,
        region: install.region,
        version: distro.python,
        source: `installs python3 on ${distro.distribution} (FROM ${base})`
      });
    else say(install.region.line, `installs python3 from the packages of ${base}: its version is unknown`);
  }
  const stagesWithInstall = new Set(info.pythonInstalls.map((i) => i.stage));
  for (const [index, stage] of info.stages.entries()) {
    if (stage.fromStage) continue;
    if (stage.image === void 0) {
      say(
        stage.region.line,
        `FROM ${stage.written}: the image depends on a build argument without a default; its Python is unknown`
      );
      continue;
    }
    const version = pythonVersionOfImage(stage.image);
    if (version) {
      claims.push({ path, region: stage.region, version, source: `FROM ${stage.image}` });
      continue;
    }
    if ([...stagesWithInstall].some(
      (i) => baseOf(i) === stage.image && (i === index || info.stages[i].fromStage)
    ))
      continue;
    const built = visiting.size < MAX_BUILT_DEPTH ? await dockerfileBuilding(tree, stage.image) : void 0;
    if (built && !visiting.has(built)) {
      const inherited = [
        ...new Set(
          (await dockerfileClaims(tree, built, /* @__PURE__ */ new Set([...visiting, built]), false)).map((c) => c.version ? majorMinorOf(c.version) : void 0).filter((v) => v !== void 0)
        )
      ];
      if (inherited.length === 1) {
        claims.push({
          path,
          region: stage.region,
          version: inherited[0],
          source: `FROM ${stage.image} (built in this repository from ${built})`
        });
        continue;
      }
      say(
        stage.region.line,
        `FROM ${stage.image}: built in this repository from ${built}, which ${inherited.length ? `says ${inherited.join(" and ")}` : "says nothing about its Python version either"}`
      );
      continue;
    }
    say(stage.region.line, `FROM ${stage.image}: the image reference says nothing about its Python version`);
  }
  return claims.sort((a, b) => (a.region?.line ?? 0) - (b.region?.line ?? 0));
}
var majorMinorOf = (version) => /^(\d+\.\d+)/.exec(version)?.[1];
async function readClaims(tree, path) {
  const type = fileTypeOf(path);
  if (type === "dockerfile") return dockerfileClaims(tree, path, /* @__PURE__ */ new Set([path]));
  if (type === "python-version" || type === "runtime.txt" || type === "workflow") {
    const file = await tree.read(path);
    if (!file) return [];
    if (type === "workflow") return (await import("./workflow-python-Q6VPUDRR.js")).workflowClaims(path, file.text);
    const claims = [];
    const source = type === "runtime.txt" ? "runtime.txt" : ".python-version";
    file.text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.replace(/#.*/, "").trim();
      if (!line) return;
      const m = type === "runtime.txt" ? /^python-(\d+\.\d+(?:\.\d+)?)/.exec(line) : PYENV_VERSION.exec(line);
      if (m)
        claims.push({
          path,
          region: lineRegion(i + 1, raw.indexOf(m[1]) + 1, m[1].length),
          version: m[1],
          source
        });
      else
        tree.note({
          path,
          line: i + 1,
          message: `${source}: '${line}' says nothing about the Python version`
        });
    });
    return claims;
  }
  const metadata = await packageMetadata(tree, path);
  return (metadata?.python ?? []).map((p) => ({
    path,
    ...p.region ? { region: p.region } : {},
    ...p.version ? { version: p.version } : {},
    ...p.specifier ? { specifier: p.specifier } : {},
    source: p.source
  }));
}

// src/kinds/python-version.ts
var below = (version, min) => {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = min.split(".").map(Number);
  return a < c || a === c && b < d;
};
var pythonVersion = defineKind({
  kind: "python-version",
  description: "A declared Python below a minimum: python_requires, requires-python, Poetry, Pipfile, .python-version, runtime.txt, conda `python=`, workflow python-version values, Docker base images (ARG defaults substituted) and system Python packages. Image tags only count for Python images or tags that name Python; anything unknown is a note, never a finding.",
  defaultFiles: [
    ...PACKAGING_FILES,
    "**/.python-version",
    "**/runtime.txt",
    ".github/workflows/*.yml",
    ".github/workflows/*.yaml"
  ],
  readsInTree: true,
  options: (z) => ({
    min: z.string().describe("The lowest supported Python, `major.minor`, e.g. `3.8`.")
  }),
  compile(options) {
    const min = majorMinor(options.min);
    if (!min || min !== options.min.trim())
      throw new OptionError("min", `'${options.min}' is not a major.minor version like 3.8`);
    return { min };
  },
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, { min }, _rule, selected2) {
    const findings = [];
    for (const path of selected2) {
      for (const claim of await pythonClaims(tree, path)) {
        const at2 = claim.region ? { region: claim.region } : {};
        if (claim.version !== void 0) {
          const mm = majorMinor(claim.version);
          if (!mm)
            tree.note({
              path,
              ...claim.region ? { line: claim.region.line } : {},
              message: `${claim.source}: Python ${claim.version} names no minor version; not checked`
            });
          else if (below(mm, min))
            findings.push({ path, ...at2, message: `${claim.source}: Python ${mm} is below ${min}.` });
        } else if (claim.specifier !== void 0) {
          if (!isValidSpecifier(claim.specifier))
            tree.note({
              path,
              ...claim.region ? { line: claim.region.line } : {},
              message: `${claim.source} '${claim.specifier}' is not a PEP 440 specifier; not checked`
            });
          else if (overlaps(claim.specifier, `<${min}`))
            findings.push({
              path,
              ...at2,
              message: `${claim.source} \`${claim.specifier}\` allows Python below ${min}.`
            });
        }
      }
    }
    return findings;
  }
});

// src/kinds/required-dependency.ts
function shortfall(declared, required) {
  const same = declared.filter((d2) => d2.normalized === required.normalized);
  if (same.length === 0) return "missing";
  const missingExtras = (d2) => required.extras.filter((e) => !d2.extras.includes(e));
  if (same.some((d2) => missingExtras(d2).length === 0 && overlaps(d2.specifier, required.specifier)))
    return void 0;
  const d = same[0];
  const extras = missingExtras(d);
  const message = extras.length ? `Installs ${describeRequirement(d)} without the ${extras.map((e) => `\`${e}\``).join(", ")} extra${extras.length > 1 ? "s" : ""}.` : `Pins ${describeRequirement(d)}, which cannot satisfy ${describeRequirement(required)}.`;
  return { path: d.path, region: d.region, message };
}
function shortfalls(declared, packages) {
  const missing = [];
  const problems = [];
  for (const required of packages) {
    const result = shortfall(declared, required);
    if (result === "missing") missing.push(describeRequirement(required));
    else if (result) problems.push(result);
  }
  return { missing, problems };
}
var requiredDependency = defineKind({
  kind: "required-dependency",
  description: "Packages that must be installed, with their extras; a declared version range must be able to meet the required one (an unpinned package installs the latest and passes). `scope: any` asks for one selected file to install them instead of each; `together`, for the selected files together (per root, in a rule with `root`).",
  defaultFiles: DEPENDENCY_FILES,
  readsInTree: true,
  whenNothingSelected: "checked",
  options: (z) => ({
    packages: z.array(packageSpec(z)).min(1).describe("The required packages, e.g. `fastapi>=0.100`, `uvicorn[standard]`, `httpx`."),
    scope: z.enum(["each", "any", "together"]).optional().describe(
      "`each` (default): every selected file installs them; `any`: at least one file installs them all; `together`: each package is installed by one of the files."
    )
  }),
  compile: (options) => ({
    packages: options.packages.map((p, i) => compilePackageSpec(p, `packages.${i}`)),
    scope: options.scope ?? "each"
  }),
  watches: (_compiled, path) => isDependencyInput(path),
  async checkTree(tree, compiled, rule, selected2) {
    const missingGlobs = rule.unmatched(selected2).map(({ glob, path }) => ({ path, message: `No file matches \`${glob}\`.` }));
    if (compiled.scope === "together") {
      if (selected2.length === 0) return missingGlobs;
      const declared = (await Promise.all(selected2.map((path) => declaredRequirements(tree, path)))).flat();
      const { missing, problems } = shortfalls(declared, compiled.packages);
      const where = rule.root ?? commonDirectory(selected2);
      if (missing.length)
        problems.unshift({
          path: where === "" ? "." : where,
          message: `Installs none of ${missing.join(", ")} (looked in ${plural(selected2.length, "file")}).`
        });
      return uniqueByLocation(problems);
    }
    const perFile = /* @__PURE__ */ new Map();
    for (const path of selected2) {
      const { missing, problems } = shortfalls(await declaredRequirements(tree, path), compiled.packages);
      if (missing.length) problems.unshift({ path, message: `Does not install ${missing.join(", ")}.` });
      perFile.set(path, problems);
    }
    if (compiled.scope === "any") {
      if (selected2.length === 0) return missingGlobs;
      if ([...perFile.values()].some((problems) => problems.length === 0)) return [];
      const names = compiled.packages.map(describeRequirement).join(", ");
      return [
        {
          path: commonDirectory(selected2),
          message: `None of the ${selected2.length} selected files installs ${names}.`
        }
      ];
    }
    return [...missingGlobs, ...uniqueByLocation([...perFile.values()].flat())];
  }
});

// src/parsers/route-facts.ts
var VERBS = ["get", "post", "put", "delete", "patch", "options", "head"];
var DECORATOR_FORMS = /* @__PURE__ */ new Set([...VERBS, "route", "api_route"]);
var STATEMENT_FORMS = /* @__PURE__ */ new Set(["add_url_rule", "add_api_route"]);
var CONSTRUCTORS = {
  Flask: { framework: "flask", role: "app" },
  Blueprint: { framework: "flask", role: "group" },
  FastAPI: { framework: "fastapi", role: "app" },
  APIRouter: { framework: "fastapi", role: "group" }
};
var MODULES = { flask: "flask", fastapi: "fastapi" };
var REST_EXTENSIONS = /* @__PURE__ */ new Set(["flask_restx", "flask_restplus", "flask_restful"]);
var REST_CONSTRUCTORS = {
  Api: { framework: "flask", role: "group" },
  Namespace: { framework: "flask", role: "group" }
};
var PATH_LITERAL = String.raw`(?:\s|#.*)*(?:(?:rule|path)\s*=\s*)?[rRuUbBfF]{0,2}(?:"|')(?:/|"|')`;
var ROUTE_HINT = new RegExp(
  [
    String.raw`\.(?:route|api_route|add_url_rule|add_api_route|mount)\s*\(${PATH_LITERAL}`,
    String.raw`@\s*[\w.]+\.(?:get|post|put|delete|patch|options|head)\s*\(${PATH_LITERAL}`,
    String.raw`\.(?:register_blueprint|include_router|add_namespace|add_resource|init_app)\s*\(`,
    String.raw`\bflask_rest(?:x|plus|ful)\b`,
    String.raw`\b(?:Flask|Blueprint|FastAPI|APIRouter)\s*\(`,
    String.raw`\.url_map\.strict_slashes`
  ].join("|")
);
function literalString(node) {
  if (!node || node.type !== "string") return void 0;
  if (node.namedChildren.some((c) => c?.type === "interpolation")) return void 0;
  return node.namedChildren.filter((c) => c?.type === "string_content").map((c) => c.text).join("");
}
function callParts(call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute") return void 0;
  const object = callee.childForFieldName("object");
  const attribute = callee.childForFieldName("attribute");
  if (!object || !attribute) return void 0;
  const { positional, keywords } = argumentsOf(call);
  return { owner: object.text, method: attribute.text, positional, keywords };
}
function argumentsOf(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "keyword_argument") {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name && value) keywords.set(name, value);
    } else positional.push(arg);
  }
  return { positional, keywords };
}
function methodsOf(node) {
  if (!node || node.type !== "list" && node.type !== "tuple" && node.type !== "set") return ["GET"];
  const methods = node.namedChildren.map((c) => literalString(c)?.toUpperCase()).filter((m) => !!m);
  return methods.length ? methods : ["GET"];
}
function scopesOf(node) {
  const out = [];
  for (let n = node.parent; n; n = n.parent) if (n.type === "function_definition") out.push(n.startIndex);
  out.push(-1);
  return out;
}
var literalBoolean = (node) => node?.text === "True" ? true : node?.text === "False" ? false : void 0;
function classViewMethods(parts, classes, views) {
  if (parts.method !== "add_url_rule" || parts.keywords.has("methods")) return void 0;
  const view = parts.keywords.get("view_func") ?? parts.positional[2];
  const cls = view?.type === "identifier" ? views.get(view.text) : view && viewClass(view);
  const methods = resourceMethods(cls === void 0 ? void 0 : classes.get(cls));
  return methods.length ? methods : void 0;
}
function viewClass(node) {
  const callee = node.type === "call" ? node.childForFieldName("function") : void 0;
  if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "as_view")
    return void 0;
  return callee.childForFieldName("object")?.text;
}
function routeOf(call, isDecorator, at2, classes, views) {
  const parts = callParts(call);
  if (!parts) return void 0;
  const form = parts.method;
  if (isDecorator ? !DECORATOR_FORMS.has(form) : !STATEMENT_FORMS.has(form)) return void 0;
  const path = literalString(parts.positional[0] ?? parts.keywords.get("rule") ?? parts.keywords.get("path"));
  if (path === void 0) return void 0;
  const strictSlashes = literalBoolean(parts.keywords.get("strict_slashes"));
  return {
    owner: parts.owner,
    scopes: scopesOf(at2),
    form,
    methods: VERBS.includes(form) ? [form.toUpperCase()] : classViewMethods(parts, classes, views) ?? methodsOf(parts.keywords.get("methods")),
    path,
    ...strictSlashes !== void 0 ? { strictSlashes } : {},
    region: regionOf(at2)
  };
}
function wsgiWrapped(call) {
  const callee = call.childForFieldName("function")?.text.split(".").pop();
  if (callee !== "WSGIMiddleware" && callee !== "WsgiToAsgi") return void 0;
  const first = call.childForFieldName("arguments")?.namedChildren[0];
  return first && (first.type === "identifier" || first.type === "attribute") ? first : void 0;
}
function frameworkOfModule(module) {
  const top = module.split(".")[0];
  return REST_EXTENSIONS.has(top) ? "flask" : MODULES[top];
}
function importsOf(byType) {
  const imports = [];
  const imported = /* @__PURE__ */ new Set();
  for (const statement of byType.get("import_from_statement") ?? []) {
    if (!statement) continue;
    const written = (statement.childForFieldName("module_name")?.text ?? "").replace(/\s+/g, "");
    const level = /^\.*/.exec(written)[0].length;
    const module = written.slice(level);
    const framework = level === 0 ? frameworkOfModule(module) : void 0;
    if (framework) imported.add(framework);
    for (const name of statement.childrenForFieldName("name")) {
      if (!name) continue;
      const original = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      const local = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
      if (original && local) imports.push({ local, module, level, name: original });
    }
  }
  for (const statement of byType.get("import_statement") ?? []) {
    for (const name of statement?.childrenForFieldName("name") ?? []) {
      if (!name) continue;
      const module = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      const local = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : module;
      if (!module || !local) continue;
      const framework = frameworkOfModule(module);
      if (framework) imported.add(framework);
      imports.push({ local, module, level: 0 });
    }
  }
  return { imports, imported };
}
function constructed(call, imports) {
  const callee = call.childForFieldName("function");
  const fromModule = (name, module) => {
    const top = module.split(".")[0];
    if (REST_EXTENSIONS.has(top))
      return REST_CONSTRUCTORS[name] && { ...REST_CONSTRUCTORS[name], rest: name };
    const known = CONSTRUCTORS[name];
    return known && MODULES[top] === known.framework ? known : void 0;
  };
  if (callee?.type === "identifier") {
    const imported = imports.find((i) => i.local === callee.text && i.name !== void 0);
    if (imported) return fromModule(imported.name, imported.module);
    return CONSTRUCTORS[callee.text];
  }
  if (callee?.type === "attribute") {
    const object = callee.childForFieldName("object")?.text ?? "";
    const name = callee.childForFieldName("attribute")?.text ?? "";
    const module = imports.find((i) => i.local === object && i.name === void 0)?.module ?? object;
    return fromModule(name, module);
  }
  return void 0;
}
function prefixKeyword(call, built) {
  const { positional, keywords } = argumentsOf(call);
  if (built.rest === "Api") return literalString(keywords.get("prefix"));
  if (built.rest === "Namespace") {
    const path = literalString(keywords.get("path"));
    const name = literalString(positional[0] ?? keywords.get("name"));
    return path ?? (name !== void 0 ? `/${name}` : void 0);
  }
  return literalString(keywords.get(built.framework === "flask" ? "url_prefix" : "prefix"));
}
function restApiParent(call) {
  const { positional, keywords } = argumentsOf(call);
  const parent = positional[0] ?? keywords.get("app");
  return parent && (parent.type === "identifier" || parent.type === "attribute") ? parent : void 0;
}
function resourceMethods(cls) {
  const methods = [];
  for (const member of cls?.childForFieldName("body")?.namedChildren ?? []) {
    const fn = member?.type === "decorated_definition" ? member.childForFieldName("definition") : member;
    const name = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : void 0;
    if (name && VERBS.includes(name)) methods.push(name.toUpperCase());
  }
  return methods;
}
function resourceRoutes(owner, form, paths, cls, at2) {
  const methods = resourceMethods(cls);
  if (methods.length === 0) return [];
  return paths.flatMap((p) => {
    const path = literalString(p);
    return path === void 0 || path !== "" && !path.startsWith("/") ? [] : [{ owner, scopes: scopesOf(at2), form, methods, path, region: regionOf(at2) }];
  });
}
function enclosingFunction(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type !== "function_definition") continue;
    const name = n.childForFieldName("name")?.text;
    return name ? { name, definedIn: scopesOf(n)[0] } : void 0;
  }
  return void 0;
}
var READ_TYPES = [
  "import_from_statement",
  "import_statement",
  "decorator",
  "expression_statement",
  "assignment",
  "return_statement",
  "class_definition"
];
function readRouteFacts(root) {
  const byType = new Map(READ_TYPES.map((t) => [t, []]));
  for (const node of root.descendantsOfType(READ_TYPES)) if (node) byType.get(node.type).push(node);
  const { imports, imported } = importsOf(byType);
  const facts = {
    routes: [],
    objects: [],
    registrations: [],
    imports,
    aliases: [],
    returns: [],
    lenientSlashes: [],
    imported: [...imported]
  };
  const classes = /* @__PURE__ */ new Map();
  for (const cls of byType.get("class_definition")) {
    const name = cls?.childForFieldName("name")?.text;
    if (name && !classes.has(name)) classes.set(name, cls);
  }
  const views = /* @__PURE__ */ new Map();
  for (const assignment of byType.get("assignment")) {
    const left = assignment?.childForFieldName("left");
    const right = assignment?.childForFieldName("right");
    const cls = right ? viewClass(right) : void 0;
    if (left?.type === "identifier" && cls !== void 0) views.set(left.text, cls);
  }
  for (const decorator of byType.get("decorator")) {
    const call = decorator?.namedChildren.find((c) => c?.type === "call");
    if (!call) continue;
    const decorated = decorator.parent?.childForFieldName("definition");
    if (decorated?.type === "class_definition") {
      const parts = callParts(call);
      if (parts?.method === "route")
        for (const route2 of resourceRoutes(parts.owner, "route", parts.positional, decorated, decorator))
          facts.routes.push(route2);
      continue;
    }
    const route = routeOf(call, true, decorator, classes, views);
    if (route) facts.routes.push(route);
  }
  for (const statement of byType.get("expression_statement")) {
    const call = statement?.namedChildren[0];
    if (call?.type !== "call") continue;
    const route = routeOf(call, false, call, classes, views);
    if (route) {
      facts.routes.push(route);
      continue;
    }
    const parts = callParts(call);
    if (!parts) continue;
    const kind = parts.method;
    if (kind === "add_resource") {
      const [cls, ...paths] = parts.positional;
      if (cls?.type === "identifier")
        for (const route2 of resourceRoutes(parts.owner, kind, paths, classes.get(cls.text), call))
          facts.routes.push(route2);
      continue;
    }
    if (kind === "add_namespace" || kind === "init_app") {
      const other = parts.positional[0] ?? parts.keywords.get(kind === "init_app" ? "app" : "ns");
      if (!other || other.type !== "identifier" && other.type !== "attribute") continue;
      const prefixNode2 = kind === "add_namespace" ? parts.keywords.get("path") : void 0;
      const prefix2 = literalString(prefixNode2);
      facts.registrations.push({
        parent: kind === "add_namespace" ? parts.owner : other.text,
        child: kind === "add_namespace" ? other.text : parts.owner,
        scopes: scopesOf(statement),
        kind: "register_blueprint",
        ...prefix2 !== void 0 ? { prefix: prefix2 } : {},
        dynamicPrefix: prefixNode2 !== void 0 && prefix2 === void 0,
        line: statement.startPosition.row + 1
      });
      continue;
    }
    if (kind !== "register_blueprint" && kind !== "include_router" && kind !== "mount") continue;
    let child = kind === "mount" ? parts.positional[1] ?? parts.keywords.get("app") : parts.positional[0];
    const wrapper = child?.childForFieldName("function")?.text;
    const wrapped = kind === "mount" && child?.type === "call" ? wsgiWrapped(child) : void 0;
    if (wrapped) child = wrapped;
    if (!child || child.type !== "identifier" && child.type !== "attribute" && kind !== "mount") continue;
    const prefixNode = kind === "mount" ? parts.positional[0] ?? parts.keywords.get("path") : parts.keywords.get(kind === "register_blueprint" ? "url_prefix" : "prefix");
    const prefix = literalString(prefixNode);
    facts.registrations.push({
      parent: parts.owner,
      child: child.text,
      scopes: scopesOf(statement),
      kind,
      ...prefix !== void 0 ? { prefix } : {},
      dynamicPrefix: prefixNode !== void 0 && prefix === void 0,
      ...wrapped && wrapper ? { wsgi: wrapper } : {},
      line: statement.startPosition.row + 1
    });
  }
  for (const assignment of byType.get("assignment")) {
    const left = assignment?.childForFieldName("left");
    const right = assignment?.childForFieldName("right");
    if (!assignment || !left || !right) continue;
    if (left.type === "attribute" && /\.url_map\.strict_slashes$/.test(left.text) && right.text === "False") {
      facts.lenientSlashes.push({
        owner: left.text.replace(/\.url_map\.strict_slashes$/, ""),
        scopes: scopesOf(assignment)
      });
      continue;
    }
    if (left.type !== "identifier" && left.type !== "attribute" || right.type !== "call") continue;
    const scope = scopesOf(assignment)[0];
    const built = constructed(right, imports);
    if (built) {
      const { rest, ...object } = built;
      const prefix = prefixKeyword(right, built);
      facts.objects.push({
        name: left.text,
        scope,
        ...object,
        ...built.role === "group" && prefix !== void 0 ? { prefix } : {},
        line: assignment.startPosition.row + 1
      });
      const parent = rest === "Api" ? restApiParent(right) : void 0;
      if (parent)
        facts.registrations.push({
          parent: parent.text,
          child: left.text,
          scopes: scopesOf(assignment),
          kind: "register_blueprint",
          dynamicPrefix: false,
          line: assignment.startPosition.row + 1
        });
      continue;
    }
    const callee = right.childForFieldName("function");
    if (left.type === "identifier" && (callee?.type === "identifier" || callee?.type === "attribute"))
      facts.aliases.push({ name: left.text, scope, callee: callee.text, scopes: scopesOf(assignment) });
  }
  for (const statement of byType.get("return_statement")) {
    const value = statement?.namedChildren[0];
    const fn = statement ? enclosingFunction(statement) : void 0;
    if (!value || !fn) continue;
    const scopes = scopesOf(statement);
    if (value.type === "identifier" || value.type === "attribute") {
      facts.returns.push({ function: fn.name, definedIn: fn.definedIn, scopes, name: value.text });
      continue;
    }
    const built = value.type === "call" ? constructed(value, imports) : void 0;
    if (!built) continue;
    const prefix = prefixKeyword(value, built);
    const object = { framework: built.framework, role: built.role };
    facts.objects.push({
      name: "return",
      scope: scopes[0],
      returnedBy: fn.name,
      ...object,
      ...built.role === "group" && prefix !== void 0 ? { prefix } : {},
      line: statement.startPosition.row + 1
    });
    facts.returns.push({ function: fn.name, definedIn: fn.definedIn, scopes, name: "return" });
  }
  facts.routes.sort((a, b) => a.region.line - b.region.line || a.region.column - b.region.column);
  return facts;
}
async function routeFactsOf(text, always = false) {
  if (!always && !ROUTE_HINT.test(text)) return void 0;
  return withPythonTree(text, readRouteFacts);
}

// src/routes/link.ts
var joinPaths = (framework, prefix, path) => framework === "fastapi" ? prefix + path : path === "" ? prefix : `${prefix.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
var FLASK_FORMS = /* @__PURE__ */ new Set(["route", "add_url_rule"]);
var FASTAPI_FORMS = /* @__PURE__ */ new Set(["api_route", "add_api_route"]);
var formOf = (framework, form) => !(framework === "flask" ? FASTAPI_FORMS : FLASK_FORMS).has(form);
var MAX_DEPTH = 12;
var withoutExtension = (path) => path.replace(/\.pyi?$/, "");
var folderOf2 = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
function moduleFinder(paths) {
  const all = /* @__PURE__ */ new Set();
  const byLastName = /* @__PURE__ */ new Map();
  for (const path of paths) {
    all.add(path);
    const parts = withoutExtension(path).split("/");
    const last = parts.at(-1) === "__init__" ? parts.at(-2) ?? "" : parts.at(-1);
    const known = byLastName.get(last);
    if (known) known.push(path);
    else byLastName.set(last, [path]);
  }
  const module = (base) => [`${base}.py`, `${base}/__init__.py`, `${base}.pyi`, `${base}/__init__.pyi`].find((p) => all.has(p.replace(/^\//, "")))?.replace(/^\//, "");
  return (ref, from) => {
    const parts = ref.dotted ? ref.dotted.split(".") : [];
    if (ref.level > 0) {
      let dir = folderOf2(from);
      for (let i = 1; i < ref.level; i++) dir = folderOf2(dir);
      return module([dir, ...parts].filter(Boolean).join("/") || "");
    }
    if (parts.length === 0) return void 0;
    const candidates = (byLastName.get(parts.at(-1)) ?? []).filter((path) => {
      const segments = withoutExtension(path).split("/");
      if (segments.at(-1) === "__init__") segments.pop();
      return parts.every((part, i) => segments[segments.length - parts.length + i] === part);
    });
    if (candidates.length <= 1) return candidates[0];
    const shared = (path) => {
      const a = folderOf2(path).split("/");
      const b = folderOf2(from).split("/");
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n;
    };
    const best = Math.max(...candidates.map(shared));
    const nearest = candidates.filter((c) => shared(c) === best);
    return nearest.length === 1 ? nearest[0] : void 0;
  };
}
function importTargets(i) {
  if (i.name === void 0) return [{ dotted: i.module, level: i.level, is: "module" }];
  return [
    ...i.module || i.level > 0 ? [{ dotted: i.module, level: i.level, is: "object" }] : [],
    { dotted: i.module ? `${i.module}.${i.name}` : i.name, level: i.level, is: "module" }
  ];
}
function linkRoutes(modules, fallback = () => void 0) {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  const find = moduleFinder(byPath.keys());
  const findModule = (ref, from) => {
    const found = find(ref, from.path);
    return found === void 0 ? void 0 : byPath.get(found);
  };
  const notes = [];
  const nodes = /* @__PURE__ */ new Map();
  for (const m of modules)
    nodes.set(
      m,
      m.facts.objects.map((o) => ({ ...o, id: `${m.path}\0${o.scope}\0${o.name}`, file: m.path }))
    );
  const resolve2 = (m, name, scopes, depth = 0) => {
    if (depth > MAX_DEPTH) return void 0;
    const own = nodes.get(m);
    for (const scope of scopes) {
      const object = own.find((o) => o.scope === scope && o.name === name);
      if (object) return object;
      const alias = m.facts.aliases.find((a) => a.scope === scope && a.name === name);
      if (alias) return returnedBy(m, alias.callee, alias.scopes, depth + 1);
    }
    const imported = m.facts.imports.find((i) => i.local === name && i.name !== void 0);
    if (imported) {
      const target = findModule({ dotted: imported.module, level: imported.level }, m);
      if (target) return resolve2(target, imported.name, [-1], depth + 1);
    }
    const dot = name.indexOf(".");
    if (dot > 0) {
      const target = moduleNamed(m, name.slice(0, dot));
      if (target) return resolve2(target, name.slice(dot + 1), [-1], depth + 1);
    }
    const anywhere = own.filter((o) => o.name === name);
    return anywhere.length === 1 ? anywhere[0] : void 0;
  };
  const moduleNamed = (m, local) => {
    const i = m.facts.imports.find((x) => x.local === local);
    if (!i) return void 0;
    return findModule(
      importTargets(i).find((t) => t.is === "module"),
      m
    );
  };
  const returnedBy = (m, callee, scopes, depth) => {
    if (depth > MAX_DEPTH) return void 0;
    let where = m;
    let returns = [];
    const dot = callee.indexOf(".");
    if (dot > 0) {
      where = moduleNamed(m, callee.slice(0, dot));
      returns = where?.facts.returns.filter((r) => r.function === callee.slice(dot + 1) && r.definedIn === -1) ?? [];
    } else {
      const local = scopes.map(
        (s) => m.facts.returns.filter((r) => r.function === callee && r.definedIn === s)
      );
      returns = local.find((l) => l.length > 0) ?? [];
      if (returns.length === 0) {
        const imported = m.facts.imports.find((i) => i.local === callee && i.name !== void 0);
        where = imported ? findModule({ dotted: imported.module, level: imported.level }, m) : void 0;
        returns = where?.facts.returns.filter((r) => r.function === imported.name && r.definedIn === -1) ?? [];
      }
    }
    if (!where || returns.length === 0) return void 0;
    const found = new Set(returns.map((r) => resolve2(where, r.name, r.scopes, depth + 1)));
    return found.size === 1 ? [...found][0] : void 0;
  };
  const edges = /* @__PURE__ */ new Map();
  const registered = /* @__PURE__ */ new Set();
  const synthetic = [];
  const wsgiMounts = /* @__PURE__ */ new Map();
  for (const m of modules) {
    for (const r of m.facts.registrations) {
      const child = resolve2(m, r.child, r.scopes);
      if (r.wsgi && child?.framework === "flask") {
        const written = `${r.parent}.mount(${JSON.stringify(r.prefix ?? "")}, ${r.wsgi}(${r.child}))`;
        wsgiMounts.set(child.id, {
          prefix: (r.prefix ?? "").replace(/\/+$/, ""),
          file: m.path,
          line: r.line,
          written
        });
        notes.push({
          path: m.path,
          line: r.line,
          message: `\`${written}\`: the Flask app \`${r.child}\` is served through the ASGI app${r.prefix && r.prefix !== "/" ? ` under \`${r.prefix}\`` : ""}, by Flask's own rules`
        });
        continue;
      }
      if (!child) {
        if (r.kind === "mount")
          notes.push({
            path: m.path,
            line: r.line,
            message: `\`${r.parent}.mount(${JSON.stringify(r.prefix ?? "")}, ${r.child})\`: what is mounted is not built in the scanned files; its routes are not listed`
          });
        continue;
      }
      let parent = resolve2(m, r.parent, r.scopes);
      if (!parent) {
        parent = {
          id: `${m.path}\0registration\0${r.line}`,
          name: r.parent,
          scope: r.scopes[0],
          framework: child.framework,
          role: "app",
          line: r.line,
          file: m.path
        };
        synthetic.push(parent);
      }
      if (r.dynamicPrefix)
        notes.push({
          path: m.path,
          line: r.line,
          message: `\`${r.child}\` is registered with a prefix that is not a literal; its routes are listed without it`
        });
      edges.set(parent, [
        ...edges.get(parent) ?? [],
        { child, kind: r.kind, ...r.prefix !== void 0 ? { prefix: r.prefix } : {} }
      ]);
      registered.add(child);
    }
  }
  const lenient = /* @__PURE__ */ new Set();
  for (const m of modules)
    for (const l of m.facts.lenientSlashes) {
      const app = resolve2(m, l.owner, l.scopes);
      if (app) lenient.add(app);
    }
  const placements = /* @__PURE__ */ new Map();
  const place = (node, app, prefix, path) => {
    placements.set(node, [...placements.get(node) ?? [], { app, prefix }]);
    for (const edge of edges.get(node) ?? []) {
      if (path.has(edge.child)) continue;
      const { child } = edge;
      const own = child.role === "group" ? child.prefix ?? "" : "";
      const join = (a, b) => b === "" ? a : a === "" ? b : joinPaths(node.framework, a, b);
      const next = edge.kind === "register_blueprint" ? join(prefix, edge.prefix ?? own) : join(join(prefix, edge.prefix ?? ""), own);
      place(child, app, next, /* @__PURE__ */ new Set([...path, child]));
    }
  };
  const all = [...[...nodes.values()].flat(), ...synthetic];
  const roots = all.filter((n) => !registered.has(n));
  for (const root of roots)
    place(root, root, root.role === "group" ? root.prefix ?? "" : "", /* @__PURE__ */ new Set([root]));
  const apps = /* @__PURE__ */ new Map();
  const appOf = (node) => {
    const known = apps.get(node.id);
    if (known) return known;
    const app = {
      id: node.id,
      label: `${node.returnedBy !== void 0 ? `${node.returnedBy}()` : node.name} (${node.file}:${node.line})`,
      framework: node.framework,
      file: node.file,
      line: node.line
    };
    apps.set(node.id, app);
    return app;
  };
  const routes = [];
  for (const m of modules) {
    const byImports = m.facts.imported.length === 1 ? m.facts.imported[0] : void 0;
    for (const r of m.facts.routes) {
      const owner = resolve2(m, r.owner, r.scopes);
      if (owner) {
        if (!formOf(owner.framework, r.form)) continue;
        for (const { app, prefix } of placements.get(owner) ?? []) {
          routes.push(linked(r, owner.framework, prefix, m.path, appOf(app).id, lenient.has(app)));
        }
        continue;
      }
      const framework = (FLASK_FORMS.has(r.form) ? "flask" : FASTAPI_FORMS.has(r.form) ? "fastapi" : void 0) ?? byImports ?? fallback(m.path) ?? "unknown";
      const id = `${m.path}\0unresolved\0${r.owner}`;
      if (!apps.has(id))
        apps.set(id, { id, label: `${r.owner} (${m.path})`, framework, file: m.path, line: r.region.line });
      routes.push(linked(r, framework, "", m.path, id, false));
    }
  }
  routes.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.line - b.region.line || a.region.column - b.region.column
  );
  return { routes, apps: [...apps.values()], notes, wsgiMounts };
}
function linked(r, framework, prefix, file, app, lenientApp) {
  return {
    framework,
    methods: r.methods,
    path: prefix && framework !== "unknown" ? joinPaths(framework, prefix, r.path) : r.path,
    strictSlashes: r.strictSlashes ?? !lenientApp,
    owner: r.owner,
    region: r.region,
    file,
    app
  };
}

// src/routes/pairing.ts
function closeness(a, b) {
  if (a === b) return a.split("/").length + 1;
  const x = a.split("/");
  const y = b.split("/");
  let shared = 0;
  while (shared < x.length - 1 && shared < y.length - 1 && x[shared] === y[shared]) shared++;
  return shared;
}
function pairApps(flaskApps, fastapiApps, routes) {
  const filesOf = /* @__PURE__ */ new Map();
  for (const r of routes) filesOf.set(r.app, (filesOf.get(r.app) ?? /* @__PURE__ */ new Set()).add(r.file));
  return flaskApps.map((flask) => {
    if (fastapiApps.length <= 1) return { flask, counterparts: [...fastapiApps], how: "only" };
    const own = [...filesOf.get(flask.id) ?? []];
    const scored = fastapiApps.map((app) => ({
      app,
      score: Math.max(0, ...[...filesOf.get(app.id) ?? []].flatMap((f) => own.map((o) => closeness(o, f))))
    }));
    const best = Math.max(...scored.map((s) => s.score));
    const nearest = scored.filter((s) => s.score === best).map((s) => s.app);
    if (nearest.length === 1) return { flask, counterparts: nearest, how: "nearest" };
    return best > 0 ? { flask, counterparts: nearest, how: "unclear" } : { flask, counterparts: [], how: "none" };
  });
}

// src/routes/parity.ts
function canonicalPath(route, path) {
  const pattern = route.framework === "flask" ? /<(?:(\w+)(?:\([^)]*\))?:)?\w+>/g : /\{\w+(?::(\w+))?\}/g;
  return path.replace(pattern, (_m, converter) => converter === "path" ? "{*}" : "{}");
}
function directForms(route) {
  if (route.framework === "fastapi" || route.strictSlashes || route.path === "/") return [route.path];
  const bare = route.path.replace(/\/+$/, "");
  return [bare, `${bare}/`];
}
var checkedMethods = (route) => route.methods.filter((m) => m !== "HEAD" && m !== "OPTIONS");
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(routes) {
  let index = indexes.get(routes);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const r of routes) {
      const path = canonicalPath(r, r.path);
      for (const method of r.methods) if (!index.has(`${method} ${path}`)) index.set(`${method} ${path}`, r);
    }
    indexes.set(routes, index);
  }
  return index;
}
function servedBy(fastapi, method, framework, path) {
  return indexOf(fastapi).get(`${method} ${canonicalPath({ framework }, path)}`);
}
function pairRoutes(flask, fastapi) {
  return flask.flatMap(
    (route) => checkedMethods(route).map((method) => {
      const forms = directForms(route);
      return {
        method,
        path: route.path,
        flask: route,
        forms,
        fastapi: forms.map((f) => servedBy(fastapi, method, "flask", f) ?? null)
      };
    })
  );
}

// src/kinds/route-parity.ts
var healthServedOneWay = (served, missing) => `FastAPI serves \`GET ${served}\` but not \`${missing}\` directly; callers that do not follow redirects fail.`;
var missingHealthForm = (detail) => /^FastAPI serves `GET [^`]*` but not `([^`]*)` directly;/.exec(detail)?.[1];
var throughMount = (route, form, mount) => ({
  ...route,
  path: form,
  strictSlashes: true,
  file: mount.file,
  region: { line: mount.line, column: 1, endLine: mount.line, endColumn: 1 }
});
var MAX_IMPORTED_MODULES = 2e3;
var at = (r) => `${r.file}:${r.region.line}`;
var unhinted = /* @__PURE__ */ new WeakMap();
function withoutRoutes(tree) {
  let set = unhinted.get(tree);
  if (!set) unhinted.set(tree, set = /* @__PURE__ */ new Set());
  return set;
}
var factsKey = (path, always) => `route-facts:${always ? "all" : "hinted"}:${path}`;
function referencedNames(facts, wanted) {
  const split = (w) => {
    const [first, second] = w.split(".");
    return [first, second];
  };
  const out = [
    ...facts.routes.map((r) => split(r.owner)),
    ...facts.registrations.flatMap((r) => [split(r.parent), split(r.child)]),
    ...facts.lenientSlashes.map((l) => split(l.owner)),
    ...wanted
  ];
  const needed = new Set(out.map(([name]) => name));
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of facts.aliases)
      if (needed.has(a.name) && !needed.has(a.callee.split(".")[0])) {
        needed.add(a.callee.split(".")[0]);
        out.push(split(a.callee));
        grew = true;
      }
  }
  return out;
}
async function routeModules(tree, start) {
  const known = withoutRoutes(tree);
  const facts = (path, always) => !always && known.has(path) ? Promise.resolve(null) : tree.memo(factsKey(path, always), async () => {
    const file = await tree.read(path);
    return file ? await routeFactsOf(file.text, always) ?? null : null;
  });
  let find;
  const out = /* @__PURE__ */ new Map();
  const followed = /* @__PURE__ */ new Set();
  const queue = start.map((path) => ({ path, imported: false, wanted: [] }));
  let imported = 0;
  for (let next = 0; next < queue.length; next++) {
    const { path, imported: viaImport, wanted } = queue[next];
    let module = out.get(path);
    if (!module) {
      const found = await facts(path, viaImport);
      if (!found) continue;
      module = { path, facts: found };
      out.set(path, module);
    }
    for (const [name, attribute] of referencedNames(module.facts, wanted)) {
      if (followed.has(`${path}\0${name}\0${attribute ?? ""}`)) continue;
      followed.add(`${path}\0${name}\0${attribute ?? ""}`);
      for (const i of module.facts.imports) {
        if (i.local !== name) continue;
        find ??= moduleFinder(tree.files.filter(isPythonPath));
        for (const target of importTargets(i)) {
          const found = find(target, path);
          if (found === void 0 || imported >= MAX_IMPORTED_MODULES) continue;
          imported++;
          const next2 = target.is === "object" ? [[i.name, attribute]] : attribute !== void 0 ? [[attribute, void 0]] : [];
          queue.push({ path: found, imported: true, wanted: next2 });
        }
      }
    }
  }
  return [...out.values()];
}
var routeParity = defineKind({
  kind: "route-parity",
  description: "Flask routes without a FastAPI counterpart that serves every form Flask serves directly, once FastAPI routes exist; and health paths that FastAPI does not serve both with and without the trailing slash. Routes are put together across modules as the frameworks do: each belongs to the framework of the object it is registered on and to the application serving it, with every prefix applied, and each Flask application is compared with the FastAPI one nearest to it. One `files` glob covers both apps.",
  // The facts of each selected module are read in the file pass (checkFile), so that the texts of
  // thousands of modules are not kept for the tree pass: only the few that declare routes are parsed.
  readsInTree: false,
  gathersForTree: true,
  options: (z) => ({
    fastapi: z.array(z.string()).min(1).optional().describe(
      "More files to read (globs), whose routes count as FastAPI when what they hang on cannot be told; routes of other files then count as Flask. Without it, such routes are listed as framework unknown."
    ),
    health: z.array(z.string().startsWith("/")).optional().describe(
      'Paths that FastAPI must serve directly both with and without the trailing slash, when either app serves them. Default: ["/ping"].'
    )
  }),
  compile(options) {
    (options.fastapi ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (problem) throw new OptionError(`fastapi.${i}`, `glob '${g}' ${problem}`);
    });
    return {
      fastapi: options.fastapi ? compileGlobs(options.fastapi) : void 0,
      health: (options.health ?? ["/ping"]).map((h) => h.replace(/\/+$/, ""))
    };
  },
  watches: (compiled, path) => compiled.fastapi?.(path) ?? false,
  checkFile(file, _compiled, tree) {
    if (!isPythonPath(file.path)) return [];
    if (!ROUTE_HINT.test(file.text)) {
      withoutRoutes(tree).add(file.path);
      return [];
    }
    return tree.memo(factsKey(file.path, false), async () => await routeFactsOf(file.text) ?? null).then(() => []);
  },
  async checkTree(tree, compiled, rule, selected2) {
    const fastapiSide = compiled.fastapi;
    const start = [.../* @__PURE__ */ new Set([...selected2, ...fastapiSide ? tree.files.filter(fastapiSide) : []])].filter(
      isPythonPath
    );
    const linked2 = linkRoutes(
      await routeModules(tree, start),
      (p) => fastapiSide ? fastapiSide(p) ? "fastapi" : "flask" : void 0
    );
    for (const note of linked2.notes) tree.note(note);
    const apps = new Map(linked2.apps.map((a) => [a.id, a]));
    const labelled = (r) => {
      const { app, ...route } = r;
      return { ...route, app: apps.get(app).label };
    };
    const flask = linked2.routes.filter((r) => r.framework === "flask");
    const fastapi = linked2.routes.filter((r) => r.framework === "fastapi");
    const unknown = linked2.routes.filter((r) => r.framework === "unknown");
    for (const r of unknown)
      tree.note({
        path: r.file,
        line: r.region.line,
        message: `route \`${r.methods.join("|")} ${r.path}\` on \`${r.owner}\`: its framework cannot be told (\`${r.owner}\` is not built by Flask(), Blueprint(), FastAPI() or APIRouter() in the scanned modules, and its module imports both frameworks or neither); not compared`
      });
    const withRoutes = (framework) => linked2.apps.filter((a) => a.framework === framework && linked2.routes.some((r) => r.app === a.id));
    const pairings = pairApps(withRoutes("flask"), withRoutes("fastapi"), linked2.routes);
    for (const p of pairings)
      if (p.how === "unclear" || p.how === "none")
        tree.note({
          path: p.flask.file,
          line: p.flask.line,
          message: p.how === "unclear" ? `which FastAPI application replaces \`${p.flask.label}\` is not clear: its routes are compared with those of ${p.counterparts.map((c) => `\`${c.label}\``).join(", ")}` : `no FastAPI application shares a folder with \`${p.flask.label}\`: its routes are listed, not compared (a FastAPI app in its folder, or a rule whose \`files\` select only this project, pairs them)`
        });
    const several = pairings.length > 1 || withRoutes("fastapi").length > 1;
    const counterpartRoutes = new Map(
      pairings.map((p) => {
        const ids = new Set(p.counterparts.map((c) => c.id));
        return [p.flask.id, fastapi.filter((r) => ids.has(r.app))];
      })
    );
    const comparisons = pairings.flatMap((p) => {
      const mount = linked2.wsgiMounts.get(p.flask.id);
      return pairRoutes(
        flask.filter((r) => r.app === p.flask.id),
        counterpartRoutes.get(p.flask.id)
      ).map((pair) => {
        const compared = { ...pair, app: p.flask.label, compared: p.how !== "none" };
        if (!mount) return compared;
        return {
          ...compared,
          compared: true,
          mount,
          fastapi: pair.fastapi.map(
            (r, i) => r ?? (mount.prefix === "" ? throughMount(pair.flask, pair.forms[i], mount) : null)
          )
        };
      });
    });
    const byPairing = new Map(pairings.map((p) => [p.flask.id, p]));
    tree.publish("routes", {
      ruleId: rule.id,
      flask: flask.map(labelled),
      fastapi: fastapi.map(labelled),
      unknown: unknown.map(labelled),
      pairs: comparisons.map((p) => ({
        method: p.method,
        path: p.path,
        flask: at(p.flask),
        fastapi: p.fastapi.map((r) => r ? at(r) : null),
        ...several ? { app: p.app } : {},
        ...p.compared ? {} : { compared: false }
      })),
      apps: [...withRoutes("flask"), ...withRoutes("fastapi")].map((a) => {
        const pairing = byPairing.get(a.id);
        return {
          app: a.label,
          framework: a.framework,
          file: a.file,
          line: a.line,
          ...pairing ? { counterparts: pairing.counterparts.map((c) => c.label), pairing: pairing.how } : {}
        };
      })
    });
    if (fastapi.length === 0) {
      rule.notApplicable(
        flask.length ? `no FastAPI routes yet (${flask.length} Flask routes listed)` : "no Flask or FastAPI routes"
      );
      return [];
    }
    const findings = [];
    const servedAtTop = flask.flatMap((r) => {
      const mount = linked2.wsgiMounts.get(r.app);
      return mount?.prefix === "" ? directForms(r).map((f) => throughMount(r, f, mount)) : [];
    });
    const reportedHealth = /* @__PURE__ */ new Set();
    for (const health of compiled.health) {
      const forms = [health, `${health}/`];
      const known = [...flask, ...fastapi].some(
        (r) => forms.some((f) => servedBy([r], "GET", "fastapi", f) || servedBy([r], "GET", "flask", f))
      );
      if (!known) continue;
      const served = forms.map(
        (f) => servedBy(fastapi, "GET", "fastapi", f) ?? servedBy(servedAtTop, "GET", "fastapi", f)
      );
      const missing = forms.filter((_, i) => !served[i]);
      if (missing.length === 0) continue;
      const present = served.find((r) => r !== void 0);
      for (const form of forms) reportedHealth.add(form);
      findings.push(
        present ? {
          path: present.file,
          region: present.region,
          message: healthServedOneWay(present.path, missing[0])
        } : { path: fastapi[0].file, message: `FastAPI serves neither \`${forms[0]}\` nor \`${forms[1]}\`.` }
      );
    }
    for (const pair of comparisons) {
      if (!pair.compared) continue;
      const missing = pair.forms.filter((_, i) => pair.fastapi[i] === null);
      if (missing.length === 0) continue;
      if (pair.method === "GET" && missing.every((form) => reportedHealth.has(form))) continue;
      const route = pair.flask;
      const counterparts = counterpartRoutes.get(route.app);
      const other = pair.path.endsWith("/") ? pair.path.replace(/\/+$/, "") : `${pair.path}/`;
      const nearMiss = other !== "" ? servedBy(counterparts, pair.method, "flask", other) : void 0;
      const mount = "mount" in pair ? pair.mount : void 0;
      const message = mount ? `\`${pair.method} ${pair.path}\` is served by FastAPI only under \`${mount.prefix}\` (as ${missing.map((f) => `\`${joinPaths("flask", mount.prefix, f)}\``).join(" and ")}), through the Flask app mounted at ${mount.file}:${mount.line}; callers of ${missing.map((f) => `\`${f}\``).join(" and ")} fail.` : missing.length < pair.forms.length ? `\`${pair.method} ${pair.path}\` is served by Flask as ${pair.forms.map((f) => `\`${f}\``).join(" and ")}; FastAPI does not serve ${missing.map((f) => `\`${f}\``).join(", ")} directly.` : nearMiss ? `\`${pair.method} ${pair.path}\`: FastAPI serves \`${nearMiss.path}\` (${nearMiss.file}:${nearMiss.region.line}) but not \`${pair.path}\`, which it redirects; callers that do not follow redirects fail.` : `\`${pair.method} ${pair.path}\` has no FastAPI counterpart${several ? ` in ${byPairing.get(route.app).counterparts.map((c) => `\`${c.label}\``).join(", ")}` : ""}.`;
      findings.push({ path: route.file, region: route.region, message });
    }
    if (findings.length === 0 && comparisons.length > 0 && comparisons.every((c) => !c.compared)) {
      rule.notApplicable(
        `no FastAPI application is paired with the Flask ${pairings.length === 1 ? "app" : "apps"} (${comparisons.length} Flask ${comparisons.length === 1 ? "route" : "routes"} listed, not compared; see the notes)`
      );
      return [];
    }
    const seen = /* @__PURE__ */ new Set();
    return findings.filter((f) => {
      const key = `${f.path}\0${f.region?.line}\0${f.message}`;
      return !seen.has(key) && seen.add(key);
    });
  }
});

// src/kinds/required-path.ts
var requiredPath = defineKind({
  kind: "required-path",
  description: "Files or directories that must exist: every glob in `files` must match at least one path.",
  matchesDirectories: true,
  whenNothingSelected: "checked",
  options: () => ({}),
  compile: () => void 0,
  checkTree(_tree, _compiled, rule, selected2) {
    return rule.unmatched(selected2).map(({ glob, path, literal }) => ({
      path,
      message: literal ? "Does not exist." : `Nothing matches \`${glob}\`.`
    }));
  }
});

// src/kinds/required-pattern.ts
function whereWords(where) {
  if (where.has("anywhere")) return "";
  return ` in ${[...where].join(" or ")}`;
}
var requiredPattern = defineKind({
  kind: "required-pattern",
  description: "Every selected file must contain a regular expression or literal (optionally in code only, or inside named Python functions or classes); a missing file is reported too.",
  options: (z) => ({
    ...textMatchOptions(z),
    scope: z.enum(["each", "any"]).optional().describe("`each` (default): every selected file must contain it; `any`: at least one of them must.")
  }),
  compile: ({ scope, ...options }) => ({ ...compileTextMatcher(options), scope: scope ?? "each" }),
  // With scope `any` the file pass notes which files it checked and whether one contains the text
  // (anyOf), so that the tree pass reads no file again unless the file pass did not see it (a scan of
  // changed files only); keeping thousands of texts for the tree pass took hundreds of MB.
  readsInTree: false,
  gathersForTree: (matcher) => matcher.scope === "any",
  whenNothingSelected: "checked",
  lookFor: (matcher) => requiredText(matcher),
  incomplete: (matcher) => patternIncomplete(matcher),
  checkFile(file, matcher, tree) {
    if (matcher.scope === "any") {
      const seen = anyOf(tree, matcher);
      seen.checked.add(file.path);
      const work = lookAt(file, matcher, seen);
      return work ? work.then(() => []) : [];
    }
    return missingIn(file, matcher);
  },
  async checkTree(tree, matcher, rule, selected2) {
    const missing = rule.unmatched(selected2).map(({ glob, path, literal }) => ({
      path,
      message: literal ? "File is missing." : `No file matches \`${glob}\`.`
    }));
    if (matcher.scope === "each" || selected2.length === 0) return missing;
    const seen = anyOf(tree, matcher);
    for (const path of selected2) {
      if (seen.found) return [];
      if (seen.checked.has(path)) continue;
      const file = await tree.read(path);
      if (file) await lookAt(file, matcher, seen);
    }
    if (seen.found) return [];
    const where = whereWords(matcher.where);
    if (matcher.within && seen.scoped.size > 0) {
      const names = matcher.within.map((n) => `\`${n}\``).join(" or ");
      return [...seen.scoped].sort().map((path) => ({ path, message: `${names} does not contain ${matcher.label}${where}.` }));
    }
    return [
      {
        path: commonDirectory(selected2),
        message: `None of the ${selected2.length} selected files contains ${matcher.label}${where}${matcher.within ? ` inside ${matcher.within.map((n) => `\`${n}\``).join(" or ")}` : ""}.`
      }
    ];
  }
});
function lookAt(file, matcher, seen) {
  const work = [];
  if (mayDefineScope(file, matcher))
    work.push(
      file.python().then((module) => {
        if (scopeRanges(module, matcher.within).length > 0) seen.scoped.add(file.path);
      })
    );
  if (!seen.found && mayMatch(file, matcher))
    work.push(
      contains(file, matcher).then((found) => {
        if (found) seen.found = true;
      })
    );
  return work.length ? Promise.all(work) : void 0;
}
var states = /* @__PURE__ */ new WeakMap();
function anyOf(tree, matcher) {
  let scan = states.get(tree);
  if (!scan) states.set(tree, scan = /* @__PURE__ */ new WeakMap());
  let state = scan.get(matcher);
  if (!state)
    scan.set(matcher, state = { checked: /* @__PURE__ */ new Set(), found: false, scoped: /* @__PURE__ */ new Set() });
  return state;
}
var contains = async (file, matcher) => (await findTextMatches(file, matcher, 1)).length > 0;
async function missingIn(file, matcher) {
  if (await contains(file, matcher)) return [];
  const where = whereWords(matcher.where);
  if (matcher.within && isPythonPath(file.path)) {
    const scopes = scopeRanges(await file.python(), matcher.within);
    const names = matcher.within.map((n) => `\`${n}\``).join(" or ");
    if (scopes.length === 0)
      return [{ path: file.path, message: `Defines no function or class named ${names}.` }];
    return [{ path: file.path, message: `${names} does not contain ${matcher.label}${where}.` }];
  }
  return [{ path: file.path, message: `Does not contain ${matcher.label}${where}.` }];
}

// src/kinds/server-type.ts
var NAME = /(?<![$\w{])(MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE|DRUM_SERVER_TYPE)\b/g;
var SEPARATOR = /^["'\]]*[ \t]*(?:[=:][ \t]*|[ \t]+)/;
var NAMED_ON_ITS_OWN = /^\s*-?\s*(?:name|fieldName)\s*:\s*["']?$/;
var LATER_VALUE = /^\s*(value|defaultValue)\s*:\s*/;
var LOOK_AHEAD = 6;
function valueAt(line, start) {
  const rest = line.slice(start);
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    let end = 1;
    while (end < rest.length && rest[end] !== quote) end += rest[end] === "\\" && quote === '"' ? 2 : 1;
    const inner = rest.slice(1, end);
    return { text: quote === '"' ? inner.replace(/\\(["\\$`])/g, "$1") : inner, offset: start + 1 };
  }
  if (rest[0] === "{" && !rest.startsWith("${")) return { text: rest.trimEnd(), offset: start };
  const defaulted = /^\$\{\w+:?-([^}]*)\}/.exec(rest);
  if (defaulted) return valueAt(line.slice(0, start) + defaulted[1], start);
  const word = /^[\w.-]+/.exec(rest);
  return word ? { text: word[0], offset: start } : void 0;
}
function selected(value, line) {
  const text = value.text.trim();
  if (text.startsWith("{")) {
    let payload;
    try {
      payload = JSON.parse(text).payload;
    } catch {
      const m = /["']?payload["']?\s*:\s*["']?([\w.-]+)/.exec(text);
      payload = m?.[1];
    }
    if (typeof payload !== "string") return void 0;
    const at3 = line.indexOf(payload, value.offset);
    return {
      value: payload,
      form: "payload",
      column: (at3 === -1 ? value.offset : at3) + 1,
      length: payload.length
    };
  }
  if (!/^[\w.-]+$/.test(text)) return void 0;
  const at2 = line.indexOf(text, value.offset);
  return { value: text, form: "plain", column: (at2 === -1 ? value.offset : at2) + 1, length: text.length };
}
var isComment = (line) => /^\s*(#|\/\/)/.test(line);
function serverTypeSettings(text) {
  const lines = text.split(/\r?\n|\r/);
  const out = [];
  lines.forEach((line, index) => {
    if (isComment(line) || !line.includes("DRUM_SERVER_TYPE")) return;
    for (const m of line.matchAll(NAME)) {
      const after = m.index + m[0].length;
      const before = line.slice(0, m.index);
      if (NAMED_ON_ITS_OWN.test(before) && /^["']?\s*$/.test(line.slice(after))) {
        for (let next = index + 1; next < Math.min(lines.length, index + 1 + LOOK_AHEAD); next++) {
          const later = LATER_VALUE.exec(lines[next]);
          if (!later) continue;
          const value2 = valueAt(lines[next], later[0].length);
          const pick2 = value2 && selected(value2, lines[next]);
          if (pick2) out.push(setting(m[1], pick2, next + 1));
          break;
        }
        continue;
      }
      const separator = SEPARATOR.exec(line.slice(after));
      if (!separator) continue;
      const value = valueAt(line, after + separator[0].length);
      const pick = value && selected(value, line);
      if (pick) out.push(setting(m[1], pick, index + 1));
    }
  });
  return out;
}
function setting(variable, pick, line) {
  return {
    variable,
    value: pick.value,
    form: pick.form,
    region: { line, column: pick.column, endLine: line, endColumn: pick.column + pick.length }
  };
}
var serverType = defineKind({
  kind: "server-type",
  description: "Where DRUM's server type is set to one of `values` (`DRUM_SERVER_TYPE`, or the runtime parameter `MLOPS_RUNTIME_PARAM_DRUM_SERVER_TYPE` whose JSON `payload` holds it): Dockerfile ENV/ARG, shell `export`/`VAR=\u2026 drum server`, .env, YAML (`name`/`value`, model-metadata `fieldName`/`defaultValue`) and JSON. Values compare case-insensitively, as DRUM reads them.",
  defaultFiles: [
    "**/Dockerfile",
    "**/Dockerfile.*",
    "**/*.Dockerfile",
    "**/*.sh",
    "**/.env",
    "**/*.env",
    "**/*.yaml",
    "**/*.yml",
    "**/*.json"
  ],
  options: (z) => ({
    values: z.array(z.string().min(1)).min(1).describe("The server types that are findings, e.g. `flask`, `gunicorn`.")
  }),
  compile: (options) => ({ values: new Set(options.values.map((v) => v.toLowerCase())) }),
  lookFor: () => ["DRUM_SERVER_TYPE"],
  checkFile(file, compiled) {
    if (!file.contains("DRUM_SERVER_TYPE")) return [];
    return serverTypeSettings(file.text).filter((s) => compiled.values.has(s.value.toLowerCase())).map((s) => ({
      path: file.path,
      region: s.region,
      message: s.form === "payload" ? `Sets \`${s.variable}\` to a runtime parameter whose payload is \`${s.value}\`.` : `Sets \`${s.variable}\` to \`${s.value}\`.`
    }));
  }
});

// src/kinds/index.ts
var KINDS = {
  "forbidden-import": forbiddenImport,
  "forbidden-pattern": forbiddenPattern,
  "required-pattern": requiredPattern,
  "forbidden-path": forbiddenPath,
  "required-path": requiredPath,
  "forbidden-dependency": forbiddenDependency,
  "required-dependency": requiredDependency,
  "dependency-conflict": dependencyConflict,
  "python-version": pythonVersion,
  "route-parity": routeParity,
  "server-type": serverType
};
var KIND_NAMES = Object.keys(KINDS);
function isKindName(name) {
  return typeof name === "string" && Object.hasOwn(KINDS, name);
}

// src/rules/conditions.ts
var CONDITION_KEYS = ["exists", "installs", "contains", "any", "not"];
var asList = (value) => Array.isArray(value) ? value : [value];
function compileCondition(condition, key = "when") {
  const parts = [];
  if (condition.exists !== void 0) {
    const globs = asList(condition.exists);
    globs.forEach((g, i) => {
      const problem = globProblem(g);
      if (problem)
        throw new OptionError(
          Array.isArray(condition.exists) ? `${key}.exists.${i}` : `${key}.exists`,
          `glob '${g}' ${problem}`
        );
    });
    parts.push({ type: "exists", globs, match: compileGlobs(globs) });
  }
  if (condition.installs !== void 0) {
    const specs = asList(condition.installs);
    parts.push({
      type: "installs",
      packages: specs.map(
        (s, i) => compilePackageSpec(s, Array.isArray(condition.installs) ? `${key}.installs.${i}` : `${key}.installs`)
      )
    });
  }
  if (condition.contains !== void 0) {
    const { files, pattern, ignoreCase, label } = condition.contains;
    files.forEach((g, i) => {
      const problem = globProblem(g);
      if (problem) throw new OptionError(`${key}.contains.files.${i}`, `glob '${g}' ${problem}`);
    });
    const flags = `m${ignoreCase ? "i" : ""}`;
    let regex;
    try {
      regex = new RegExp(pattern, flags);
    } catch (error) {
      throw new OptionError(
        `${key}.contains.pattern`,
        `is not a valid regular expression: ${error.message}`
      );
    }
    const risk = backtrackingRisk(pattern, flags);
    if (risk)
      throw new OptionError(
        `${key}.contains.pattern`,
        `can take exponential time on some inputs: \`${risk.fragment}\` ${risk.why}`
      );
    parts.push({
      type: "contains",
      files,
      match: compileGlobs(files),
      regex,
      label: label ?? `/${pattern}/`
    });
  }
  if (condition.any !== void 0)
    parts.push({ type: "any", of: condition.any.map((c, i) => compileCondition(c, `${key}.any.${i}`)) });
  if (condition.not !== void 0)
    parts.push({ type: "not", of: compileCondition(condition.not, `${key}.not`) });
  if (parts.length === 0) throw new OptionError(key, `give at least one of ${CONDITION_KEYS.join(", ")}`);
  return parts.length === 1 ? parts[0] : { type: "all", of: parts };
}

// src/rules/compile.ts
function compileRuleSet(parts, entries, validate) {
  const roots = compileRoots(parts.roots);
  const mistakes = [...parts.mistakes ?? []];
  const rules = entries.flatMap((entry) => {
    if (!entry.validated && !validate) throw new Error(`rule '${entry.id}' was not validated`);
    try {
      const rule = entry.validated ? entry.raw : validate(entry.raw, entry.at);
      return [compileRule(rule, entry, roots)];
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      mistakes.push(error);
      return [];
    }
  });
  const mistake = combineMistakes(mistakes);
  if (mistake) throw mistake;
  const phases = { ...DEFAULT_PHASE_TITLES };
  for (const [k, v] of Object.entries(parts.phases)) phases[Number(k)] = v;
  return {
    file: parts.file,
    name: parts.name,
    ...parts.description ? { description: parts.description } : {},
    stage: parts.stage,
    phases,
    ...parts.stages && Object.keys(parts.stages).length ? { stages: parts.stages } : {},
    ...parts.calendar && Object.keys(parts.calendar).length ? { calendar: parts.calendar } : {},
    rules,
    roots,
    profiles: parts.profiles
  };
}
function compileRoots(definitions) {
  const out = {};
  for (const [name, definition] of Object.entries(definitions)) {
    if (!definition.markers?.length)
      throw new ConfigError(`root '${name}' has no markers (the file names that make a folder such a root)`);
    for (const glob of definition.folders ?? []) {
      const problem = glob === "." ? void 0 : globProblem(glob);
      if (problem) throw new ConfigError(`root '${name}': folder glob '${glob}' ${problem}`);
    }
    out[name] = {
      name,
      markers: definition.markers,
      ...definition.secondaryMarkers ? { secondaryMarkers: definition.secondaryMarkers } : {},
      ...definition.notWith ? { notWith: definition.notWith } : {},
      ...definition.onlyFolders ? { onlyFolders: definition.onlyFolders } : {},
      folders: definition.folders ?? ["**"],
      ...definition.description ? { description: definition.description } : {}
    };
  }
  return out;
}
function optionError(error, prefix, at2) {
  const keyPath = error.key.split(".").map((s) => /^\d+$/.test(s) ? Number(s) : s);
  return new ConfigError(`${prefix}key '${error.key}': ${error.message}`, at2(keyPath));
}
function compileRule(rule, entry, roots) {
  const module = KINDS[rule.kind];
  const prefix = `rule '${rule.id}': `;
  const files = rule.files ?? module.defaultFiles;
  if (!files)
    throw new ConfigError(
      `${prefix}missing required key 'files' (kind ${rule.kind} has no default)`,
      entry.at([])
    );
  for (const key of ["files", "exclude"]) {
    (rule[key] ?? []).forEach((g, i) => {
      const problem = globProblem(g);
      if (problem)
        throw new ConfigError(`${prefix}key '${key}.${i}': glob '${g}' ${problem}`, entry.at([key, i]));
    });
  }
  const root = rule.root;
  if (root !== void 0 && !roots[root]) {
    const known = Object.keys(roots);
    throw new ConfigError(
      `${prefix}key 'root': no root named '${root}' (${known.length ? `defined: ${known.join(", ")}` : "the rule set defines no `roots`"})`,
      entry.at(["root"])
    );
  }
  let compiled;
  let when;
  try {
    compiled = module.compile(rule, { id: rule.id, files });
    const condition = rule.when;
    if (condition !== void 0) when = compileCondition(condition);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    throw optionError(error, prefix, entry.at);
  }
  const include2 = compileGlobs(files);
  const exclude = compileGlobs(rule.exclude ?? []);
  return {
    id: rule.id,
    phase: rule.phase,
    title: rule.title,
    kind: rule.kind,
    message: rule.message,
    ...rule.remediation ? { remediation: rule.remediation } : {},
    enforcement: resolveEnforcement(rule.enforce),
    files,
    exclude: rule.exclude ?? [],
    selects: (p) => include2(p) && !exclude(p),
    module,
    compiled,
    line: entry.line,
    origin: entry.origin,
    ...root !== void 0 ? { root: roots[root] } : {},
    ...when ? { when } : {},
    ...rule.fix === false ? { fix: false } : {},
    skipRoots: entry.skipRoots.flatMap((name) => roots[name] ? [roots[name]] : [])
  };
}

// src/rules/load.ts
import { readFile } from "node:fs/promises";
import { basename, extname, posix as posix2 } from "node:path";
var fileSystemSource = {
  readText: (path) => readFile(path, "utf8").catch((error) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
    throw new ConfigError(`cannot read rule file ${path}: ${error.code ?? error.message}`);
  })
};
async function loadRuleSet(spec, options = {}) {
  const context = contextOf(options);
  if (isProfileName(spec))
    return buildRuleSet(await context.profile(spec), context, options.reason ?? `--rules ${spec}`);
  const file = options.displayName ?? spec;
  const text = await context.source.readText(spec);
  if (text === void 0) throw new ConfigError(`rule file not found: ${file}`);
  return readRuleSet(text, file, { ...options, path: spec });
}
var contextOf = (options) => ({
  source: options.source ?? fileSystemSource,
  profile: options.profiles ?? profileDocument
});
async function readRuleSet(text, file, options = {}) {
  const document = await ruleDocument(text, file, options.path ?? file);
  return buildRuleSet(document, contextOf(options), options.reason);
}
async function combineProfiles(chosen, options = {}) {
  const context = contextOf(options);
  const names = chosen.map((c) => c.name);
  const roots = {};
  for (const choice of chosen)
    for (const [kind, folders] of Object.entries(choice.rootFolders ?? {}))
      roots[kind] = { onlyFolders: folders };
  const header = { extends: names, ...Object.keys(roots).length ? { roots } : {} };
  const document = {
    file: `auto (${names.join(" + ")})`,
    header,
    rules: [],
    ruleLines: [],
    at: () => ({ file: "rules: auto", line: 1, column: 1 }),
    validated: true
  };
  const set = await buildRuleSet(
    document,
    context,
    void 0,
    chosen.map(({ name, reason }) => ({ name, reason }))
  );
  if (names.length === 1) {
    const only = await context.profile(names[0]);
    return {
      ...set,
      name: only.header.name ?? names[0],
      ...only.header.description ? { description: only.header.description } : {}
    };
  }
  return set;
}
async function buildRuleSet(document, context, reason, reasons) {
  const resolved = await resolve(document, context, [], reasons);
  const needsValidation = resolved.rules.some((r) => !r.validated);
  const validate = needsValidation ? (await import("./parse-3FD26MVZ.js")).validateRule : void 0;
  return compileRuleSet(ruleSetParts(document, resolved, reason), resolved.rules, validate);
}
function ruleSetParts(document, resolved, reason) {
  const profiles = document.profile ? [{ name: document.profile, reason: reason ?? `--rules ${document.profile}` }, ...resolved.profiles] : resolved.profiles;
  return {
    file: document.file,
    name: resolved.name ?? document.header.name ?? defaultName(document),
    ...resolved.description ? { description: resolved.description } : {},
    stage: resolved.stage ?? "beta",
    phases: resolved.phases,
    stages: resolved.stages,
    calendar: resolved.calendar,
    roots: resolved.roots,
    profiles: dedupeProfiles(profiles),
    mistakes: resolved.mistakes
  };
}
var defaultName = (document) => document.profile ?? basename(document.file, extname(document.file));
function dedupeProfiles(profiles) {
  const seen = /* @__PURE__ */ new Set();
  return profiles.filter((p) => !seen.has(p.name) && seen.add(p.name));
}
async function profileDocument(name) {
  const text = await readFile(profilePath(name), "utf8").catch((error) => {
    throw new ConfigError(`cannot read the bundled profile '${name}' (${profilePath(name)}): ${error.code}`);
  });
  const prepared = bundledRuleText(name, text);
  const document = prepared ? snapshotDocument(prepared, name) : await ruleDocument(text, name, void 0);
  return { ...document, profile: name };
}
function snapshotDocument(prepared, file) {
  const data = prepared.data;
  const at2 = (path) => ({
    file,
    line: path[0] === "rules" && typeof path[1] === "number" ? prepared.ruleLines[path[1]] ?? 1 : 1,
    column: 1
  });
  return { file, header: data, rules: data.rules ?? [], ruleLines: prepared.ruleLines, at: at2, validated: true };
}
async function ruleDocument(text, file, path) {
  const { readRuleDocument } = await import("./parse-3FD26MVZ.js");
  return { ...readRuleDocument(text, file), ...path !== void 0 ? { path } : {} };
}
var MAX_EXTENDS_DEPTH = 10;
async function resolve(document, context, chain, reasons) {
  const key = document.profile ? `profile:${document.profile}` : `file:${document.path ?? document.file}`;
  const out = nothingInherited();
  const refs = document.header.extends;
  const list = refs === void 0 ? [] : Array.isArray(refs) ? refs : [refs];
  const definedBy = /* @__PURE__ */ new Map();
  const earlierRoots = [];
  for (const [i, ref] of list.entries()) {
    const at2 = document.at(Array.isArray(refs) ? ["extends", i] : ["extends"]);
    const parent = await parentDocument(document, ref, context, at2);
    const parentKey = parent.profile ? `profile:${parent.profile}` : `file:${parent.path}`;
    if (parentKey === key || chain.includes(parentKey))
      throw new ConfigError(`'${ref}' extends itself (through ${[...chain, key].join(" -> ")})`, at2);
    if (chain.length >= MAX_EXTENDS_DEPTH)
      throw new ConfigError(`rule files extend each other more than ${MAX_EXTENDS_DEPTH} deep`, at2);
    const inherited = await resolve(parent, context, [...chain, key]);
    for (const rule of inherited.rules) {
      const first = definedBy.get(rule.id);
      if (first !== void 0)
        throw new ConfigError(`rule '${rule.id}' is defined both by ${first} and by ${ref}`, at2);
      definedBy.set(rule.id, ref);
      out.rules.push(
        earlierRoots.length ? { ...rule, skipRoots: [.../* @__PURE__ */ new Set([...rule.skipRoots, ...earlierRoots])] } : rule
      );
    }
    earlierRoots.push(...Object.keys(inherited.roots));
    for (const [name, root] of Object.entries(inherited.roots))
      out.roots[name] = { ...out.roots[name], ...root };
    Object.assign(out.phases, inherited.phases);
    Object.assign(out.stages, inherited.stages);
    Object.assign(out.calendar, inherited.calendar);
    if (inherited.stage) out.stage = inherited.stage;
    const reason = reasons?.find((r) => r.name === parent.profile)?.reason ?? `extended by ${document.profile ?? document.file}`;
    if (parent.profile) out.profiles.push({ name: parent.profile, reason });
    out.profiles.push(...inherited.profiles);
    out.mistakes.push(...inherited.mistakes);
  }
  return applyOwnRules(document, out, list.length > 0);
}
var nothingInherited = () => ({
  phases: {},
  stages: {},
  calendar: {},
  roots: {},
  rules: [],
  profiles: [],
  mistakes: []
});
function applyOwnRules(document, out, extended) {
  const header = document.header;
  out.mistakes.push(...document.mistakes ?? []);
  if (header.name) out.name = header.name;
  if (header.description) out.description = header.description;
  if (header.stage) out.stage = header.stage;
  for (const [k, v] of Object.entries(header.phases ?? {})) if (v !== void 0) out.phases[k] = v;
  for (const stage of STAGES) {
    const entry = header.stages?.[stage];
    if (entry === void 0) continue;
    const { begins, meaning } = readStageEntry(entry);
    if (meaning !== void 0) out.stages[stage] = meaning;
    if (begins !== void 0) out.calendar[stage] = begins;
  }
  const order = calendarOrderProblem(out.calendar);
  if (order) {
    const own2 = [order.stage, order.earlier].find((s) => header.stages?.[s] !== void 0);
    out.mistakes.push(
      new ConfigError(
        `key 'stages.${own2 ?? order.stage}': ${order.message} (with the dates this file extends)`,
        document.at(own2 ? ["stages", own2] : ["stages"])
      )
    );
  }
  for (const [name, root] of Object.entries(header.roots ?? {}))
    out.roots[name] = { ...out.roots[name], ...root };
  if (!extended && document.rules.length === 0)
    out.mistakes.push(
      new ConfigError(
        "the rule file has no rules; list some under `rules`, or extend a profile (`extends: [environments]`)",
        document.at(["rules"])
      )
    );
  const own = /* @__PURE__ */ new Map();
  const added = [];
  const inheritedIndex = new Map(out.rules.map((r, i) => [r.id, i]));
  document.rules.forEach((raw, index) => {
    try {
      addRule(raw, index);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      out.mistakes.push(error);
    }
  });
  out.rules = [...added, ...out.rules];
  return out;
  function addRule(raw, index) {
    const path = ["rules", index];
    const entryAt = (p, k) => document.at([...path, ...p], k);
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      throw new ConfigError("each rule must be a mapping with id, phase, title, kind, message", entryAt([]));
    const record = legacyKeys(raw);
    const id = typeof record.id === "string" ? record.id : void 0;
    const inheritedAt = id === void 0 ? void 0 : inheritedIndex.get(id);
    if (inheritedAt !== void 0) {
      const base = out.rules[inheritedAt];
      if (record.kind !== void 0 && record.kind !== base.raw.kind)
        throw new ConfigError(
          `rule '${id}': key 'kind': an inherited rule's kind cannot change (it is ${String(base.raw.kind)}); give the new rule its own id`,
          entryAt(["kind"])
        );
      out.rules[inheritedAt] = {
        ...base,
        raw: { ...base.raw, ...record },
        validated: false,
        at: (p, k) => p.length > 0 && Object.hasOwn(record, p[0]) ? entryAt(p, k) : entryAt([], k),
        line: document.ruleLines[index] ?? base.line
      };
      return;
    }
    if (id !== void 0 && record.kind === void 0 && extended) {
      const suggestion = closest(id, [...inheritedIndex.keys()]);
      throw new ConfigError(
        `rule '${id}': no inherited rule has this id${suggestion ? ` (did you mean '${suggestion}'?)` : ""}; to add a rule, give it a kind, phase, title and message`,
        entryAt(["id"])
      );
    }
    if (id !== void 0) {
      const first = own.get(id);
      if (first !== void 0)
        throw new ConfigError(
          `duplicate rule id '${id}' (first defined at line ${document.ruleLines[first]})`,
          entryAt(["id"])
        );
      own.set(id, index);
    }
    const withWhen = header.when !== void 0 && record.when === void 0 ? { ...record, when: header.when } : record;
    added.push({
      id: id ?? `#${index + 1}`,
      raw: withWhen,
      validated: document.validated,
      at: entryAt,
      line: document.ruleLines[index] ?? 1,
      origin: document.profile ?? document.file,
      skipRoots: []
    });
  }
}
function legacyKeys(record) {
  if (record.kind === "dependency-conflict" && typeof record.when === "string" && record.trigger === void 0) {
    const { when, ...rest } = record;
    return { ...rest, trigger: when };
  }
  return record;
}
async function parentDocument(child, ref, context, at2) {
  if (isProfileName(ref)) return context.profile(ref);
  if (!/[/.]/.test(ref) || child.path === void 0) {
    const suggestion = closest(ref, PROFILE_NAMES);
    throw new ConfigError(
      child.path === void 0 ? `a bundled profile extends only bundled profiles; '${ref}' is not one (${PROFILE_NAMES.join(", ")})` : `'${ref}' is neither a bundled profile (${PROFILE_NAMES.join(", ")}) nor a rule file path${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`,
      at2
    );
  }
  const path = posix2.normalize(posix2.join(posix2.dirname(child.path.split("\\").join("/")), ref));
  const text = await context.source.readText(path);
  if (text === void 0) throw new ConfigError(`extends '${ref}': no rule file at ${path}`, at2);
  return ruleDocument(text, path, path);
}

export {
  fileTypeOf,
  declaredRequirements,
  overlaps,
  majorMinor,
  describeRequirement,
  importCandidates,
  statementPlaces,
  isPythonPath,
  pythonClaims,
  missingHealthForm,
  KINDS,
  KIND_NAMES,
  isKindName,
  CONDITION_KEYS,
  compileRuleSet,
  compileRoots,
  loadRuleSet,
  readRuleSet,
  combineProfiles,
  ruleSetParts,
  profileDocument,
  nothingInherited,
  applyOwnRules
};
