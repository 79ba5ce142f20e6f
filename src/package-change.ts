/**
 * Whether a change to `package.json` or `package-lock.json` only touches development tooling (devDependencies, and
 * scripts added, or the prepare script that turns a hook on): what `migration-lint init` and installing a linter do.
 * Such a change ships no application code.
 */
import { isDeepStrictEqual } from 'node:util';
import { posix } from 'node:path';

/** The files this module can judge. */
export function isPackageManifest(path: string): boolean {
  const name = posix.basename(path);
  return name === 'package.json' || name === 'package-lock.json';
}

/** `before` and `after` are the file's texts on the base and after the change; null where the file does not exist. */
export function isToolingOnlyChange(path: string, before: string | null, after: string | null): boolean {
  const old = parseObject(before);
  const now = parseObject(after);
  if (old === null || now === null) return false;
  return posix.basename(path) === 'package-lock.json' ? isDevOnlyLockChange(old, now) : isToolingOnlyManifestChange(old, now);
}

type Json = Record<string, unknown>;

function isToolingOnlyManifestChange(old: Json, now: Json): boolean {
  if (!sameExcept(old, now, ['devDependencies', 'scripts'])) return false;
  const oldScripts = asObject(old.scripts);
  const newScripts = asObject(now.scripts);
  if (oldScripts === null || newScripts === null) return false;
  // A changed build or start script may change what ships; a new script or the hook's prepare script does not.
  return Object.entries(oldScripts).every(([name, value]) => name === 'prepare' || isDeepStrictEqual(newScripts[name], value));
}

function isDevOnlyLockChange(old: Json, now: Json): boolean {
  if (!sameExcept(old, now, ['packages'])) return false;
  const oldPackages = asObject(old.packages);
  const newPackages = asObject(now.packages);
  if (oldPackages === null || newPackages === null) return false;
  for (const key of new Set([...Object.keys(oldPackages), ...Object.keys(newPackages)])) {
    const was = oldPackages[key];
    const is = newPackages[key];
    if (isDeepStrictEqual(was, is)) continue;
    if (key === '') {
      // The root entry mirrors package.json: only its devDependencies may differ.
      const rootOld = asObject(was);
      const rootNew = asObject(is);
      if (rootOld === null || rootNew === null || !sameExcept(rootOld, rootNew, ['devDependencies'])) return false;
      continue;
    }
    // Every package added, removed or changed is installed for development only.
    if ([was, is].some((entry) => entry !== undefined && asObject(entry)?.dev !== true)) return false;
  }
  return true;
}

function sameExcept(a: Json, b: Json, keys: string[]): boolean {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!keys.includes(key) && !isDeepStrictEqual(a[key], b[key])) return false;
  }
  return true;
}

function parseObject(text: string | null): Json | null {
  if (text === null) return null;
  try {
    return asObject(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return null;
  }
}

function asObject(value: unknown): Json | null {
  if (value === undefined) return {};
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}
