import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  FASTAPI_SERVER_PACKAGES,
  FIXERS,
  dropEmptyInstalls,
  fixFor,
  hasFixer,
  leavesEmptyInstall,
  raiseSpecifier
} from "./chunk-7SPJIZHJ.js";
import "./chunk-ZLGMLFRG.js";
import "./chunk-LNJJTR4R.js";
import "./chunk-O63SYX52.js";
import "./chunk-X4QDXHRQ.js";
import "./chunk-TUQ47QQM.js";
export {
  FASTAPI_SERVER_PACKAGES,
  FIXERS,
  dropEmptyInstalls,
  fixFor,
  hasFixer,
  leavesEmptyInstall,
  raiseSpecifier
};
