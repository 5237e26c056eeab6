import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changesSince,
  loadRules,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
} from "./chunk-KFPVQOWL.js";
import "./chunk-TEGSYJPP.js";
import "./chunk-G35L3SEP.js";
import "./chunk-KNG67IWB.js";
import "./chunk-SNM3YM3F.js";
import "./chunk-HCJFIZWK.js";
import "./chunk-TUQ47QQM.js";
export {
  changesSince,
  loadRules,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
};
