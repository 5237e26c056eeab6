import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  enforcementWords,
  listRules
} from "./chunk-KYG6LFS3.js";
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
  enforcementWords,
  listRules
};
