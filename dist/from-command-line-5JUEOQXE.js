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
import {
  retry
} from "./chunk-FWGERSEW.js";
import {
  throttling
} from "./chunk-7WBA2IU3.js";
import "./chunk-JTE6LAOW.js";
import {
  octokitOptions,
  requestPolicy,
  separateRetryCounts
} from "./chunk-LAIYFR54.js";
import "./chunk-V2U2N4LQ.js";
import "./chunk-W7IGUFQP.js";
import "./chunk-AMYM5BO3.js";
import "./chunk-N5M66AOG.js";
import "./chunk-LXXCJO2X.js";
import {
  LocalDirectory
} from "./chunk-KMBNRKZF.js";
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
import {
  Octokit,
  legacyRestEndpointMethods,
  paginateRest
} from "./chunk-MVVEVYKU.js";
import "./chunk-IDJ3AMOU.js";
import "./chunk-TUQ47QQM.js";

// src/audit/from-command-line.ts
import { readFile } from "node:fs/promises";
import { stat } from "node:fs/promises";

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION2 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION2}`
  }
);

// src/audit/rest-client.ts
function restArchiveFetcher(token, log, policy = requestPolicy()) {
  const RestClient = Octokit2.plugin(retry, throttling);
  const octokit = new RestClient({
    auth: token,
    baseUrl: process.env.GITHUB_API_URL ?? "https://api.github.com",
    ...octokitOptions(policy, log)
  });
  separateRetryCounts(octokit);
  return async (t) => new Uint8Array(
    (await octokit.rest.repos.downloadTarballArchive({
      owner: t.owner,
      repo: t.repo,
      ref: t.ref || "HEAD"
    })).data
  );
}

// src/audit/from-command-line.ts
async function auditFromCommandLine(file, token, rules, when, io) {
  if (!file)
    throw new UsageError(
      "audit needs a file listing the repositories (owner/repo[@ref][:path-glob] per line)"
    );
  if (!token)
    throw new UsageError("audit needs a token that can read the repositories: --token, or GITHUB_TOKEN");
  const text = await readFile(file, "utf8").catch(() => {
    throw new UsageError(`cannot read the repository list ${file}`);
  });
  const targets = parseRepositories(text);
  const progress = (message) => io.stderr(`${message}
`);
  const report = await audit(
    targets,
    fromArchives(restArchiveFetcher(token, progress)),
    { ...rules !== void 0 ? { rules } : {}, ...when },
    progress,
    describeFetchFailure
  );
  if (!report) throw new UsageError(`none of the ${targets.length} repositories could be audited`);
  return report;
}
async function auditLocal(directories, rules, when, io) {
  if (directories.length === 0) throw new UsageError("audit --local needs one or more directories");
  for (const directory of directories) {
    const info = await stat(directory).catch(() => void 0);
    if (!info?.isDirectory()) throw new UsageError(`not a directory: ${directory}`);
  }
  const progress = (message) => io.stderr(`${message}
`);
  const report = await audit(
    directories.map((directory) => ({ owner: "", repo: directory, ref: "", globs: ["**"] })),
    { verb: "reading", open: async (target) => new LocalDirectory(target.repo) },
    { ...rules !== void 0 ? { rules } : {}, ...when },
    progress
  );
  if (!report) throw new UsageError(`none of the ${directories.length} directories could be audited`);
  return report;
}
export {
  auditFromCommandLine,
  auditLocal
};
