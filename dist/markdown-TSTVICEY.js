import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  appendixSections,
  escapeText,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
} from "./chunk-YK534EMG.js";
import "./chunk-TDYOHSZN.js";
import "./chunk-YDCNMZLA.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-TUQ47QQM.js";
export {
  appendixSections,
  escapeText,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
};
