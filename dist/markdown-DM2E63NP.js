import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  appendixSections,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
} from "./chunk-BABOIPVK.js";
import "./chunk-O3EQLNPZ.js";
import "./chunk-LXXCJO2X.js";
import "./chunk-YDCNMZLA.js";
import "./chunk-2NCX2ZWH.js";
import "./chunk-GDWBPA24.js";
import "./chunk-TUQ47QQM.js";
export {
  appendixSections,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
};
