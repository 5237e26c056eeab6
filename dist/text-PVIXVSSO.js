import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  gateDetails,
  location,
  noWorkflowCommand,
  notEnforcedWords,
  omittedWords,
  phaseProgress,
  profileLines,
  renderText
} from "./chunk-O3EQLNPZ.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-YDCNMZLA.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-TUQ47QQM.js";
export {
  gateDetails,
  location,
  noWorkflowCommand,
  notEnforcedWords,
  omittedWords,
  phaseProgress,
  profileLines,
  renderText
};
