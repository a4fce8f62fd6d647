#!/usr/bin/env node
// policylint-ls --stdio: the language server for any LSP client.
import '../out/server.mjs';
