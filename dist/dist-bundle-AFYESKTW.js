import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  throttling
} from "./chunk-7WBA2IU3.js";
import "./chunk-JTE6LAOW.js";
import "./chunk-TUQ47QQM.js";
export {
  throttling
};
