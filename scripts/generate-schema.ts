// Writes rules/schema.json from the code's schema (src/rules/schema.ts). `--check` fails instead of
// writing when the committed file is stale (CI runs it), as ruff's generate_json_schema --mode check.
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { ruleSetSchema } from '../src/rules/schema.js';

const FILE = 'rules/schema.json';
const schema = { ...z.toJSONSchema(ruleSetSchema, { io: 'input' }), title: 'migration-gate rule file' };
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(FILE, 'utf8').catch(() => '');
  if (current !== text) {
    console.error(`${FILE} is stale: run \`npm run schema\` and commit the result.`);
    process.exit(1);
  }
} else {
  await writeFile(FILE, text);
}
