import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  bundledTestsFolder,
  markedPlaces,
  passed,
  readRuleTestFile,
  runCase,
  shown,
  testFilesIn
} from "./chunk-O4T56ADT.js";
import "./chunk-EEBZSATL.js";
import "./chunk-NWNDWTIT.js";
import "./chunk-KAV5GN5L.js";
import "./chunk-R7PQVE6S.js";
import "./chunk-QVGRTCOI.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-KMBNRKZF.js";
import "./chunk-G35L3SEP.js";
import "./chunk-4WVMR5AF.js";
import "./chunk-VHI4WFXH.js";
import "./chunk-JZBS5WLZ.js";
import "./chunk-V2CRGEBI.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-IR2X7IRK.js";
import "./chunk-TR5IJHTJ.js";
import "./chunk-GDWBPA24.js";
import "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-Z7DEGM5F.js";
import "./chunk-KWNSDTA3.js";
import "./chunk-YESXCYSA.js";
import "./chunk-TUQ47QQM.js";
export {
  bundledTestsFolder,
  markedPlaces,
  passed,
  readRuleTestFile,
  runCase,
  shown,
  testFilesIn
};
