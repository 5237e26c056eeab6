// The routes section of the text and Markdown reports: the Flask -> FastAPI table, and one sentence
// (not an empty table) when no Flask route is left.
import { scanSource } from '../../src/pipeline.js';
import type { Report } from '../../src/report/report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { MemorySource, loadRules } from '../helpers.js';

const RULES = loadRules(`id: parity
phase: 2
title: Endpoints
kind: route-parity
files: ['**/*.py']
health: []
message: m.`);

async function reportOf(files: Record<string, string>): Promise<Report> {
  return (await scanSource(new MemorySource(files), { ruleSet: RULES, stage: 'rc' })).report;
}

const FASTAPI =
  'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/ping")\ndef ping():\n    return "pong"\n\n@app.post("/predict/")\ndef predict():\n    return {}\n';

/** The lines of a rendered report from its routes heading to the next blank line (Markdown: the one after its body). */
function section(rendered: string, heading: string): string[] {
  const lines = rendered.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start).toBeGreaterThanOrEqual(0);
  const body = heading.startsWith('#') ? start + 2 : start;
  const end = lines.findIndex((l, i) => i > body && l === '');
  return lines.slice(start, end === -1 ? undefined : end);
}

test('a service whose Flask routes are all gone: a sentence with the FastAPI routes counted, no empty table', async () => {
  const report = await reportOf({ 'svc/app.py': FASTAPI });
  expect(report.rules.find((r) => r.id === 'parity')?.status).toBe('pass');
  expect(section(renderText(report), 'Routes (parity)')).toEqual([
    'Routes (parity): no Flask routes in the scanned files; FastAPI serves 2 routes.'
  ]);
  expect(section(renderMarkdown(report), '### Routes')).toEqual([
    '### Routes: Flask → FastAPI (`parity`)',
    '',
    'no Flask routes in the scanned files; FastAPI serves 2 routes.'
  ]);
});

test('Flask routes beside FastAPI: the table of pairs', async () => {
  const report = await reportOf({
    'svc/app.py': FASTAPI,
    'svc/legacy.py':
      'from flask import Flask\n\nflask_app = Flask(__name__)\n\n@flask_app.route("/ping")\ndef ping():\n    return "pong"\n'
  });
  expect(section(renderText(report), 'Routes (parity)')).toEqual([
    'Routes (parity): Flask -> FastAPI',
    `  ${'GET /ping'.padEnd(40)} ${'svc/legacy.py:5'.padEnd(50)} -> svc/app.py:5`
  ]);
  expect(section(renderMarkdown(report), '### Routes')).toEqual([
    '### Routes: Flask → FastAPI (`parity`)',
    '',
    '| Method | Path | Flask | FastAPI |',
    '|---|---|---|---|',
    '| GET | `/ping` | `svc/legacy.py:5` | `svc/app.py:5` |'
  ]);
});
