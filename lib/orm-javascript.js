import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isFunction,
  literalText,
  paramName,
  readJavaScriptMigration,
  stringValue,
  toChain,
  unwrap,
  walk
} from "./chunk-CJN3WSEG.js";
import "./chunk-CKOGTWOE.js";
import "./chunk-N4RVEWD4.js";
import "./chunk-HG2KG6FS.js";
import "./chunk-INZQK4TN.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";
export {
  isFunction,
  literalText,
  paramName,
  readJavaScriptMigration,
  stringValue,
  toChain,
  unwrap,
  walk
};
