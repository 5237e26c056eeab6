import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changedBlocks
} from "./chunk-7QFGSTRW.js";
import "./chunk-LNZ4KTQM.js";
import {
  codeSpan,
  escapeText
} from "./chunk-DHTHZS3P.js";
import "./chunk-TUQ47QQM.js";

// src/github/suggestions.ts
var SUGGESTIONS_MARKER = "<!-- migration-gate:suggestions -->";
var MAX_SUGGESTIONS = 50;
var BODY_MAX = 65536;
function mayHaveSuggestions(findings, changedPaths, fixableKinds, prefix = "") {
  const changed = [...changedPaths];
  const inRepository = (p) => !prefix ? p : p === "." ? prefix : `${prefix}/${p}`;
  const holds = (folder) => folder === "" || folder === "." || changed.some((c) => c === folder || c.startsWith(`${folder}/`));
  return findings.some((f) => {
    if (!fixableKinds.has(f.kind)) return false;
    const path = inRepository(f.path);
    const slash = path.lastIndexOf("/");
    return holds(path) || holds(slash === -1 ? "" : path.slice(0, slash));
  });
}
function fence(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(longest + 1);
}
function suggestionComments(files, fixed, changedLines, prefix = "") {
  const out = [];
  for (const file of files) {
    const path = prefix ? `${prefix}/${file.path}` : file.path;
    const changed = changedLines(path);
    if (!changed) continue;
    for (const { startLine, endLine: line, lines: added } of changedBlocks(file.before, file.after)) {
      let onChanged = true;
      for (let l = startLine; l <= line; l++) if (changed !== "all" && !changed.has(l)) onChanged = false;
      if (!onChanged) continue;
      const why = fixed.filter((f) => f.path === file.path && f.line !== void 0 && f.line >= startLine && f.line <= line).map((f) => `${escapeText(f.description)} (${codeSpan(f.ruleId)})`);
      const content = added.join("\n");
      const marks = fence(content);
      const body = [
        `**migration-gate** ${why.join("; ") || "fix"}`,
        "",
        `${marks}suggestion`,
        ...added.length ? [content] : [],
        marks
      ].join("\n");
      if (body.length <= BODY_MAX) out.push({ path, startLine, line, body });
    }
  }
  return out;
}
function reviewBody(comments, total, headSha) {
  const left = total - comments;
  return [
    SUGGESTIONS_MARKER,
    `migration-gate suggests ${comments === 1 ? "one change" : `${comments} changes`} to lines this pull request changed (commit ${headSha.slice(0, 7)}). Each is checked: the edited files were scanned again before it was suggested.`,
    ...left > 0 ? [`${left} more did not fit in one review; run \`migration-gate fix\` locally for all of them.`] : []
  ].join("\n\n");
}
async function publishSuggestions(client, repo, pullNumber, headSha, comments) {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100
  });
  const earlier = reviews.filter((r) => (r.body ?? "").includes(SUGGESTIONS_MARKER));
  for (const review of earlier) {
    const old = await client.paginate(client.rest.pulls.listCommentsForReview, {
      ...repo,
      pull_number: pullNumber,
      review_id: review.id,
      per_page: 100
    });
    for (const comment of old)
      await client.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id });
    if (!(review.body ?? "").includes("Superseded"))
      await client.rest.pulls.updateReview({
        ...repo,
        pull_number: pullNumber,
        review_id: review.id,
        body: `${SUGGESTIONS_MARKER}

Superseded by migration-gate's review of commit ${headSha.slice(0, 7)}.`
      });
  }
  if (comments.length === 0)
    return earlier.length ? `no suggestion; ${earlier.length} earlier review(s) marked superseded` : "no suggestion";
  const posted = comments.slice(0, MAX_SUGGESTIONS);
  await client.rest.pulls.createReview({
    ...repo,
    pull_number: pullNumber,
    commit_id: headSha,
    event: "COMMENT",
    body: reviewBody(posted.length, comments.length, headSha),
    comments: posted.map((c) => ({
      path: c.path,
      line: c.line,
      side: "RIGHT",
      ...c.startLine < c.line ? { start_line: c.startLine, start_side: "RIGHT" } : {},
      body: c.body
    }))
  });
  return `${posted.length} suggestion(s) in one review`;
}
export {
  MAX_SUGGESTIONS,
  SUGGESTIONS_MARKER,
  mayHaveSuggestions,
  publishSuggestions,
  reviewBody,
  suggestionComments
};
