import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-EBE355Z3.js";
import "./chunk-MVVEVYKU.js";
import "./chunk-IDJ3AMOU.js";
import "./chunk-UG6SOP5P.js";
import "./chunk-TUQ47QQM.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
