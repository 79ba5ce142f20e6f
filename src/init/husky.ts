/** What husky 9 needs in package.json and in the pre-commit hook, computed from what is there already. */

/** The command the hook runs. */
export const HOOK_COMMAND = 'npx migration-lint --staged';

/** The husky range init adds: the hook layout below is husky 9's. */
export const HUSKY_RANGE = '^9.1.7';

const HUSKY_WORD = /(?:^|[\s;&|(])(?:npx\s+)?husky(?=$|[\s;&|)])/;

/** The `prepare` script that also runs husky; null when it already does. */
export function prepareWithHusky(existing: string | undefined): string | null {
  if (existing === undefined || existing.trim() === '') return 'husky';
  if (HUSKY_WORD.test(existing)) return null;
  return `${existing} && husky`;
}

/** The hooks directory a `prepare` script gives husky (`husky .config/husky`), else `.husky`. */
export function huskyDirectory(prepare: string | undefined): string {
  const match = /(?:^|[\s;&|(])(?:npx\s+)?husky\s+([^\s;&|)]+)/.exec(prepare ?? '');
  const dir = match?.[1];
  // `husky install` is husky 8's spelling; husky 9 reads it as the default directory.
  if (!dir || dir.startsWith('-') || dir === 'install' || dir.includes('..')) return '.husky';
  return dir.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** Whether a husky range in package.json allows husky 9 or later (a tag, URL or path is taken on trust). */
export function isHuskyNineOrLater(range: string): boolean {
  const majors = [...range.matchAll(/(?:^|[\s^~=<>v|])(\d+)(?=[.\sx*]|$)/g)].map((m) => Number(m[1]));
  return majors.length === 0 || majors.some((major) => major >= 9);
}

/** What a hook file becomes with the lint command; null when one of its commands already runs migration-lint. */
export function hookWithLint(existing: string | null): string | null {
  if (existing === null || existing.trim() === '') return `${HOOK_COMMAND}\n`;
  const runsLint = existing.split(/\r?\n/).some((line) => !line.trimStart().startsWith('#') && /(?:^|[\s/])migration-lint(?=$|\s)/.test(line));
  if (runsLint) return null;
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  return `${existing}${/\n$/.test(existing) ? '' : eol}${HOOK_COMMAND}${eol}`;
}

/** Whether a hook may stop before its last line (`exit`, `exec`), so an appended command could never run. */
export function mayStopEarly(hook: string): boolean {
  return hook.split(/\r?\n/).some((line) => /^\s*(?:exit|exec)\b/.test(line));
}
