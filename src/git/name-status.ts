/** Reads `git diff --raw -z` (or `--name-status -z`) output into ChangedFile records. */
import type { ChangedFile } from '../types.js';
import { splitNul } from './run-git.js';

/** git's file mode for a symbolic link. */
const SYMLINK_MODE = '120000';

/**
 * Parses NUL-separated fields: a status letter (with a score for R and C), then one path, or the
 * old and the new path for R and C. In `--raw` form the status field is `:<old mode> <new mode> <old sha> <new sha> <status>`,
 * and a new mode of 120000 marks a symbolic link. A copy counts as added and a type change as modified; an
 * unmerged path (a conflict in the index) counts as modified.
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = splitNul(output);
  const files: ChangedFile[] = [];
  let index = 0;
  const next = (): string => {
    const field = fields[index++];
    if (field === undefined) throw new Error(`truncated git diff --name-status output: ${JSON.stringify(output)}`);
    return field;
  };
  while (index < fields.length) {
    const field = next();
    const raw = field.startsWith(':') ? field.slice(1).split(' ') : null;
    const status = raw ? (raw[4] ?? '') : field;
    const link = raw?.[1] === SYMLINK_MODE ? { symlink: true as const } : {};
    switch (status[0]) {
      case 'A':
        files.push({ path: next(), status: 'added', ...link });
        break;
      case 'M':
      case 'T':
      case 'U':
        files.push({ path: next(), status: 'modified', ...link });
        break;
      case 'D':
        files.push({ path: next(), status: 'deleted' });
        break;
      case 'R': {
        const oldPath = next();
        files.push({ path: next(), status: 'renamed', oldPath, ...link });
        break;
      }
      case 'C': {
        next();
        files.push({ path: next(), status: 'added', ...link });
        break;
      }
      default:
        throw new Error(`unexpected status ${JSON.stringify(status)} in git diff --name-status output`);
    }
  }
  return files;
}
