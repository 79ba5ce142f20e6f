import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors.ts
function brandOf(name) {
  const symbol = /* @__PURE__ */ Symbol.for(`migration-lint.${name}`);
  return { symbol, has: (value) => typeof value === "object" && value !== null && value[symbol] === true };
}
var USAGE_ERROR = brandOf("UsageError");
var UsageError = class extends Error {
  static [Symbol.hasInstance](value) {
    return USAGE_ERROR.has(value);
  }
  name = "UsageError";
  [USAGE_ERROR.symbol] = true;
};

export {
  brandOf,
  UsageError
};
