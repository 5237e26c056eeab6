import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  gateDetails,
  location,
  plural,
  renderText
} from "./chunk-CRMIJURU.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-TUQ47QQM.js";
export {
  gateDetails,
  location,
  plural,
  renderText
};
