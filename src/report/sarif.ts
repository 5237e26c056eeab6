// SARIF 2.1.0 for GitHub code scanning (PLATFORM.md): every rule with a short and full description and
// help, results with a repo-relative location and a region, and partialFingerprints that survive line
// shifts (they hash what was found, not where). Checked in tests with Microsoft's validator.
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../model.js';
import type { Report } from './report.js';
import type { FindingFix } from '../fix/fix.js';

/** GitHub ingests at most 25,000 results per run. */
export const MAX_RESULTS = 25_000;
const INFORMATION_URI = 'https://github.com/datarobot/migration-gate';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note'
};

/** A PascalCase name for a rule, omitted when it would equal the id (SARIF1001 compares them case-insensitively). */
function friendlyName(id: string): { name?: string } {
  const name = id
    .split('-')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}

const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** Stable across line moves: rule, file, what was found, and which occurrence of it in the file. */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\0${f.path}\0${f.detail}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  });
}

/** A result's fix, as SARIF says it: the file's lines replaced (a deleted region and the text put in). */
function sarifFixes(fix: FindingFix | undefined) {
  if (!fix) return {};
  return {
    fixes: [
      {
        description: { text: sentence(fix.description.replace(/`/g, '')) },
        artifactChanges: [
          {
            artifactLocation: { uri: encodeURI(fix.path), uriBaseId: '%SRCROOT%' },
            replacements: fix.replacements.map((b) => ({
              deletedRegion: { startLine: b.startLine, startColumn: 1, endLine: b.endLine + 1, endColumn: 1 },
              ...(b.lines.length ? { insertedContent: { text: b.lines.map((l) => `${l}\n`).join('') } } : {})
            }))
          }
        ]
      }
    ]
  };
}

export function renderSarif(report: Report): string {
  const fixes = new Map(
    (report.fixes ?? []).map((f) => [JSON.stringify([f.ruleId, f.path, f.line ?? 0]), f])
  );
  const fixFor = (f: Report['findings'][number]) =>
    fixes.get(JSON.stringify([f.ruleId, f.path, f.line ?? 0]));
  const rules = report.rules.filter((r) => r.status !== 'off' && r.status !== 'not-applicable');
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const findings = report.findings.slice(0, MAX_RESULTS);
  const prints = fingerprints(findings);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => ({
              id: r.id,
              ...friendlyName(r.id),
              shortDescription: { text: sentence(r.title.replace(/`/g, '')) },
              fullDescription: { text: sentence(r.message) },
              help: {
                text: `${sentence(r.message)} ${r.remediation ? sentence(r.remediation) : ''}`.trim(),
                markdown: `**Phase ${r.phase}: ${r.title}**\n\n${sentence(r.message)}${r.remediation ? `\n\n**Fix:** ${sentence(r.remediation)}` : ''}`
              },
              defaultConfiguration: {
                level:
                  r.enforcement === 'notice'
                    ? 'note'
                    : r.enforcement === 'warning' || r.enforcement === 'new'
                      ? 'warning'
                      : 'error'
              },
              properties: {
                phase: r.phase,
                kind: r.kind,
                enforcement: r.enforcement,
                tags: ['migration', `phase-${r.phase}`]
              }
            }))
          }
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository.' } } },
        results: findings.map((f, i) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId) ?? 0,
          level: LEVEL[f.severity],
          // A finding about a folder, or a file that must exist, points at the file where the fix
          // starts (its anchor) and names its own path in the message.
          message: { text: sentence(f.anchor !== undefined ? `${f.path}: ${f.message}` : f.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.anchor ?? f.path), uriBaseId: '%SRCROOT%' },
                region:
                  f.line === undefined || f.anchor !== undefined
                    ? { startLine: 1 }
                    : { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
              }
            }
          ],
          partialFingerprints: { 'migrationGate/v1': prints[i] },
          ...sarifFixes(fixFor(f)),
          ...(f.blocksFrom ? { properties: { blocksFrom: f.blocksFrom } } : {})
        })),
        properties: {
          stage: report.ruleset.stage,
          conclusion: report.conclusion,
          truncatedResults: report.findings.length - findings.length
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
