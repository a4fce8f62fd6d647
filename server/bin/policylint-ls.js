#!/usr/bin/env node
// policylint-ls --stdio: the language server for any LSP client.
// V8's compile cache (Node 22.1+; a no-op before): later starts skip parsing the bundle.
import module from 'node:module';
module.enableCompileCache?.();
await import('../out/server.mjs');
