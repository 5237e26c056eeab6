// `migration-gate fix`: the fixes for a tree's findings, made and checked before anything is written.
// The tree is scanned; each finding whose kind has a fixer (and whose rule does not say `fix: false`)
// gets its edits; the edited files are scanned again in memory, with the same rules and stage, and a
// file whose fixed findings are still reported (or that no longer parses) is left as it was, each of
// its fixes reported as not made, with the reason. Fixing twice changes nothing the second time.
import { parse as parseToml } from 'smol-toml';
import { fileTypeOf } from '../deps/file-types.js';
import { declaredRequirements } from '../deps/collect.js';
import { isPythonPath } from '../kinds/text-match.js';
import { withPythonTree } from '../parsers/python.js';
import { FileLoader, treeView } from '../engine/tree-view.js';
import type { Finding, Stage } from '../model.js';
import { scanSource } from '../pipeline.js';
import { chooseRuleSet } from '../rules/choose.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { Report } from '../report/report.js';
import { decodeText } from '../sources/decode.js';
import { listedOnce } from '../sources/listed.js';
import type { FileSource, TreeListing } from '../sources/source.js';
import { applyEdits, type TextEdit } from './edits.js';
import { changedBlocks, type ChangedBlock } from './hunks.js';
import { dropEmptyInstalls, fixFor, hasFixer, leavesEmptyInstall } from './fixers.js';

/** Files larger than this are not edited (nor are they scanned by default). */
const MAX_FIX_BYTES = 2 * 1024 * 1024;

export interface FixRequest {
  rules?: string;
  /** Rules already loaded (the base commit's, in a pull request); `rules` is then not read. */
  ruleSet?: RuleSet;
  stage?: Stage;
  today?: string;
  /** Only these rules' findings (`--rule`). */
  only?: readonly string[];
}

export interface FileFix {
  path: string;
  before: string;
  after: string;
  /** The bytes to write: the text in the file's own encoding (a UTF-8 byte-order mark is kept). */
  bytes: Uint8Array;
}

export interface FixResult {
  ruleId: string;
  path: string;
  line?: number;
  /** What the fix does, or why it was not made. */
  description: string;
}

export interface FixPlan {
  ruleSet: RuleSet;
  /** Findings a fixer could edit that are notices in this stage, left alone (the stage does not ask yet). */
  notices: number;
  files: FileFix[];
  fixed: FixResult[];
  notFixed: FixResult[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A source that reads the edited files' new text and every other file as it is. */
function withEdits(source: FileSource, edited: ReadonlyMap<string, Uint8Array>): FileSource {
  return {
    label: source.label,
    list: () => source.list(),
    read: async (path, maxBytes) => {
      const bytes = edited.get(path);
      return bytes ? { ok: true, data: bytes } : source.read(path, maxBytes);
    }
  };
}

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

const result = (f: Finding, description: string): FixResult => ({
  ruleId: f.ruleId,
  path: f.path,
  ...(f.line !== undefined ? { line: f.line } : {}),
  description
});

/** What a finding is, wherever its lines moved to: rule, file and words. */
const identity = (f: Finding): string => JSON.stringify([f.ruleId, f.path, f.detail]);

/** Whether an edited file still parses as its kind of file where it parsed before. */
async function stillParses(path: string, before: string, after: string): Promise<boolean> {
  if (fileTypeOf(path) === 'dockerfile') return !leavesEmptyInstall(before, after);
  if (isPythonPath(path)) {
    const clean = (text: string) => withPythonTree(text, (root) => !root.hasError);
    return !(await clean(before)) || clean(after);
  }
  if (fileTypeOf(path) !== 'pyproject') return true;
  const parses = (text: string) => {
    try {
      parseToml(text);
      return true;
    } catch {
      return false;
    }
  };
  return !parses(before) || parses(after);
}

/** Rounds of fixing: a fix may make another possible (the FastAPI stack added, the server type can follow). */
const MAX_ROUNDS = 3;

export async function planFixes(original: FileSource, request: FixRequest = {}): Promise<FixPlan> {
  const source = listedOnce(original);
  const ruleSet = request.ruleSet ?? (await chooseRuleSet(request.rules, source, await source.listing()));
  const edited = new Map<string, FileFix>();
  const fixed: FixResult[] = [];
  let first: FixPlan | undefined;
  let last: RoundPlan | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const overlay = listedOnce(withEdits(source, new Map([...edited].map(([p, f]) => [p, f.bytes]))));
    // The round before scanned this very tree when it checked its edits (all of them kept).
    last = await planRound(overlay, ruleSet, request, last?.verified);
    first ??= last;
    for (const f of last.files) edited.set(f.path, { ...f, before: edited.get(f.path)?.before ?? f.before });
    fixed.push(...last.fixed);
    if (last.files.length === 0) break;
  }
  return {
    ruleSet,
    notices: first!.notices,
    files: [...edited.values()].filter((f) => f.before !== f.after),
    fixed,
    notFixed: last!.notFixed
  };
}

/** A round's plan, and the report of the edited tree when every edit was kept (the next round's tree). */
type RoundPlan = FixPlan & { verified?: Report };

/**
 * One round: the fixes for the tree as it is, checked by scanning the edited tree. `scanned`: this
 * tree's report, when the round before already made it.
 */
async function planRound(
  source: FileSource & { listing(): Promise<TreeListing> },
  ruleSet: RuleSet,
  request: FixRequest,
  scanned?: Report
): Promise<RoundPlan> {
  const scanOptions = {
    ruleSet,
    ...(request.stage ? { stage: request.stage } : {}),
    ...(request.today ? { today: request.today } : {})
  };
  const report = scanned ?? (await scanSource(source, scanOptions)).report;
  const rules = new Map(ruleSet.rules.map((r) => [r.id, r]));
  const fixed: FixResult[] = [];
  const notFixed: FixResult[] = [];
  const perFile = new Map<string, Array<{ finding: Finding; description: string; edits: TextEdit[] }>>();
  const texts = new Map<string, { text: string; bom: boolean } | { reason: string }>();
  const textOf = async (path: string) => {
    if (!texts.has(path)) {
      const read = await source.read(path, MAX_FIX_BYTES);
      if (!read.ok) texts.set(path, { reason: `the file cannot be read (${read.reason})` });
      else if (read.data[0] === 0xff || read.data[0] === 0xfe)
        texts.set(path, { reason: 'the file is UTF-16; fixes edit UTF-8 files only' });
      else {
        const decoded = decodeText(read.data);
        texts.set(
          path,
          decoded.ok
            ? { text: decoded.text, bom: UTF8_BOM.every((b, i) => read.data[i] === b) }
            : { reason: `the file is not text (${decoded.reason})` }
        );
      }
    }
    return texts.get(path)!;
  };

  // What the dependency files of a folder (and its subfolders) install, for fixers that must know.
  const listing = await source.listing();
  const tree = treeView(listing, new FileLoader(source, MAX_FIX_BYTES), new Map(), {});
  const installedUnder = async (folder: string): Promise<Set<string>> => {
    const out = new Set<string>();
    for (const path of listing.files)
      if ((folder === '' || path.startsWith(`${folder}/`)) && fileTypeOf(path))
        for (const r of await declaredRequirements(tree, path)) out.add(r.normalized);
    return out;
  };

  /**
   * The requirements file a folder's missing packages go to: a finding on such a file, else the
   * folder's `requirements.txt` when a Dockerfile in the folder names it (so that it is installed).
   */
  const requirementsFileFor = async (path: string): Promise<string | undefined> => {
    if (fileTypeOf(path) === 'requirements') return path;
    const folder = listing.files.includes(path) ? folderOf(path) : path === '.' ? '' : path;
    const file = folder ? `${folder}/requirements.txt` : 'requirements.txt';
    if (!listing.files.includes(file)) return undefined;
    for (const dockerfile of listing.files.filter(
      (p) => folderOf(p) === folder && fileTypeOf(p) === 'dockerfile'
    )) {
      const text = await textOf(dockerfile);
      if ('text' in text && text.text.includes('requirements.txt')) return file;
    }
    return undefined;
  };

  let notices = 0;
  for (const finding of report.findings) {
    const rule = rules.get(finding.ruleId);
    if (!rule || rule.fix === false || (request.only?.length && !request.only.includes(rule.id))) continue;
    // A notice is not asked for yet: in beta DRUM and its images still need Flask.
    if (finding.severity === 'notice') {
      if (hasFixer(rule)) notices++;
      continue;
    }
    if (!hasFixer(rule)) continue;
    // The file the fix edits: the finding's, or for a missing package the folder's requirements file.
    const target =
      rule.kind === 'required-dependency' ? await requirementsFileFor(finding.path) : finding.path;
    if (target === undefined) {
      notFixed.push(
        result(
          finding,
          'the folder has no requirements.txt its Dockerfile installs; add the packages by hand'
        )
      );
      continue;
    }
    const file = await textOf(target).catch(() => ({ reason: 'the path is not a file' }));
    if ('reason' in file) {
      notFixed.push(result(finding, file.reason));
      continue;
    }
    const needsInstalled = rule.kind === 'server-type' || rule.kind === 'required-dependency';
    const folder = rule.kind === 'required-dependency' ? folderOf(target) : folderOf(finding.path);
    const outcome = fixFor(finding, rule, file.text, {
      ...(needsInstalled ? { installed: await installedUnder(folder) } : {}),
      target
    });
    if (!outcome) continue;
    if ('reason' in outcome) notFixed.push(result(finding, outcome.reason));
    else perFile.set(target, [...(perFile.get(target) ?? []), { finding, ...outcome }]);
  }

  // The edits, file by file; then the edited tree scanned again.
  const candidates = new Map<string, FileFix>();
  const made = new Map<string, Array<{ finding: Finding; description: string }>>();
  for (const [path, fixes] of perFile) {
    const file = (await textOf(path)) as { text: string; bom: boolean };
    const { text, overlapping } = applyEdits(
      file.text,
      fixes.flatMap((f) => f.edits)
    );
    const clashing = new Set(overlapping);
    const kept = fixes.filter((f) => !f.edits.some((e) => clashing.has(e)));
    for (const f of fixes.filter((x) => !kept.includes(x)))
      notFixed.push(result(f.finding, 'it overlaps another fix in the same place; run fix again'));
    const edited = overlapping.length
      ? applyEdits(
          file.text,
          kept.flatMap((f) => f.edits)
        ).text
      : text;
    // Removing every package of an install command removes the command (fixers.ts).
    const after =
      fileTypeOf(path) === 'dockerfile' ? (dropEmptyInstalls(file.text, edited) ?? edited) : edited;
    if (after === file.text) continue;
    const encoded = new TextEncoder().encode(after);
    const bytes = file.bom ? new Uint8Array([...UTF8_BOM, ...encoded]) : encoded;
    candidates.set(path, { path, before: file.text, after, bytes });
    made.set(path, kept);
  }
  // Nothing edited: the tree is the one just scanned.
  const again =
    candidates.size === 0
      ? report
      : (
          await scanSource(
            withEdits(source, new Map([...candidates].map(([p, f]) => [p, f.bytes]))),
            scanOptions
          )
        ).report;
  const remaining = new Set(again.findings.map(identity));
  // Findings the edits brought (fastapi added beside a pydantic 1 pin): their file, or the folder holding it.
  // (By rule and path: a finding whose words changed with the edit is not a new one.)
  const where = (f: Finding) => JSON.stringify([f.ruleId, f.path]);
  const before = new Map<string, number>();
  for (const f of report.findings) before.set(where(f), (before.get(where(f)) ?? 0) + 1);
  const brought: Finding[] = [];
  for (const f of again.findings) {
    const left = before.get(where(f)) ?? 0;
    if (left > 0) before.set(where(f), left - 1);
    else brought.push(f);
  }
  const bringsFindings = (path: string) =>
    brought.some((f) => f.path === path || f.path === '.' || path.startsWith(`${f.path}/`));
  const files: FileFix[] = [];
  for (const [path, file] of candidates) {
    const fixes = made.get(path)!;
    const stubborn = fixes.filter((f) => remaining.has(identity(f.finding)));
    const broken = !(await stillParses(path, file.before, file.after));
    const worse = bringsFindings(path);
    if (stubborn.length || broken || worse) {
      const why = broken
        ? fileTypeOf(path) === 'dockerfile'
          ? 'the fixes together would leave an install command without a package; the file is left as it was'
          : 'the edited file would no longer parse; the file is left as it was'
        : worse
          ? `the edit would bring ${brought
              .filter((f) => f.path === path || path.startsWith(`${f.path}/`) || f.path === '.')
              .map((f) => f.ruleId)
              .join(', ')} findings; the file is left as it was`
          : 'the finding is still reported after the edit; the file is left as it was';
      for (const f of fixes) notFixed.push(result(f.finding, why));
      continue;
    }
    files.push(file);
    for (const f of fixes) fixed.push(result(f.finding, f.description));
  }
  return {
    ruleSet,
    notices,
    files,
    fixed,
    notFixed,
    ...(files.length === candidates.size ? { verified: again } : {})
  };
}

/** A finding's fix as whole-line replacements of its file (for SARIF `fixes`). */
export interface FindingFix {
  ruleId: string;
  path: string;
  line?: number;
  description: string;
  replacements: ChangedBlock[];
}

/** Each fixed finding with the changed blocks of its file that hold its line (all of them for a file-level finding). */
export function findingFixes(plan: Pick<FixPlan, 'files' | 'fixed'>): FindingFix[] {
  const blocks = new Map(plan.files.map((f) => [f.path, changedBlocks(f.before, f.after)]));
  return plan.fixed.flatMap((r) => {
    const all = blocks.get(r.path) ?? [];
    const own =
      r.line === undefined ? all : all.filter((b) => b.startLine <= r.line! && r.line! <= b.endLine);
    return own.length ? [{ ...r, replacements: own }] : [];
  });
}
