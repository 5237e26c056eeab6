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
} from "./chunk-GORQSY2Z.js";
import "./chunk-ZFAA5IBT.js";
import "./chunk-X3RDBR67.js";
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
