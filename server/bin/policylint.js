#!/usr/bin/env node
// V8's compile cache (Node 22.1+; a no-op before): later runs skip parsing the bundle.
import module from 'node:module';
module.enableCompileCache?.();
const { main } = await import('../out/cli.mjs');
main();
