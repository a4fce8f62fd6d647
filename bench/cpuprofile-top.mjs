// Sums a V8 .cpuprofile (node --cpu-prof) by function: self time and, with
// --total, inclusive time (each function counted once per sample, so recursion
// does not double it). Usage: node bench/cpuprofile-top.mjs FILE [--total] [N]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 40);
const total = args.includes('--total');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\/(server|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`;
};
const self = new Map();
const incl = new Map();
const deltas = profile.timeDeltas;
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = (deltas[i + 1] ?? 0) / 1000;
  all += dt;
  const n = byId.get(id);
  self.set(key(n), (self.get(key(n)) ?? 0) + dt);
  if (!total) return;
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + dt);
  }
});
const table = total ? incl : self;
console.log(`${file}: ${all.toFixed(0)} ms sampled; ${total ? 'inclusive' : 'self'} time`);
for (const [k, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)} ms ${((ms / all) * 100).toFixed(1).padStart(5)}%  ${k}`);
