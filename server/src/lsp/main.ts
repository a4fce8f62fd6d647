// Entry point of `policylint-ls --stdio` (and --node-ipc, --socket=N).
import { enableMemo } from '../engine/memo.js';
import { main } from './server.js';

// A writer's edit changes one paragraph: reuse the work on the others.
enableMemo();
main();
