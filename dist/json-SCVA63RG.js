import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  renderJson
} from "./chunk-45T3EL6Y.js";
import "./chunk-TUQ47QQM.js";
export {
  renderJson
};
