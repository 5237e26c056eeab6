import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  audit,
  describeFetchFailure,
  fromArchives,
  parseRepositories
} from "./chunk-2EY3MGZI.js";
import "./chunk-EEBZSATL.js";
import "./chunk-B7SUBB32.js";
import "./chunk-LAIYFR54.js";
import "./chunk-V2U2N4LQ.js";
import "./chunk-W7IGUFQP.js";
import "./chunk-AMYM5BO3.js";
import "./chunk-N5M66AOG.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-KMBNRKZF.js";
import "./chunk-G35L3SEP.js";
import "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import "./chunk-LNJJTR4R.js";
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

// src/github/audit-run.ts
async function auditRepositories(client, inputs, group) {
  const targets = parseRepositories(inputs.repositories);
  if (targets.length === 0) throw new UsageError("Invalid input 'repositories': no repository listed.");
  if (!client) throw new UsageError("The audit needs a token (input 'token') to fetch the repositories.");
  const fetchArchive = async (t) => {
    const response = await client.rest.repos.downloadTarballArchive({
      owner: t.owner,
      repo: t.repo,
      ref: t.ref || "HEAD"
    });
    return new Uint8Array(response.data);
  };
  const report = await audit(
    targets,
    fromArchives(fetchArchive),
    {
      ...inputs.rules !== void 0 ? { rules: inputs.rules } : {},
      ...inputs.stage ? { stage: inputs.stage } : {},
      ...inputs.today ? { today: inputs.today } : {},
      // In an audit, patch-file names a folder: one patch per repository.
      ...inputs.patchFile ? { fixes: await (await import("./patches-3UQ25VAL.js")).patchWriter(inputs.patchFile) } : {}
    },
    () => {
    },
    describeFetchFailure,
    group
  );
  if (!report)
    throw new UsageError(`None of the ${targets.length} repositories could be audited; see the log.`);
  return report;
}
export {
  auditRepositories
};
