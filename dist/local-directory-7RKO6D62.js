import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  IGNORED_DIRECTORIES,
  LocalDirectory,
  formatBytes
} from "./chunk-KMBNRKZF.js";
import "./chunk-TUQ47QQM.js";
export {
  IGNORED_DIRECTORIES,
  LocalDirectory,
  formatBytes
};
