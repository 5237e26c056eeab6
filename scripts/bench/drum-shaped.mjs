// A DRUM-shaped tree ten times DRUM's size where every bundled rule selects its files: the legacy
// example at the root (the drum profile applies), then ten copies of a generated DRUM — its package
// modules (Flask blueprints, FastAPI routers, helpers), unit and functional tests, model templates,
// drop-in environments and base images — inside DRUM's own top folders, at the paths the rules look.
// Generated here, not copied from DRUM: only its shape is DRUM's — per copy, as DRUM's master has
// (1,150 files, 35 MB): 377 Python files, 197 data files of 24 MB (test data, model artifacts) and 576
// others (Dockerfiles, requirements, metadata, R, Java, docs) of 9 MB.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = '2';
/** DRUM's proportions per copy. */
const PER_COPY = {
  package: 95,
  unit: 180,
  functional: 50,
  templates: 50,
  environments: 15,
  images: 5,
  data: 197,
  others: 400
};

function helperModule(k, i) {
  const flask = i % 9 === 0 ? 'from flask import request\nimport werkzeug.exceptions\n' : '';
  const functions = Array.from(
    { length: 25 },
    (_, f) =>
      `\n\ndef step_${f}(payload, settings=None):\n    """Runs step ${f} of copy ${k}; the gunicorn-era worker called it per request."""\n    rows = [r * ${f + 1} for r in payload.get("rows", [])]\n    return {"rows": rows, "total": sum(rows), "name": "step-${f}"}\n`
  ).join('');
  return `import logging\nimport os\n${flask}\nlogger = logging.getLogger(__name__)\n${functions}`;
}

function flaskBlueprint(k, i) {
  const routes = Array.from(
    { length: 8 },
    (_, r) =>
      `\n\n@api.route("/c${k}/m${i}/r${r}/", methods=["GET", "POST"])\ndef route_${r}():\n    return jsonify({"copy": ${k}, "route": ${r}})\n`
  ).join('');
  return `from flask import Blueprint, jsonify, request\n\napi = Blueprint("api_${k}_${i}", __name__)\n${routes}`;
}

function fastapiRouter(k, i) {
  const routes = Array.from(
    { length: 8 },
    (_, r) =>
      `\n\n@router.api_route("/c${k}/m${i}/r${r}/", methods=["GET", "POST"])\nasync def route_${r}(request: Request):\n    return {"copy": ${k}, "route": ${r}}\n`
  ).join('');
  return `from fastapi import APIRouter, Request\n\nrouter = APIRouter()\n${routes}`;
}

function testModule(k, i) {
  const flask = i % 20 === 0 ? 'from werkzeug.exceptions import BadRequest\n' : '';
  const cases = Array.from(
    { length: 20 },
    (_, c) =>
      `\n\ndef test_case_${c}(client):\n    response = client.post("/predict/", json={"x": ${c}, "copy": ${k}})\n    assert response.status_code == 200\n`
  ).join('');
  return `import pytest\n${flask}\n${cases}`;
}

const dockerfile = (python, extra = '') =>
  `FROM python:${python}-slim\nWORKDIR /opt/code\nCOPY requirements.txt requirements.txt\nRUN pip install --no-cache-dir -r requirements.txt${extra}\nENV HOME=/opt CODE_DIR=/opt/code ADDRESS=0.0.0.0:8080\nCMD ["sh", "start_server.sh"]\n`;

export function drumShapedTree(root, example) {
  const marker = join(root, '.bench-drum-shaped');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === VERSION) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(example, root, { recursive: true });
  const write = (path, content) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (let k = 0; k < 10; k++) {
    for (let i = 0; i < PER_COPY.package; i++) {
      const kind = i % 10 === 0 ? flaskBlueprint : i % 10 === 1 ? fastapiRouter : helperModule;
      write(`custom_model_runner/datarobot_drum/drum/copy${k}/module_${i}.py`, kind(k, i));
    }
    for (let i = 0; i < PER_COPY.unit; i++)
      write(`tests/unit/datarobot_drum/copy${k}/group_${i % 12}/test_unit_${i}.py`, testModule(k, i));
    for (let i = 0; i < PER_COPY.functional; i++)
      write(`tests/functional/copy${k}/test_functional_${i}.py`, testModule(k, i + 1000));
    for (let t = 0; t < PER_COPY.templates; t++) {
      write(`model_templates/copy${k}/template_${t}/custom.py`, helperModule(k, t + 500));
      write(`model_templates/copy${k}/template_${t}/requirements.txt`, 'scikit-learn\npandas\n');
      write(
        `model_templates/copy${k}/template_${t}/model-metadata.yaml`,
        'name: template\ntype: inference\n'
      );
    }
    for (let e = 0; e < PER_COPY.environments; e++) {
      const env = `public_dropin_environments/copy${k}_env_${e}`;
      const legacy = e % 3 === 0;
      write(`${env}/Dockerfile`, dockerfile(`3.${9 + (e % 4)}`));
      write(
        `${env}/requirements.txt`,
        `datarobot-drum==1.16.${e}\nscikit-learn==1.5.2\n${legacy ? 'flask==2.3.3\ngunicorn==23.0.0\ngevent==24.2.1\n' : 'fastapi\nuvicorn[standard]\nhttpx\n'}pydantic>=2\n`
      );
      write(`${env}/env_info.json`, JSON.stringify({ name: `env ${k}-${e}`, programmingLanguage: 'python' }));
      write(`${env}/start_server.sh`, `#!/bin/sh\nexec drum server --address "$ADDRESS"\n`);
    }
    // What the rules never select and a text search reads all the same.
    const row = Array.from({ length: 12 }, (_, c) => ((c + k) * 1.25).toFixed(2)).join(',') + '\n';
    for (let d = 0; d < PER_COPY.data; d++)
      write(`tests/testdata/copy${k}/dataset_${d}.csv`, row.repeat(Math.ceil(120_000 / row.length)));
    const prose = `The ${'model runner serves predictions; '.repeat(40)}\n`;
    for (let o = 0; o < PER_COPY.others; o++) {
      const kind = ['R', 'java', 'md', 'ipynb'][o % 4];
      write(`model_templates/copy${k}/other_${o % 20}/file_${o}.${kind}`, prose.repeat(10));
    }
    for (let b = 0; b < PER_COPY.images; b++) {
      write(`docker/copy${k}_base_${b}/Dockerfile`, dockerfile(b === 0 ? '3.7' : '3.11'));
      write(
        `docker/copy${k}_base_${b}/requirements.txt`,
        `datarobot-drum\n${b === 0 ? 'flask\n' : 'fastapi\n'}`
      );
    }
  }
  writeFileSync(marker, VERSION);
  return root;
}
