import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changesSince,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
} from "./chunk-AAUD5HPQ.js";
import "./chunk-H6GJWDDK.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-G35L3SEP.js";
import "./chunk-T6XGOWU6.js";
import "./chunk-IMRHHIN7.js";
import "./chunk-YDCNMZLA.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-BTLUDB65.js";
import "./chunk-HGC5GN6C.js";
import "./chunk-MNXL75AL.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-TUQ47QQM.js";
export {
  changesSince,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
};
