/** The changeset stage: base resolution, merge-base, diff and blob reading, read-only. */
export { findWorkTree, GitRepo, INDEX, openRepo, toBlobSpec, type Change, type ResolveChangeOptions } from './repo.js';
export { EMPTY_TREE } from './run-git.js';
