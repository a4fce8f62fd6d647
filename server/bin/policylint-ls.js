#!/usr/bin/env node
// policylint-ls --stdio: the language server for any LSP client. CommonJS, like
// every file in server/bin (see policylint.js); the server bundle is an ES module.
// V8's compile cache (Node 22.1+; a no-op before): later starts skip parsing the bundle.
'use strict';
require('node:module').enableCompileCache?.();
import('../out/server.mjs');
