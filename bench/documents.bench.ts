// The content half of rendering: what `impartial render` pays before the DOCX or PDF renderer
// runs, on the large case (40 points, 400 documents, 60 interviews, 1,000 chronology entries).
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { loadTemplates } from '../electron/core/documents/templates.ts';
import { buildDocument } from '../shared/documents/index.ts';
import { leakCheck } from '../shared/documents/leak-check.ts';
import { checkReadiness } from '../shared/readiness/index.ts';
import { timeMedian, type BenchRow } from './measure.ts';

export async function run(): Promise<BenchRow[]> {
  const data = generateLargeCase();
  const templates = loadTemplates(data.authority.name);
  const model = buildDocument('io-report', data, { named: false, draft: false, templates, today: '2025-01-06' });
  const load = await timeMedian(9, () => loadTemplates(data.authority.name));
  const readiness = await timeMedian(9, () => checkReadiness(data));
  const build = await timeMedian(9, () => buildDocument('io-report', data, { named: false, draft: false, templates, today: '2025-01-06' }));
  const leaks = await timeMedian(9, () => leakCheck(model, data.people, 'IO report'));
  return [
    { area: 'documents', measure: 'load and check all templates', value: load, unit: 'ms' },
    { area: 'documents', measure: 'readiness checks, large case, every document', value: readiness, unit: 'ms' },
    { area: 'documents', measure: 'build the large IO report model', value: build, unit: 'ms', note: `${model.blocks.length} blocks` },
    { area: 'documents', measure: 'leak check of the large IO report', value: leaks, unit: 'ms' },
  ];
}
