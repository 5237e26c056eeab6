import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  OptionError,
  backtrackingRisk,
  compileTextMatcher,
  defineKind,
  excerpt,
  fileTypeOf,
  findTextMatches,
  isPythonPath,
  mayDefineScope,
  mayMatch,
  patternIncomplete,
  requiredText,
  routeParity,
  scopeRanges,
  textMatchOptions
} from "./chunk-ZLGMLFRG.js";
import {
  DEFAULT_PHASE_TITLES,
  resolveEnforcement
} from "./chunk-GAMSNZDU.js";
import {
  commonDirectory,
  compileGlobs,
  globProblem
} from "./chunk-LNJJTR4R.js";
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
} from "./chunk-J22OGSNJ.js";
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
  escapeRegex
} from "./chunk-O63SYX52.js";
import {
  eggName,
  normalizeName,
  parseRequirement
} from "./chunk-QIFTQJHM.js";
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
    const { parseDockerfile } = await import("./dockerfile-MTO7R77Z.js");
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
    const { parseCondaEnvironment, parsePipfile, parsePyproject, parseSetupCfg, parseSetupPy, parseUvLock } = await import("./python-metadata-O6NLIV6T.js");
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
  const lastSegment = name.slice(name.lastIndexOf("/") + 1);
  if (PYTHON_IMAGE.test(lastSegment)) {
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
        const at = claim.region ? { region: claim.region } : {};
        if (claim.version !== void 0) {
          const mm = majorMinor(claim.version);
          if (!mm)
            tree.note({
              path,
              ...claim.region ? { line: claim.region.line } : {},
              message: `${claim.source}: Python ${claim.version} names no minor version; not checked`
            });
          else if (below(mm, min))
            findings.push({ path, ...at, message: `${claim.source}: Python ${mm} is below ${min}.` });
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
              ...at,
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
    const at2 = line.indexOf(payload, value.offset);
    return {
      value: payload,
      form: "payload",
      column: (at2 === -1 ? value.offset : at2) + 1,
      length: payload.length
    };
  }
  if (!/^[\w.-]+$/.test(text)) return void 0;
  const at = line.indexOf(text, value.offset);
  return { value: text, form: "plain", column: (at === -1 ? value.offset : at) + 1, length: text.length };
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
function optionError(error, prefix, at) {
  const keyPath = error.key.split(".").map((s) => /^\d+$/.test(s) ? Number(s) : s);
  return new ConfigError(`${prefix}key '${error.key}': ${error.message}`, at(keyPath));
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
  const validate = needsValidation ? (await import("./parse-2YONDCNO.js")).validateRule : void 0;
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
  const at = (path) => ({
    file,
    line: path[0] === "rules" && typeof path[1] === "number" ? prepared.ruleLines[path[1]] ?? 1 : 1,
    column: 1
  });
  return { file, header: data, rules: data.rules ?? [], ruleLines: prepared.ruleLines, at, validated: true };
}
async function ruleDocument(text, file, path) {
  const { readRuleDocument } = await import("./parse-2YONDCNO.js");
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
    const at = document.at(Array.isArray(refs) ? ["extends", i] : ["extends"]);
    const parent = await parentDocument(document, ref, context, at);
    const parentKey = parent.profile ? `profile:${parent.profile}` : `file:${parent.path}`;
    if (parentKey === key || chain.includes(parentKey))
      throw new ConfigError(`'${ref}' extends itself (through ${[...chain, key].join(" -> ")})`, at);
    if (chain.length >= MAX_EXTENDS_DEPTH)
      throw new ConfigError(`rule files extend each other more than ${MAX_EXTENDS_DEPTH} deep`, at);
    const inherited = await resolve(parent, context, [...chain, key]);
    for (const rule of inherited.rules) {
      const first = definedBy.get(rule.id);
      if (first !== void 0)
        throw new ConfigError(`rule '${rule.id}' is defined both by ${first} and by ${ref}`, at);
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
async function parentDocument(child, ref, context, at) {
  if (isProfileName(ref)) return context.profile(ref);
  if (!/[/.]/.test(ref) || child.path === void 0) {
    const suggestion = closest(ref, PROFILE_NAMES);
    throw new ConfigError(
      child.path === void 0 ? `a bundled profile extends only bundled profiles; '${ref}' is not one (${PROFILE_NAMES.join(", ")})` : `'${ref}' is neither a bundled profile (${PROFILE_NAMES.join(", ")}) nor a rule file path${suggestion ? ` (did you mean '${suggestion}'?)` : ""}`,
      at
    );
  }
  const path = posix2.normalize(posix2.join(posix2.dirname(child.path.split("\\").join("/")), ref));
  const text = await context.source.readText(path);
  if (text === void 0) throw new ConfigError(`extends '${ref}': no rule file at ${path}`, at);
  return ruleDocument(text, path, path);
}

export {
  declaredRequirements,
  overlaps,
  majorMinor,
  describeRequirement,
  importCandidates,
  pythonClaims,
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
