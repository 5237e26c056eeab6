import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  appendixSections,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
} from "./chunk-YC6BBEKC.js";
import "./chunk-DHTHZS3P.js";
import "./chunk-PPJON7XR.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-TBTCHC3T.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-GDWBPA24.js";
import "./chunk-7WBFJJUZ.js";
import "./chunk-TUQ47QQM.js";
export {
  appendixSections,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
};
