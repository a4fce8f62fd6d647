// Preloaded into a timed child (NODE_OPTIONS=--require) so the bench can read
// the CPU time the whole process spent, every thread included (getrusage of
// the process): "MB/s per core" is bytes per CPU second, not wall-clock MB/s
// divided by the cores a run may not have used.
'use strict';
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const file = process.env.POLICYLINT_BENCH_CPU_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ seconds: (user + system) / 1e6 }));
  });
}
