import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  unifiedDiff
} from "./chunk-SQ6D6I4T.js";
import "./chunk-LNZ4KTQM.js";
import "./chunk-TUQ47QQM.js";
export {
  unifiedDiff
};
