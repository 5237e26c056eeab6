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
} from "./chunk-WRNQ6P7Z.js";
import "./chunk-EMUL37BN.js";
import "./chunk-G35L3SEP.js";
import "./chunk-NTJPLCW3.js";
import "./chunk-PUU543ZK.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-KNG67IWB.js";
import "./chunk-SZBFW562.js";
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
