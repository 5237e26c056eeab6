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
} from "./chunk-H22AFY4Q.js";
import "./chunk-HQ6LHY24.js";
import "./chunk-2NCX2ZWH.js";
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
