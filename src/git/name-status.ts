/** Reads `git diff --name-status -z` output into ChangedFile records. */
import type { ChangedFile } from '../types.js';
import { splitNul } from './run-git.js';

/**
 * Parses NUL-separated fields: a status letter (with a score for R and C), then one path, or the
 * old and the new path for R and C. A copy counts as added and a type change as modified; an
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
    const status = next();
    switch (status[0]) {
      case 'A':
        files.push({ path: next(), status: 'added' });
        break;
      case 'M':
      case 'T':
      case 'U':
        files.push({ path: next(), status: 'modified' });
        break;
      case 'D':
        files.push({ path: next(), status: 'deleted' });
        break;
      case 'R': {
        const oldPath = next();
        files.push({ path: next(), status: 'renamed', oldPath });
        break;
      }
      case 'C': {
        next();
        files.push({ path: next(), status: 'added' });
        break;
      }
      default:
        throw new Error(`unexpected status ${JSON.stringify(status)} in git diff --name-status output`);
    }
  }
  return files;
}
