import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  LOCATIONS_SHOWN,
  gateDetails,
  location,
  noFlaskRoutes,
  noWorkflowCommand,
  notEnforcedWords,
  omittedWords,
  phaseProgress,
  profileLines,
  renderText
} from "./chunk-PPJON7XR.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-TBTCHC3T.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-7WBFJJUZ.js";
import "./chunk-TUQ47QQM.js";
export {
  LOCATIONS_SHOWN,
  gateDetails,
  location,
  noFlaskRoutes,
  noWorkflowCommand,
  notEnforcedWords,
  omittedWords,
  phaseProgress,
  profileLines,
  renderText
};
