import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  gateDetails,
  location,
  phaseProgress,
  profileLines,
  renderText
} from "./chunk-TDYOHSZN.js";
import "./chunk-YDCNMZLA.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-TUQ47QQM.js";
export {
  gateDetails,
  location,
  phaseProgress,
  profileLines,
  renderText
};
