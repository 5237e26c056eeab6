import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/regex-engine.ts
import { setFlagsFromString } from "node:v8";
var enabled = false;
function enableLinearRegexFallback() {
  if (enabled) return;
  enabled = true;
  setFlagsFromString("--enable-experimental-regexp-engine-on-excessive-backtracks");
}

// src/progress.ts
function progressWords(done, total, elapsedMs) {
  const rate = elapsedMs > 0 ? Math.round(done * 1e3 / elapsedMs) : 0;
  return `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} files (${rate.toLocaleString("en-US")} files/s)`;
}
function progressReporter(options) {
  const now = options.now ?? Date.now;
  const started = now();
  const quiet = options.quietMs ?? 1e3;
  const every = options.interactive ? options.redrawMs ?? 100 : options.logEveryMs ?? 5e3;
  let last = -Infinity;
  let drawn = false;
  return {
    tick(done, total) {
      const t = now();
      if (t - started < quiet || t - last < every) return;
      last = t;
      const words = `migration-gate: ${progressWords(done, total, t - started)}`;
      if (options.interactive) {
        options.write(`\r\x1B[2K${words}`);
        drawn = true;
      } else options.write(`${words}
`);
    },
    end() {
      if (drawn) options.write("\r\x1B[2K");
      drawn = false;
    }
  };
}

export {
  enableLinearRegexFallback,
  progressReporter
};
