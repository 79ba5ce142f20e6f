import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  rules
} from "./chunk-R7TVV4M6.js";
import "./chunk-NVOXKXSP.js";
import "./chunk-INZQK4TN.js";
import "./chunk-4J5UB25P.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";
export {
  rules
};
