// Every run of a document that prints text the user typed says where it came from, in the
// user's words (its `source`), so that the leak check can name the place of a name it finds.
// Every free-text field of the demo's sample case is given a marker; every run, heading and
// cell of every document that prints a marker must carry a source that is not a field's
// internal name.
import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../../shared/api.ts';
import type { Block, Run } from '../../../shared/document/model.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { build, stage3Sample } from './helpers.ts';

// Fields that are not free text: ids and links, dates, choices from a list, file metadata.
const NOT_TEXT = /^(id|.*Id|.*Ids|format|procedure|stage|role|clockStart|kind|method|outcome|decision|view|scope|meetingOffered|mediaType|sha256|size|data|.*[dD]ate|closureDays|newDeadline)$/;

function marked(): CaseData {
  const data = stage3Sample();
  let n = 0;
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return NOT_TEXT.test(key) ? value : `${value} Zq${++n}`;
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  const out = visit(data, '') as CaseData;
  out.investigation!.introduction = 'First paragraph Zq9001.\n\n- a bullet Zq9002\n\nLast paragraph Zq9003.';
  return out;
}

const MARK = /Zq\d+/;

describe('every run of user text names its place', () => {
  it.each(documentKinds)('%s', (kind) => {
    const model = build(kind, marked());
    const unplaced: string[] = [];
    const check = (text: string, source: string | undefined, where: string) => {
      if (!MARK.test(text)) return;
      if (!source || /^[a-z]+\.[a-zA-Z]+$/.test(source)) unplaced.push(`${where}: "${text}" (source ${source ?? 'none'})`);
    };
    const runs = (rs: readonly Run[], where: string) => { for (const r of rs) check(r.text, r.source, where); };
    const visit = (b: Block) => {
      switch (b.kind) {
        case 'heading': return check(b.text, b.source, 'heading');
        case 'paragraph': return runs(b.runs, 'paragraph');
        case 'list': return b.items.forEach((i) => runs(i, 'list'));
        case 'table': return b.rows.forEach((row) => row.forEach((c) => runs(c, `table "${b.caption}"`)));
        default: return undefined;
      }
    };
    model.blocks.forEach(visit);
    expect(unplaced).toEqual([]);
    // The markers really were printed: the test would pass on an empty document otherwise.
    expect(model.blocks.filter((b) => b.kind === 'paragraph' && b.runs.some((r) => MARK.test(r.text))).length).toBeGreaterThan(3);
  });
});
