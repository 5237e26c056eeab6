import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/sources/in-memory.ts
var InMemorySource = class {
  constructor(label, files, links = [], skipped = []) {
    this.label = label;
    this.links = links;
    this.skipped = skipped;
    const entries = files instanceof Map ? [...files] : Object.entries(files);
    this.files = new Map(
      entries.map(([p, c]) => [p, typeof c === "string" ? new TextEncoder().encode(c) : c])
    );
  }
  label;
  links;
  skipped;
  files;
  async list() {
    const directories = /* @__PURE__ */ new Set();
    for (const path of [...this.files.keys(), ...this.links]) {
      const parts = path.split("/");
      for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join("/"));
    }
    return {
      files: [...this.files.keys()].sort(),
      directories: [...directories].sort(),
      links: [...this.links].sort(),
      skipped: [...this.skipped]
    };
  }
  async read(path, maxBytes) {
    const data = this.files.get(path);
    if (!data) return { ok: false, reason: "unreadable (ENOENT)" };
    return data.byteLength > maxBytes ? { ok: false, reason: `larger than ${maxBytes} bytes` } : { ok: true, data };
  }
};

export {
  InMemorySource
};
