import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changesSince,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
} from "./chunk-M3FOQ4Z4.js";
import "./chunk-LBUMMRCU.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-G35L3SEP.js";
import "./chunk-KXVEOY32.js";
import "./chunk-IMRHHIN7.js";
import "./chunk-YDCNMZLA.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-DKFWM3FO.js";
import "./chunk-HGC5GN6C.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-Z7DEGM5F.js";
import "./chunk-KWNSDTA3.js";
import "./chunk-TUQ47QQM.js";
export {
  changesSince,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
};
