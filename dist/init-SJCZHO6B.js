import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  Roots,
  listedOnce,
  profilesFor
} from "./chunk-W7IGUFQP.js";
import "./chunk-N5M66AOG.js";
import {
  LocalDirectory
} from "./chunk-KMBNRKZF.js";
import "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import {
  escape
} from "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-J22OGSNJ.js";
import "./chunk-J3ZCB4OI.js";
import {
  UsageError
} from "./chunk-5OBZHJR5.js";
import "./chunk-GDWBPA24.js";
import "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-O63SYX52.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-X4QDXHRQ.js";
import "./chunk-TUQ47QQM.js";

// src/commands/init.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
var CONFIG_PATH = ".github/migration-gate.yml";
var WORKFLOW_PATH = ".github/workflows/migration-gate.yml";
var PR_WORKFLOW = "# Required PR status check, the same for every repository the migration touches: DRUM, drop-in\n# environment repositories, custom-model repositories, Flask services. The rules come from the\n# repository's .github/migration-gate.yml (read at the base commit), else from the profiles that fit\n# the tree (`rules: auto`). In branch protection, require the check named \"migration-gate\".\nname: migration-gate\non:\n  pull_request:\n  merge_group:\npermissions:\n  contents: read\n  checks: write # the check run and its annotations (fork PRs fall back to workflow annotations)\n  pull-requests: write # suggested changes (the fixes for the lines a pull request changed)\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n        with:\n          fetch-depth: 0 # changed lines from git when GitHub's pull request file list is capped\n      - uses: datarobot/migration-gate@v0\n        with:\n          check-name: migration-gate\n          # rules: environments   # to pin a profile: drum | environments | models | flask-service | a file\n          # stage: rc             # to override the stage the configuration declares\n";
function rootFolders(kind, chosen, files) {
  const unrestricted = { ...kind };
  delete unrestricted.onlyFolders;
  const finds = (folders) => new Roots({ ...unrestricted, folders }, files).folders;
  const same = (found) => found.length === chosen.length && found.every((f) => chosen.includes(f));
  if (same(new Roots(unrestricted, files).folders)) return void 0;
  const exact = chosen.map((f) => f === "" ? "." : escape(f));
  const byParent = /* @__PURE__ */ new Map();
  for (const folder of chosen) {
    const parent = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
    byParent.set(parent, [...byParent.get(parent) ?? [], folder]);
  }
  const grouped = [...byParent].flatMap(
    ([parent, folders]) => folders.length > 1 && !folders.includes("") ? [parent ? `${escape(parent)}/*` : "*"] : folders.map((f) => f === "" ? "." : escape(f))
  );
  return same(finds(grouped)) ? grouped : exact;
}
function configText(profiles, roots = {}) {
  const names = profiles.map((p) => p.name);
  const rootLines = Object.entries(roots).flatMap(([kind, folders]) => [
    `  ${kind}:`,
    `    folders: [${folders.map((f) => JSON.stringify(f)).join(", ")}]`
  ]);
  return [
    "# migration-gate configuration: the rules of this repository's required check.",
    '# Written by `migration-gate init`; see the README\'s "Rule files" for every key.',
    "# The profiles were chosen from what the tree holds:",
    ...profiles.map((p) => `#   ${p.name}: ${p.reason.replace(/\n/g, " ")}`),
    `extends: [${names.join(", ")}]`,
    ...rootLines.length ? [
      "# Where the rules look for these roots: the folders that showed evidence (add new ones here).",
      "roots:",
      ...rootLines
    ] : [],
    "# stage: beta          # the stage of the timeline this repository is in (beta, rc, lts, decommission)",
    "# stages:              # or a calendar: each stage begins on its day (UTC)",
    "#   rc: 2027-01-15",
    "# rules:               # change a rule by its id (`migration-gate list-rules` lists them)",
    "#   - id: RULE-ID",
    "#     enforce: off",
    ""
  ].join("\n");
}
var exists = (path) => stat(path).then(
  () => true,
  () => false
);
async function init(rest, io) {
  if (rest.length > 1) throw new UsageError(`init takes one directory, got: ${rest.join(" ")}`);
  const directory = rest[0] ?? ".";
  if (!(await stat(directory).catch(() => void 0))?.isDirectory())
    throw new UsageError(`not a directory: ${directory}`);
  const present = [];
  for (const file of [CONFIG_PATH, WORKFLOW_PATH])
    if (await exists(join(directory, file))) present.push(file);
  if (present.length)
    throw new UsageError(
      `${present.join(" and ")} already ${present.length === 1 ? "exists" : "exist"} in ${directory}; init never overwrites (edit ${present.length === 1 ? "it" : "them"}, or remove ${present.length === 1 ? "it" : "them"} first)`
    );
  const source = listedOnce(new LocalDirectory(directory));
  const listing = await source.listing();
  const { chosen, roots: kinds } = await profilesFor(source, listing);
  if (chosen.length === 0)
    throw new UsageError(
      `no profile fits ${directory}: it holds no DRUM package, drop-in environment, custom model or Flask code. Write ${CONFIG_PATH} yourself (extends: [drum | environments | models | flask-service], or rules of your own)`
    );
  const roots = {};
  for (const profile of chosen)
    for (const [kind, folders] of Object.entries(profile.rootFolders ?? {})) {
      const written = kinds[kind] && rootFolders(kinds[kind], folders, listing.files);
      if (written) roots[kind] = written;
    }
  await mkdir(join(directory, ".github/workflows"), { recursive: true });
  await writeFile(join(directory, CONFIG_PATH), configText(chosen, roots), { flag: "wx" });
  await writeFile(join(directory, WORKFLOW_PATH), PR_WORKFLOW, { flag: "wx" });
  io.stdout(
    [
      `Wrote ${CONFIG_PATH} (extends ${chosen.map((p) => p.name).join(", ")}) and ${WORKFLOW_PATH}.`,
      ...chosen.map((p) => `  ${p.name}: ${p.reason}`),
      'Next: commit both, then require the check named "migration-gate" in branch protection.',
      ""
    ].join("\n")
  );
  return 0;
}
export {
  CONFIG_PATH,
  PR_WORKFLOW,
  WORKFLOW_PATH,
  configText,
  init,
  rootFolders
};
