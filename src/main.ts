/** Entry of the command line's front, lib/cli.cjs (see scripts/build.mjs). run() answers every error itself. */
import { run } from './cli.js';

void run();
