/**
 * The command line's second stage, built into lib/pipeline.cjs: everything past discovery, with the SQL stage. The
 * front (lib/cli.cjs) requires it when a change holds migrations, and its import() of these modules becomes that.
 */
export * from './pipeline.js';
export * from './sql/parse.js';
export * from './sql/locate.js';
