// Action entry (action.yml: runs.main): calls run() and nothing else.
import { run } from './main.js';

await run();
