import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lint
} from "./chunk-7MMSMQCZ.js";
import {
  defineRule
} from "./chunk-NVOXKXSP.js";
import "./chunk-INZQK4TN.js";
import "./chunk-KE2NO43P.js";
import {
  UsageError
} from "./chunk-XYHYP35E.js";
import "./chunk-4J5UB25P.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";
export {
  UsageError,
  defineRule,
  lint
};
