// Colour for the text report on a terminal: NO_COLOR (https://no-color.org) turns it off, FORCE_COLOR
// turns it on (FORCE_COLOR=0 off), else a terminal that is not `dumb` gets it. Pure: callers pass the
// environment and whether the stream is a terminal.
import type { Severity } from '../model.js';

export function colourWanted(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal && env.TERM !== 'dumb';
}

export interface Paint {
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
  cyan: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
  severity: (severity: Severity, s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

export function paint(enabled: boolean): Paint {
  const plain = (s: string) => s;
  const red = enabled ? sgr(31, 39) : plain;
  const yellow = enabled ? sgr(33, 39) : plain;
  const cyan = enabled ? sgr(36, 39) : plain;
  return {
    red,
    yellow,
    green: enabled ? sgr(32, 39) : plain,
    cyan,
    dim: enabled ? sgr(2, 22) : plain,
    bold: enabled ? sgr(1, 22) : plain,
    severity: (severity, s) => (severity === 'error' ? red : severity === 'warning' ? yellow : cyan)(s)
  };
}
