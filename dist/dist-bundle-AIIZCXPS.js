import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-FWGERSEW.js";
import "./chunk-JTE6LAOW.js";
import "./chunk-IDJ3AMOU.js";
import "./chunk-TUQ47QQM.js";
export {
  VERSION,
  retry
};
