import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GLOB_OPTIONS,
  createGlobMatcher,
  createMigrationMatcher
} from "./chunk-R4ESC3ZX.js";
import "./chunk-4J5UB25P.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";
export {
  GLOB_OPTIONS,
  createGlobMatcher,
  createMigrationMatcher
};
