import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  InMemorySource
} from "./chunk-EEBZSATL.js";
import "./chunk-TUQ47QQM.js";
export {
  InMemorySource
};
