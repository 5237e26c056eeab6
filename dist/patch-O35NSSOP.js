import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  patchOf,
  unifiedDiff
} from "./chunk-UIMSKIXC.js";
import "./chunk-LNZ4KTQM.js";
import "./chunk-TUQ47QQM.js";
export {
  patchOf,
  unifiedDiff
};
