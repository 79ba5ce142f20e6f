const __import_meta_url = require('node:url').pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// reporters.cjs
var reporters_exports = {};
__export(reporters_exports, {
  m0: () => json_exports,
  m1: () => github_exports,
  m2: () => sarif_exports,
  m3: () => gitlab_exports,
  m4: () => markdown_exports
});
module.exports = __toCommonJS(reporters_exports);

// src/reporters/json.ts
var json_exports = {};
__export(json_exports, {
  render: () => render
});
function render(result, _options) {
  const output = {
    version: 1,
    base: result.base,
    head: result.head,
    migrations: result.migrations.map((migration) => ({
      path: migration.path,
      version: migration.version,
      direction: migration.direction,
      status: migration.status,
      rollback: migration.rollback
    })),
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      help: finding.help
    })),
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    ...result.skippedDirectories ? {
      skippedDirectories: result.skippedDirectories.map((skipped) => ({
        path: skipped.path,
        reason: skipped.reason,
        detail: skipped.detail,
        fix: skipped.fix
      }))
    } : {}
  };
  return JSON.stringify(output, null, 2) + "\n";
}

// src/reporters/github.ts
var github_exports = {};
__export(github_exports, {
  render: () => render2
});

// src/reporters/finding-text.ts
function describeFinding(finding) {
  return finding.help === "" ? finding.message : `${finding.message} \u2014 ${finding.help}`;
}

// src/reporters/workflow-commands.ts
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

// src/reporters/github.ts
function render2(result, _options) {
  const skipped = (result.skippedDirectories ?? []).map(
    (directory) => `::warning title=migration-lint::${escapeData(`${directory.path}/ not linted: ${directory.detail}. ${directory.fix}`)}
`
  );
  return result.findings.map((finding) => formatCommand(finding) + "\n").join("") + skipped.join("");
}
function formatCommand(finding) {
  const properties = [
    ["file", finding.file],
    ["line", finding.line],
    ["col", finding.column],
    ["endLine", finding.endLine],
    ["endColumn", finding.endColumn],
    ["title", finding.ruleId]
  ].map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(",");
  return `::${finding.severity} ${properties}::${escapeData(describeFinding(finding))}`;
}

// src/reporters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  render: () => render3
});

// src/reporters/fingerprint.ts
var import_node_module = require("node:module");

// src/reporters/source-lines.ts
function createSourceLineReader(sources) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (!Object.hasOwn(sources, file)) return void 0;
    let lines = cache.get(file);
    if (lines === void 0) {
      lines = (sources[file] ?? "").split("\n").map((text) => text.endsWith("\r") ? text.slice(0, -1) : text);
      cache.set(file, lines);
    }
    return lines[line - 1];
  };
}

// src/reporters/fingerprint.ts
function fingerprintFindings(result) {
  const { createHash } = (0, import_node_module.createRequire)(__import_meta_url)("node:crypto");
  const readLine = createSourceLineReader(result.sources);
  const seen = /* @__PURE__ */ new Map();
  return result.findings.map((finding) => {
    const lineText = (readLine(finding.file, finding.line) ?? "").trim();
    const key = [finding.ruleId, finding.file, finding.message, lineText].join("\0");
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash("sha256").update(`${key}\0${occurrence}`).digest("hex");
  });
}

// src/reporters/sarif.ts
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/migration-lint/migration-lint";
var FINGERPRINT_KEY = "migrationLint/v1";
function render3(result, options) {
  const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));
  const fingerprints = fingerprintFindings(result);
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "migration-lint",
            informationUri: INFORMATION_URI,
            version: options.toolVersion ?? "0.0.0",
            rules: result.rules.map(describeRule)
          }
        },
        columnKind: "utf16CodeUnits",
        results: result.findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
          level: finding.severity,
          message: { text: describeFinding(finding) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodePath(finding.file), uriBaseId: "%SRCROOT%" },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn
                }
              }
            }
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] }
        }))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}
function describeRule(rule) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.summary },
    ...rule.docs === "" ? {} : { helpUri: rule.docs },
    defaultConfiguration: { level: rule.severity }
  };
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/reporters/gitlab.ts
var gitlab_exports = {};
__export(gitlab_exports, {
  render: () => render4
});
function render4(result, _options) {
  const fingerprints = fingerprintFindings(result);
  const issues = result.findings.map((finding, index) => ({
    description: describeFinding(finding),
    check_name: finding.ruleId,
    fingerprint: fingerprints[index],
    severity: finding.severity === "error" ? "major" : "minor",
    location: { path: finding.file, lines: { begin: finding.line } }
  }));
  return JSON.stringify(issues, null, 2) + "\n";
}

// src/reporters/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  render: () => render5,
  renderMarkdown: () => renderMarkdown
});
var ICONS = { error: "\u274C", warning: "\u26A0\uFE0F" };
var MIGRATIONS = {
  title: "Migrations",
  noun: "migration",
  columns: ["Migration", "Version", "Direction", "Status", "Rollback"]
};
var FINDINGS = { title: "Findings", noun: "finding", columns: ["Severity", "Location", "Rule", "Message", "Help"] };
function render5(result, _options) {
  return renderMarkdown(result);
}
function renderMarkdown(result, options = {}) {
  const rulesById = new Map(result.rules.map((rule) => [rule.id, rule]));
  const findingRows = result.findings.map((finding) => formatFindingRow(finding, rulesById.get(finding.ruleId)));
  const migrationRows = result.migrations.map(formatMigrationRow);
  const footer = options.footer === void 0 ? [] : ["", options.footer];
  const build = (migrationCount, findingCount2) => [
    "## migration-lint",
    "",
    formatTotals(result),
    ...formatSkipped(result),
    ...formatTable(MIGRATIONS, migrationRows, migrationCount),
    ...formatTable(FINDINGS, findingRows, findingCount2),
    ...footer
  ].join("\n") + "\n";
  const maxLength = options.maxLength ?? Infinity;
  const whole = build(migrationRows.length, findingRows.length);
  if (whole.length <= maxLength) return whole;
  const findingCount = fitRows(findingRows, (count) => build(migrationRows.length, count).length <= maxLength);
  if (findingCount > 0 || build(migrationRows.length, 0).length <= maxLength) {
    return build(migrationRows.length, findingCount);
  }
  return build(fitRows(migrationRows, (count) => build(count, 0).length <= maxLength), 0);
}
function fitRows(rows, fits) {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
function formatTotals(result) {
  const { errors, warnings } = result.summary;
  const migrations = pluralize(result.migrations.length, "migration");
  if (errors + warnings === 0) return `\u2705 **No problems** in ${migrations}.`;
  const icon = errors > 0 ? ICONS.error : ICONS.warning;
  return `${icon} **${pluralize(errors, "error")}, ${pluralize(warnings, "warning")}** in ${migrations}.`;
}
function formatSkipped(result) {
  return (result.skippedDirectories ?? []).map(
    (directory) => `
${ICONS.warning} **Not linted:** ${escapeText(`${directory.path}/`)}: ${escapeText(directory.detail)}. ${escapeText(directory.fix)}`
  );
}
function formatTable(table, rows, shown) {
  if (rows.length === 0) return [];
  const leftOut = rows.length - shown;
  return [
    "",
    `### ${table.title}`,
    "",
    formatRow(table.columns),
    formatRow(table.columns.map(() => "---")),
    ...rows.slice(0, shown),
    ...leftOut === 0 ? [] : ["", `_${pluralize(leftOut, `more ${table.noun}`)} left out to fit; the job summary of this run lists them all._`]
  ];
}
function formatMigrationRow(migration) {
  return formatRow([
    formatCode(migration.path),
    migration.version === null ? "\u2014" : escapeText(migration.version),
    migration.direction,
    migration.status,
    migration.rollback === null ? "\u2014" : formatCode(migration.rollback)
  ]);
}
function formatFindingRow(finding, rule) {
  const ruleId = escapeText(finding.ruleId);
  return formatRow([
    `${ICONS[finding.severity]} ${finding.severity}`,
    formatCode(`${finding.file}:${finding.line}:${finding.column}`),
    rule === void 0 || rule.docs === "" ? ruleId : `[${ruleId}](${encodeUrl(rule.docs)})`,
    escapeText(finding.message),
    escapeText(finding.help)
  ]);
}
function formatRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function escapeText(text) {
  return text.replace(/[&<>]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[char] ?? char).replace(/[\\`*_[\]|~$#@]/g, "\\$&").replace(/\r\n|\r|\n/g, "<br>");
}
function formatCode(text) {
  const content = text.replace(/\r\n|\r|\n/g, " ").replaceAll("|", "\\|");
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padding = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return `${fence}${padding}${content}${padding}${fence}`;
}
function encodeUrl(url) {
  return url.replace(/[\s()<>]/gu, (char) => char === "(" ? "%28" : char === ")" ? "%29" : encodeURIComponent(char));
}
function pluralize(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  m0,
  m1,
  m2,
  m3,
  m4
});
