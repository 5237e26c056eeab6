// Microsoft's SARIF validator (@microsoft/sarif-multitool) with GitHub's ingestion rules (`Gh`) and the
// SARIF spec rules. The npm wrapper passes arguments through a shell (which splits `Gh;Sarif`), so the
// platform binary is called directly.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { temporaryDirectory } from './temporary.js';

const require = createRequire(import.meta.url);

/** The validator's results for a file (each `RULE level: message id`); [] when it is clean. */
export async function validateSarif(file: string): Promise<string[]> {
  const binary = join(
    dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')),
    'Sarif.Multitool'
  );
  const out = join(await temporaryDirectory('mg-sarif-'), 'validation.sarif');
  await promisify(execFile)(
    binary,
    ['validate', file, '--rule-kind', 'Gh;Sarif', '-o', out, '--log', 'ForceOverwrite'],
    { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } }
  );
  const log = JSON.parse(await readFile(out, 'utf8'));
  const run = log.runs[0];
  const levels = new Map<string, string>(
    (run.tool.driver.rules ?? []).map((r: { id: string; defaultConfiguration?: { level?: string } }) => [
      r.id,
      r.defaultConfiguration?.level ?? 'warning'
    ])
  );
  return (run.results ?? []).map(
    (r: { ruleId: string; level?: string; message: { id?: string; text?: string } }) =>
      `${r.ruleId} ${r.level ?? levels.get(r.ruleId)}: ${r.message.id ?? r.message.text}`
  );
}
