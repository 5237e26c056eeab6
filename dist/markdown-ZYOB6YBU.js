import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  appendixSections,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
} from "./chunk-XBXJCCXD.js";
import "./chunk-UVFNUQ6L.js";
import "./chunk-TUQ47QQM.js";
export {
  appendixSections,
  headSection,
  markdownSections,
  phaseSections,
  renderMarkdown
};
