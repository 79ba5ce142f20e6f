import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-XNDQ27F5.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/config-validate.generated.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var validate = validate10;
var config_validate_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "migration-lint configuration", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "base": { "type": "string", "minLength": 1, "pattern": "^[^-]", "description": "Base ref to compare against, e.g. origin/main." }, "migrations": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs that find migration files." }, "convention": { "enum": ["golang-migrate", "goose", "dbmate", "flyway", "diesel", "prisma", "postgrator", "sql-migrate", "sqitch", "supabase", "versioned", "node-pg-migrate", "knex", "alembic", "timestamp"], "description": "Forces one migration tool's layout." }, "nonCode": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of changed files that are not application code." }, "maxMigrationsPerPr": { "type": "integer", "minimum": 1, "description": "Migrations one pull request may add per directory." }, "postgresVersion": { "type": "integer", "minimum": 9, "maximum": 99, "description": "Oldest PostgreSQL major version the migrations run on (default 15)." }, "assumeInTransaction": { "type": "boolean", "description": "Whether every migration file runs inside one transaction, whatever its tool does." }, "placeholders": { "type": "array", "items": { "enum": ["go-template", "env", "psql"] }, "uniqueItems": true, "description": `Placeholders filled in before PostgreSQL sees the SQL, masked before parsing: go-template {{ \u2026 }}, env \${VAR} and $VAR, psql :var, :'var' and :"var".` }, "dialect": { "type": "object", "additionalProperties": { "enum": ["postgresql", "sqlite", "mysql", "clickhouse", "spanner", "other"] }, "description": 'Database engine per migrations directory glob, e.g. { "db/sqlite/**": "sqlite" }; only postgresql directories are linted.' }, "verifyRollback": { "type": "boolean", "description": "Prove each rollback in a real PostgreSQL: apply the base migrations, the up, the down and the up again." }, "rules": { "type": "object", "propertyNames": { "enum": ["backward-incompatible", "ban-add-exclude-constraint", "ban-concurrently-in-transaction", "ban-default-before-pg11", "ban-drop-database", "ban-drop-schema", "ban-drop-still-referenced", "ban-drop-with-app-code", "ban-expand-and-contract", "ban-lock-table", "ban-measured-blocking-lock", "ban-rewriting-type-change", "ban-schema-with-app-code", "ban-serial-column", "ban-stored-generated-column", "ban-table-rewrite", "ban-truncate", "ban-unbounded-data-change", "ban-unused-suppression", "ban-volatile-default", "immutable-migrations", "migration-fails", "one-migration-per-pr", "prefer-bigint-ids", "prefer-identity", "prefer-text-over-varchar", "prefer-timestamptz", "require-check-before-set-not-null", "require-concurrent-index-creation", "require-concurrent-index-deletion", "require-concurrent-refresh", "require-concurrent-reindex", "require-lock-timeout", "require-not-valid-constraint", "require-rollback", "require-unique-using-index", "require-valid-suppression", "require-validate-separately", "rollback-roundtrip", "syntax-error", "timestamp-order"] }, "additionalProperties": { "enum": ["off", "warning", "error"] }, "description": "Severity per rule id." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var func0 = import_equal.default.default ?? import_equal.default;
var pattern0 = new RegExp("^[^-]", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data1 = data.base;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err2 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern0.test(data1)) {
          const err3 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/pattern", keyword: "pattern", params: { pattern: "^[^-]" }, message: 'must match pattern "^[^-]"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.migrations !== void 0) {
      let data2 = data.migrations;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func3(data3) < 1) {
              const err5 = { instancePath: instancePath + "/migrations/" + i0, schemaPath: "#/properties/migrations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/migrations/" + i0, schemaPath: "#/properties/migrations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/migrations", schemaPath: "#/properties/migrations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.convention !== void 0) {
      let data4 = data.convention;
      if (!(data4 === "golang-migrate" || data4 === "goose" || data4 === "dbmate" || data4 === "flyway" || data4 === "diesel" || data4 === "prisma" || data4 === "postgrator" || data4 === "sql-migrate" || data4 === "sqitch" || data4 === "supabase" || data4 === "versioned" || data4 === "node-pg-migrate" || data4 === "knex" || data4 === "alembic" || data4 === "timestamp")) {
        const err8 = { instancePath: instancePath + "/convention", schemaPath: "#/properties/convention/enum", keyword: "enum", params: { allowedValues: schema11.properties.convention.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.nonCode !== void 0) {
      let data5 = data.nonCode;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err9 = { instancePath: instancePath + "/nonCode/" + i1, schemaPath: "#/properties/nonCode/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/nonCode/" + i1, schemaPath: "#/properties/nonCode/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/nonCode", schemaPath: "#/properties/nonCode/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.maxMigrationsPerPr !== void 0) {
      let data7 = data.maxMigrationsPerPr;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
        const err12 = { instancePath: instancePath + "/maxMigrationsPerPr", schemaPath: "#/properties/maxMigrationsPerPr/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data7 == "number") {
        if (data7 < 1 || isNaN(data7)) {
          const err13 = { instancePath: instancePath + "/maxMigrationsPerPr", schemaPath: "#/properties/maxMigrationsPerPr/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.postgresVersion !== void 0) {
      let data8 = data.postgresVersion;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err14 = { instancePath: instancePath + "/postgresVersion", schemaPath: "#/properties/postgresVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data8 == "number") {
        if (data8 > 99 || isNaN(data8)) {
          const err15 = { instancePath: instancePath + "/postgresVersion", schemaPath: "#/properties/postgresVersion/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data8 < 9 || isNaN(data8)) {
          const err16 = { instancePath: instancePath + "/postgresVersion", schemaPath: "#/properties/postgresVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 9 }, message: "must be >= 9" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.assumeInTransaction !== void 0) {
      if (typeof data.assumeInTransaction !== "boolean") {
        const err17 = { instancePath: instancePath + "/assumeInTransaction", schemaPath: "#/properties/assumeInTransaction/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.placeholders !== void 0) {
      let data10 = data.placeholders;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data11 = data10[i2];
          if (!(data11 === "go-template" || data11 === "env" || data11 === "psql")) {
            const err18 = { instancePath: instancePath + "/placeholders/" + i2, schemaPath: "#/properties/placeholders/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.placeholders.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let i3 = data10.length;
        let j0;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j0 = i3; j0--; ) {
              if (func0(data10[i3], data10[j0])) {
                const err19 = { instancePath: instancePath + "/placeholders", schemaPath: "#/properties/placeholders/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/placeholders", schemaPath: "#/properties/placeholders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.dialect !== void 0) {
      let data12 = data.dialect;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          let data13 = data12[key1];
          if (!(data13 === "postgresql" || data13 === "sqlite" || data13 === "mysql" || data13 === "clickhouse" || data13 === "spanner" || data13 === "other")) {
            const err21 = { instancePath: instancePath + "/dialect/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dialect/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.dialect.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/dialect", schemaPath: "#/properties/dialect/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.verifyRollback !== void 0) {
      if (typeof data.verifyRollback !== "boolean") {
        const err23 = { instancePath: instancePath + "/verifyRollback", schemaPath: "#/properties/verifyRollback/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data15 = data.rules;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          const _errs32 = errors;
          if (!(key2 === "backward-incompatible" || key2 === "ban-add-exclude-constraint" || key2 === "ban-concurrently-in-transaction" || key2 === "ban-default-before-pg11" || key2 === "ban-drop-database" || key2 === "ban-drop-schema" || key2 === "ban-drop-still-referenced" || key2 === "ban-drop-with-app-code" || key2 === "ban-expand-and-contract" || key2 === "ban-lock-table" || key2 === "ban-measured-blocking-lock" || key2 === "ban-rewriting-type-change" || key2 === "ban-schema-with-app-code" || key2 === "ban-serial-column" || key2 === "ban-stored-generated-column" || key2 === "ban-table-rewrite" || key2 === "ban-truncate" || key2 === "ban-unbounded-data-change" || key2 === "ban-unused-suppression" || key2 === "ban-volatile-default" || key2 === "immutable-migrations" || key2 === "migration-fails" || key2 === "one-migration-per-pr" || key2 === "prefer-bigint-ids" || key2 === "prefer-identity" || key2 === "prefer-text-over-varchar" || key2 === "prefer-timestamptz" || key2 === "require-check-before-set-not-null" || key2 === "require-concurrent-index-creation" || key2 === "require-concurrent-index-deletion" || key2 === "require-concurrent-refresh" || key2 === "require-concurrent-reindex" || key2 === "require-lock-timeout" || key2 === "require-not-valid-constraint" || key2 === "require-rollback" || key2 === "require-unique-using-index" || key2 === "require-valid-suppression" || key2 === "require-validate-separately" || key2 === "rollback-roundtrip" || key2 === "syntax-error" || key2 === "timestamp-order")) {
            const err24 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key2 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var valid9 = _errs32 === errors;
          if (!valid9) {
            const err25 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key3 in data15) {
          let data16 = data15[key3];
          if (!(data16 === "off" || data16 === "warning" || data16 === "error")) {
            const err26 = { instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  config_validate_generated_default as default,
  validate
};
