// Progress of a long scan, on standard error: a line redrawn in place on a terminal, or in a CI log
// (not a terminal) a line every few seconds. Nothing at all for scans that end within a second.
// The wording is a pure function; the reporter only decides when to write.

/** "1,234/19,000 files (2,345 files/s)". */
export function progressWords(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;
  return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} files (${rate.toLocaleString('en-US')} files/s)`;
}

export interface ProgressOptions {
  write: (text: string) => void;
  /** A terminal: one line, redrawn; else a log: a line every `logEveryMs`. */
  interactive: boolean;
  now?: () => number;
  /** Nothing is written before this (a short scan says nothing). */
  quietMs?: number;
  logEveryMs?: number;
  /** A terminal is redrawn at most this often. */
  redrawMs?: number;
}

export interface Progress {
  tick: (done: number, total: number) => void;
  /** Clears the redrawn line (a terminal), so that the report starts on a clean line. */
  end: () => void;
}

export function progressReporter(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const started = now();
  const quiet = options.quietMs ?? 1000;
  const every = options.interactive ? (options.redrawMs ?? 100) : (options.logEveryMs ?? 5000);
  let last = -Infinity;
  let drawn = false;
  return {
    tick(done, total) {
      const t = now();
      if (t - started < quiet || t - last < every) return;
      last = t;
      const words = `migration-gate: ${progressWords(done, total, t - started)}`;
      if (options.interactive) {
        options.write(`\r\x1b[2K${words}`);
        drawn = true;
      } else options.write(`${words}\n`);
    },
    end() {
      if (drawn) options.write('\r\x1b[2K');
      drawn = false;
    }
  };
}
