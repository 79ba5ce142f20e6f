/** Entry of the Action's bundle, dist/index.js: runs the Action; core.setFailed sets the exit status. */
import { runAction } from '../action.js';

await runAction(process.env);
