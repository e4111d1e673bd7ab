// User text is never interpreted: whatever a complainant or investigator types comes out in
// the document model exactly as typed, in every document and every place it can appear.
import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../../shared/api.ts';
import type { Run } from '../../../shared/document/model.ts';
import { build, HOSTILE, stage3Sample } from './helpers.ts';


const allRuns = (kind: (typeof documentKinds)[number]) => {
  const data = stage3Sample();
  const p = data.statement.points[1]!; // point 2: in every document, the panel's too
  p.summary = `Summary ${HOSTILE}`;
  p.detail = `# Detail ${HOSTILE}\n@points`;
  const f = data.findings!.find((x) => x.pointId === p.id)!;
  f.analysis = `Analysis ${HOSTILE}`;
  data.ipReview!.points.find((x) => x.pointId === p.id)!.comment = `IP ${HOSTILE}`;
  data.adjudication!.points.find((x) => x.pointId === p.id)!.reasons = `Reasons ${HOSTILE}`;
  data.panel!.points.find((x) => x.pointId === p.id)!.view = `View ${HOSTILE}`;
  data.statement.agreedHow = `Agreed ${HOSTILE}`;
  data.people.find((x) => x.id === 'p-mother')!.label = 'Ms {{A}} **x**';
  const model = build(kind, data);
  const runs: Run[] = [];
  for (const b of model.blocks) {
    if (b.kind === 'paragraph') runs.push(...b.runs);
    if (b.kind === 'list') runs.push(...b.items.flat());
    if (b.kind === 'table') runs.push(...b.rows.flat(2));
    if (b.kind === 'heading') runs.push({ text: b.text });
  }
  return { model, runs, text: runs.map((r) => r.text).join('\n') };
};

describe('hostile user text', () => {
  it.each(documentKinds)('%s: comes out literally', (kind) => {
    const { model, text } = allRuns(kind);
    expect(text).toContain(`Summary ${HOSTILE}`);
    expect(model.title).toContain('Ms {{A}} **x**');
    const expected: Record<typeof kind, string[]> = {
      statement: [`# Detail ${HOSTILE} @points`, `Agreed ${HOSTILE}`],
      'io-report': [`# Detail ${HOSTILE} @points`, `Analysis ${HOSTILE}`],
      'ip-report': [`IP ${HOSTILE}`],
      'adjudication-letter': [`Reasons ${HOSTILE}`],
      'panel-report': [`View ${HOSTILE}`],
    };
    for (const e of expected[kind]) expect(text).toContain(e);
    // The text a user typed never became structure: no heading of theirs, no extra point.
    expect(model.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('Detail'))).toBe(false);
    expect(model.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('# Detail'))).toBe(false);
  });

  it('keeps the label literal in the summary table too', () => {
    const { model } = allRuns('io-report');
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[2]![1]![0]!.text).toBe('Family time was changed without consulting Ms A');
    expect(JSON.stringify(model.blocks)).toContain('Ms {{A}} **x**');
  });
});
