// The data that flows through the engine. Everything here is plain data: kinds produce RawFindings,
// the gate turns them into Findings with a severity, reporters render them.

/** The dual-support timeline of the migration strategy, in order. */
export const STAGES = ['beta', 'rc', 'lts', 'decommission'] as const;
export type Stage = (typeof STAGES)[number];

/** How hard a rule is enforced in one stage; `new` blocks only what a change introduces. */
export const ENFORCEMENTS = ['off', 'notice', 'warning', 'error', 'new'] as const;
export type Enforcement = (typeof ENFORCEMENTS)[number];

export type Severity = 'notice' | 'warning' | 'error';

/** 1-based lines and columns (columns in UTF-16 code units, as SARIF and GitHub expect); end is inclusive-exclusive like an editor selection. */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a rule kind reports: where and what, before any stage policy is applied. */
export interface RawFinding {
  path: string;
  region?: Region;
  message: string;
  /**
   * Set by the engine when `path` is not a file (a folder that must go, a file that must exist): an
   * existing file where the fix starts, for SARIF results and annotations.
   */
  anchor?: string;
}

/** A finding after the gate: it carries its rule's identity and the severity of the current stage. */
export interface Finding extends Partial<Region> {
  ruleId: string;
  kind: string;
  phase: number;
  severity: Severity;
  path: string;
  /** The kind's detail followed by the rule's message. */
  message: string;
  /** The kind's detail alone ("Found `Blueprint`."), for renderers that show the rule's message once. */
  detail: string;
  remediation?: string;
  /** Only set when the scan knows what the change introduced. */
  new?: boolean;
  /** Only set with a baseline: whether the baseline already counts this finding (it then never blocks). */
  baselined?: boolean;
  /** When `path` is not a file: the existing file SARIF results and annotations point at instead. */
  anchor?: string;
  /** Set when the finding does not block now and will in the next stage of the timeline. */
  blocksFrom?: Stage;
}

/** A file the engine did not read, and why (binary, too large, unreadable, a link). */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ScanStats {
  files: number;
  bytes: number;
  durationMs: number;
}

/** Something unknown or unreadable that is not a finding (an image that says nothing about Python). */
export interface ReportNote {
  path: string;
  line?: number;
  message: string;
}
