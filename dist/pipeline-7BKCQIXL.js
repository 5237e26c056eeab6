import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  changesSince,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
} from "./chunk-V2U2N4LQ.js";
import "./chunk-W7IGUFQP.js";
import "./chunk-AMYM5BO3.js";
import "./chunk-N5M66AOG.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-KMBNRKZF.js";
import "./chunk-G35L3SEP.js";
import "./chunk-MWZUZHCR.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-GAMSNZDU.js";
import "./chunk-LNJJTR4R.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-J22OGSNJ.js";
import "./chunk-J3ZCB4OI.js";
import "./chunk-5OBZHJR5.js";
import "./chunk-GDWBPA24.js";
import "./chunk-7WBFJJUZ.js";
import "./chunk-JTMZYB4J.js";
import "./chunk-O63SYX52.js";
import "./chunk-QIFTQJHM.js";
import "./chunk-X4QDXHRQ.js";
import "./chunk-TUQ47QQM.js";
export {
  changesSince,
  readBaseline,
  relativeChanges,
  scanDirectory,
  scanSource,
  takeBaseline
};
