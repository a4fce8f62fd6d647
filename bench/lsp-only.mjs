// The language-server part of `npm run bench` alone (start-up, edit → diagnostics
// latency on a 100 KB draft, memory with 100 open documents), for profiling
// the edit path: LSP_PROF=DIR writes the server's CPU profile into DIR.
import { lspBench } from './lsp.mjs';

const r = await lspBench();
console.log(`start-up ${r.startupMs.toFixed(0)} ms; edit → diagnostics p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (${(r.bytes / 1000).toFixed(0)} KB, ${r.findings} findings); RSS ${r.rssMb.toFixed(0)} MB`);
