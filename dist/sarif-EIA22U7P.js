import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  MAX_RESULTS,
  renderSarif
} from "./chunk-64N4LSMQ.js";
import "./chunk-TUQ47QQM.js";
export {
  MAX_RESULTS,
  renderSarif
};
