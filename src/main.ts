/** Entry of the command-line bundle. */
import { run } from './cli.js';

await run();
