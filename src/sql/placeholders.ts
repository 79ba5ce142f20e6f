/**
 * Placeholders that a tool or a template engine fills in before PostgreSQL sees the SQL, masked so that the parser
 * reads valid SQL: each becomes an identifier (or a string or quoted name, where it stands for one) of the same length,
 * and line breaks stay where they were, so every position the parser reports is still true of the file.
 */
import { SqlScanner } from './scan.js';

/** The kinds of placeholder migration-lint can mask. */
export type PlaceholderKind = 'go-template' | 'env' | 'psql';

export const PLACEHOLDER_KINDS: readonly PlaceholderKind[] = ['go-template', 'env', 'psql'];

/** `text` with every placeholder of `kinds` masked; the same text when `kinds` is empty. */
export function maskPlaceholders(text: string, kinds: Iterable<PlaceholderKind>): string {
  const wanted = new Set(kinds);
  let sql = text;
  // Template engines substitute text anywhere, in strings and comments too.
  if (wanted.has('go-template')) sql = sql.replace(/\{\{[\s\S]*?\}\}/g, maskGoTemplateAction);
  // `${VAR}`, `${VAR:-default}` and `$VAR`; `$1` parameters and `$tag$` dollar quotes are left alone.
  if (wanted.has('env')) sql = sql.replace(/\$\{[^}\n]*\}|\$[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_$])/g, toIdentifier);
  if (wanted.has('psql')) sql = maskPsqlVariables(sql);
  return sql;
}

/** An action that prints nothing (`{{ if … }}`, `{{ end }}`, `{{/* … *\/}}`) becomes blank; one that prints, an identifier. */
function maskGoTemplateAction(action: string): string {
  const silent = /^\{\{-?\s*(?:if|else|end|range|with|define|block|break|continue|\/\*)\b/.test(action) || /^\{\{-?\s*\/\*/.test(action);
  return silent ? action.replace(/[^\r\n]/g, ' ') : toIdentifier(action);
}

/**
 * psql's `:name`, `:'name'` (a string literal) and `:"name"` (a quoted name), outside strings, quoted names, comments
 * and dollar quotes, where psql does not substitute; `::type` casts are not variables.
 */
function maskPsqlVariables(text: string): string {
  const variable = /:(?:'[A-Za-z_][A-Za-z0-9_]*'|"[A-Za-z_][A-Za-z0-9_]*"|[A-Za-z_][A-Za-z0-9_]*)/y;
  let out = '';
  let copied = 0;
  const scanner = new SqlScanner(text);
  while (scanner.next()) {
    const at = scanner.start;
    if (scanner.kind !== 'punct' || text[at] !== ':' || text[at - 1] === ':' || text[at + 1] === ':') continue;
    variable.lastIndex = at;
    const match = variable.exec(text);
    if (!match) continue;
    const found = match[0];
    const quote = found[1] === "'" || found[1] === '"' ? found[1] : '';
    out += text.slice(copied, at) + (quote ? `${quote}${toIdentifier(found.slice(2, -1))}_${quote}` : toIdentifier(found));
    copied = at + found.length;
    scanner.end = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * `placeholder` as an identifier of the same length that still reads like it (`{{ .Schema }}` → `____Schema___`), so
 * messages that name the object show where it came from; line breaks stay.
 */
function toIdentifier(placeholder: string): string {
  return placeholder.replace(/[^A-Za-z0-9_\r\n]/g, '_').replace(/^[0-9]/, '_');
}
