// The content half of rendering: what `impartial render` pays before the DOCX or PDF renderer
// runs, on the large case (40 points, 400 documents, 60 interviews, 1,000 chronology entries).
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { loadTemplates } from '../electron/core/documents/templates.ts';
import { buildDocument } from '../shared/documents/index.ts';
import { findNames, loadOrdinaryWords, nameMatcher, namesInCase } from '../shared/anonymisation/index.ts';
import { caseTexts } from '../shared/case-model/texts.ts';
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
  // The word list's first load (a fresh import each time would need a fresh process: this is the one the CLI pays once).
  const loadStart = performance.now();
  const ordinaryWords = await loadOrdinaryWords();
  const loadWords = performance.now() - loadStart;
  const leaks = await timeMedian(9, () => leakCheck(model, data.people, 'IO report', { ordinaryWords }));
  const found = leakCheck(model, data.people, 'IO report', { ordinaryWords }).length;
  // As the user types: the longest analysis of the large case, checked whole on each keystroke.
  const field = data.findings!.map((f) => f.analysis ?? '').sort((a, b) => b.length - a.length)[0]!;
  const typing = await timeMedian(49, () => findNames(field, data.people, ordinaryWords));
  const matcher = await timeMedian(49, () => nameMatcher(data.people, ordinaryWords));
  // The Documents screen's list: every text of the case a document prints, with one matcher.
  const prepared = nameMatcher(data.people, ordinaryWords);
  const wholeCase = await timeMedian(9, () => namesInCase(data, prepared));
  return [
    { area: 'documents', measure: 'load the ordinary-word list (first check only)', value: loadWords, unit: 'ms' },
    { area: 'documents', measure: 'load and check all templates', value: load, unit: 'ms' },
    { area: 'documents', measure: 'readiness checks, large case, every document', value: readiness, unit: 'ms' },
    { area: 'documents', measure: 'build the large IO report model', value: build, unit: 'ms', note: `${model.blocks.length} blocks` },
    { area: 'documents', measure: 'leak check of the large IO report', value: leaks, unit: 'ms', note: `${found} names found` },
    { area: 'documents', measure: 'names in one field as typed (findNames)', value: typing, unit: 'ms', note: `${field.length.toLocaleString('en-GB')} characters, ${data.people.length} people` },
    { area: 'documents', measure: 'prepare the name matcher for a case', value: matcher, unit: 'ms', note: `${data.people.length} people` },
    { area: 'documents', measure: 'names in every text of the case (the Documents screen)', value: wholeCase, unit: 'ms', note: `${caseTexts(data).length.toLocaleString('en-GB')} texts, ${namesInCase(data, prepared).length} names found` },
  ];
}
