import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/sources/local-directory.ts
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from "node:fs";

// src/sources/names.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var hex = (byte) => `\\x${byte.toString(16).padStart(2, "0").toUpperCase()}`;
function displayName(bytes) {
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = void 0;
  }
  if (text !== void 0)
    return text.replace(
      /[\\\x00-\x1f\x7f-\x9f\u2028\u2029]/g,
      (c) => c === "\\" ? "\\\\" : c.charCodeAt(0) <= 255 ? hex(c.charCodeAt(0)) : `\\u${c.charCodeAt(0).toString(16)}`
    );
  let out = "";
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      out += displayName(bytes.subarray(start, i)) + hex(bytes[i]);
      i += 1;
      start = i;
    } else i += length;
  }
  return out + displayName(bytes.subarray(start));
}
function sequenceLength(bytes, i) {
  const b = bytes[i];
  const n = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
  if (n <= 1) return n;
  if (i + n > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(i, i + n));
    return n;
  } catch {
    return 0;
  }
}

// src/sources/local-directory.ts
var IGNORED_DIRECTORIES = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "__pycache__",
  ".venv",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache"
]);
var describe = (error) => error.code ?? String(error);
var SLASH = Buffer.from("/");
var LocalDirectory = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** The bytes of every path whose name is shown escaped (not plain UTF-8), by the text shown. */
  rawPaths = /* @__PURE__ */ new Map();
  get label() {
    return this.root;
  }
  async list() {
    const files = [];
    const directories = [];
    const links = [];
    const skipped = [];
    const root = Buffer.from(this.root);
    const stack = [{ path: "", raw: Buffer.alloc(0) }];
    while (stack.length) {
      const dir = stack.pop();
      let entries;
      try {
        const at = dir.raw.length ? Buffer.concat([root, SLASH, dir.raw]) : root;
        entries = readdirSync(at, { withFileTypes: true, encoding: "buffer" });
      } catch (error) {
        skipped.push({ path: dir.path || ".", reason: `unreadable directory (${describe(error)})` });
        continue;
      }
      for (const entry of entries) {
        const name = displayName(entry.name);
        const path = dir.path ? `${dir.path}/${name}` : name;
        const raw = dir.raw.length ? Buffer.concat([dir.raw, SLASH, entry.name]) : Buffer.from(entry.name);
        if (raw.toString("utf8") !== path) this.rawPaths.set(path, raw);
        if (entry.isSymbolicLink()) links.push(path);
        else if (entry.isDirectory()) {
          if (IGNORED_DIRECTORIES.has(name)) continue;
          directories.push(path);
          stack.push({ path, raw });
        } else if (entry.isFile()) files.push(path);
        else skipped.push({ path, reason: "not a regular file" });
      }
    }
    return { files: files.sort(), directories: directories.sort(), links: links.sort(), skipped };
  }
  // Synchronous on purpose: for thousands of small files, a thread-pool round trip per open/stat/
  // read/close costs more than the reads themselves (measured with npm run bench). Most files are
  // small: one read into the free end of the current slab gets them whole (a short read of a regular
  // file is its end) and they are handed out as a view of it, without a copy; only a file that fills
  // the read is measured with fstat and given a buffer of its own.
  async read(path, maxBytes) {
    let fd;
    try {
      const raw = this.rawPaths.get(path);
      const at = raw ? Buffer.concat([Buffer.from(this.root), SLASH, raw]) : `${this.root}/${path}`;
      fd = openSync(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      if (!slab || SLAB_BYTES - slabUsed < FIRST_READ) {
        slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
        slabUsed = 0;
      }
      const first = readSync(fd, slab, slabUsed, FIRST_READ, 0);
      if (first === 0 && !fstatSync(fd).isFile()) return { ok: false, reason: "not a regular file" };
      const size = first < FIRST_READ ? first : fstatSync(fd).size;
      if (size > maxBytes)
        return { ok: false, reason: `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})` };
      if (first < FIRST_READ) {
        const data2 = slab.subarray(slabUsed, slabUsed + first);
        slabUsed += first;
        return { ok: true, data: data2 };
      }
      const data = Buffer.allocUnsafe(Math.max(size, first));
      slab.copy(data, 0, slabUsed, slabUsed + first);
      let read = first;
      while (read < data.length) {
        const n = readSync(fd, data, read, data.length - read, read);
        if (n === 0) break;
        read += n;
      }
      return { ok: true, data: data.subarray(0, read) };
    } catch (error) {
      if (describe(error) === "EAGAIN") return { ok: false, reason: "not a regular file" };
      return { ok: false, reason: `unreadable (${describe(error)})` };
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
};
var SLAB_BYTES = 1024 * 1024;
var FIRST_READ = 64 * 1024;
var slab;
var slabUsed = 0;
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export {
  displayName,
  IGNORED_DIRECTORIES,
  LocalDirectory,
  formatBytes
};
