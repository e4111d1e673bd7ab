// The measured set of the name matcher (tests/fixtures/name-set.json): every sentence that names
// someone must have exactly its names found, and every ordinary sentence none. Prints each miss
// and each false positive, then the totals. Exit 1 when there is a miss (false positives are
// measured, not forbidden: the user may mark one "not a name here").
//   npm exec -- node scripts/name-set.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrdinaryWords, nameMatcher } from '../shared/anonymisation/index.ts';

interface NameSet {
  people: { id: string; name: string; label: string; aliases?: string[] }[];
  names: { text: string; found: string[]; way: string }[];
  ordinary: { text: string; hard?: string }[];
}

const set = JSON.parse(readFileSync(join(import.meta.dirname, '../tests/fixtures/name-set.json'), 'utf8')) as NameSet;
const matcher = nameMatcher(set.people, await loadOrdinaryWords());

let expected = 0;
let misses = 0;
let falsePositives = 0;
const lines: string[] = [];
for (const c of [...set.names, ...set.ordinary.map((o) => ({ ...o, found: [] as string[], way: o.hard ? `ordinary (${o.hard})` : 'ordinary' }))]) {
  const found = matcher.find(c.text).map((o) => o.found);
  expected += c.found.length;
  const left = [...found];
  for (const want of c.found) {
    const at = left.indexOf(want);
    if (at >= 0) left.splice(at, 1);
    else {
      misses++;
      lines.push(`MISS  '${want}' in "${c.text}" (${c.way}); found ${JSON.stringify(found)}`);
    }
  }
  for (const extra of left) {
    falsePositives++;
    lines.push(`FALSE '${extra}' in "${c.text}" (${c.way})`);
  }
}
for (const l of lines) console.log(l);
console.log(`${set.people.length} people; ${set.names.length} sentences naming someone (${expected} names), ${set.ordinary.length} ordinary sentences`);
console.log(`misses: ${misses} of ${expected}; false positives: ${falsePositives} (in ${set.names.length + set.ordinary.length} sentences)`);
process.exitCode = misses ? 1 : 0;
