import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GitHub,
  getOctokitOptions
} from "./chunk-EBE355Z3.js";
import "./chunk-MVVEVYKU.js";
import "./chunk-IDJ3AMOU.js";
import {
  Context
} from "./chunk-UG6SOP5P.js";
import "./chunk-TUQ47QQM.js";

// node_modules/@actions/github/lib/github.js
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
