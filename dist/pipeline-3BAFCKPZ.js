import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changesSince,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
} from "./chunk-WMVK5QNA.js";
import "./chunk-F5VNN7VV.js";
import "./chunk-G35L3SEP.js";
import "./chunk-G7PNRIXR.js";
import "./chunk-7Y7BPMN2.js";
import "./chunk-YDCNMZLA.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-ELYKVZKT.js";
import "./chunk-KNG67IWB.js";
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
