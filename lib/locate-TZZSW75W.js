import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ByteMap,
  LineIndex,
  byteToCharIndex,
  codePointToCharIndex
} from "./chunk-HG2KG6FS.js";
import "./chunk-XNDQ27F5.js";
export {
  ByteMap,
  LineIndex,
  byteToCharIndex,
  codePointToCharIndex
};
