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
} from "./chunk-73JBDHCI.js";
import "./chunk-B4GS4ZWT.js";
import "./chunk-G35L3SEP.js";
import "./chunk-DNCIOBVT.js";
import "./chunk-SBCWM3BY.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-KNG67IWB.js";
import "./chunk-MNXL75AL.js";
import "./chunk-QIFTQJHM.js";
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
