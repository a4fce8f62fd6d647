// Entry point of `policylint-ls --stdio` (and --node-ipc, --socket=N).
import { main } from './server.js';

main();
