import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  renderJson
} from "./chunk-W7ULQKLQ.js";
import "./chunk-TUQ47QQM.js";
export {
  renderJson
};
