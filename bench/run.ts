// npm run bench: every benchmark, one table. Each bench/*.bench.ts exports `run(): Promise<BenchRow[]>`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './measure.ts';

const only = process.argv[2];
const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(join(import.meta.dirname, file))) as { run: () => Promise<BenchRow[]> };
  rows.push(...(await mod.run()));
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const table = rows.map((r) => ({
  area: r.area,
  measure: r.measure,
  value: `${fmt(r.value)} ${r.unit}`,
  target: r.target === undefined ? '' : `<= ${r.target} ${r.unit}`,
  result: r.target === undefined ? '' : r.value <= r.target ? 'ok' : 'MISSED',
  note: r.note ?? '',
}));
const cols = ['area', 'measure', 'value', 'target', 'result', 'note'] as const;
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...table.map((r) => r[c].length))]));
const line = (r: Record<string, string>) => '| ' + cols.map((c) => r[c]!.padEnd(width[c]!)).join(' | ') + ' |';
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
console.log('| ' + cols.map((c) => '-'.repeat(width[c]!)).join(' | ') + ' |');
for (const r of table) console.log(line(r));
