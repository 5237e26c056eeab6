import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/report/sarif.ts
import { createHash } from "node:crypto";
var MAX_RESULTS = 25e3;
var INFORMATION_URI = "https://github.com/datarobot/migration-gate";
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function friendlyName(id) {
  const name = id.split("-").map((w) => w ? w[0].toUpperCase() + w.slice(1) : w).join("");
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}
var sentence = (s) => /[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`;
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const key = `${f.ruleId}\0${f.path}\0${f.detail}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
  });
}
function sarifFixes(fix) {
  if (!fix) return {};
  return {
    fixes: [
      {
        description: { text: sentence(fix.description.replace(/`/g, "")) },
        artifactChanges: [
          {
            artifactLocation: { uri: encodeURI(fix.path), uriBaseId: "%SRCROOT%" },
            replacements: fix.replacements.map((b) => ({
              deletedRegion: { startLine: b.startLine, startColumn: 1, endLine: b.endLine + 1, endColumn: 1 },
              ...b.lines.length ? { insertedContent: { text: b.lines.map((l) => `${l}
`).join("") } } : {}
            }))
          }
        ]
      }
    ]
  };
}
function renderSarif(report) {
  const fixes = new Map(
    (report.fixes ?? []).map((f) => [JSON.stringify([f.ruleId, f.path, f.line ?? 0]), f])
  );
  const fixFor = (f) => fixes.get(JSON.stringify([f.ruleId, f.path, f.line ?? 0]));
  const rules = report.rules.filter((r) => r.status !== "off" && r.status !== "not-applicable");
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const findings = report.findings.slice(0, MAX_RESULTS);
  const prints = fingerprints(findings);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
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
              shortDescription: { text: sentence(r.title.replace(/`/g, "")) },
              fullDescription: { text: sentence(r.message) },
              help: {
                text: `${sentence(r.message)} ${r.remediation ? sentence(r.remediation) : ""}`.trim(),
                markdown: `**Phase ${r.phase}: ${r.title}**

${sentence(r.message)}${r.remediation ? `

**Fix:** ${sentence(r.remediation)}` : ""}`
              },
              defaultConfiguration: {
                level: r.enforcement === "notice" ? "note" : r.enforcement === "warning" || r.enforcement === "new" ? "warning" : "error"
              },
              properties: {
                phase: r.phase,
                kind: r.kind,
                enforcement: r.enforcement,
                tags: ["migration", `phase-${r.phase}`]
              }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository." } } },
        results: findings.map((f, i) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId) ?? 0,
          level: LEVEL[f.severity],
          // A finding about a folder, or a file that must exist, points at the file where the fix
          // starts (its anchor) and names its own path in the message.
          message: { text: sentence(f.anchor !== void 0 ? `${f.path}: ${f.message}` : f.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.anchor ?? f.path), uriBaseId: "%SRCROOT%" },
                region: f.line === void 0 || f.anchor !== void 0 ? { startLine: 1 } : { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
              }
            }
          ],
          partialFingerprints: { "migrationGate/v1": prints[i] },
          ...sarifFixes(fixFor(f)),
          ...f.blocksFrom ? { properties: { blocksFrom: f.blocksFrom } } : {}
        })),
        properties: {
          stage: report.ruleset.stage,
          conclusion: report.conclusion,
          truncatedResults: report.findings.length - findings.length
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

export {
  MAX_RESULTS,
  renderSarif
};
