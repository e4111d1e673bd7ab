// Issue 8, "everywhere a document takes text": names from several traditions, written the
// ways people write them, put into every field that goes into an anonymised document, one at
// a time. Each must be blocked, and the block must name the word and its place in the user's
// words. Then the same fields with ordinary sentences that use the same words as words, and
// with everyone's labels: nothing may be blocked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../../shared/api.ts';
import type { OrdinaryWords } from '../../../shared/anonymisation/index.ts';
import { DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import { assertNoLeaks, fileNameLeaks, leakCheck, NameLeakError } from '../../../shared/documents/leak-check.ts';
import type { CaseData, PersonData } from '../../../shared/interchange/schema.ts';
import { documentFileName } from '../../../electron/core/service/service.ts';
import { ordinaryWords } from '../anonymisation/name-set.ts';
import { build, stage3Sample } from './helpers.ts';

let words: OrdinaryWords;
beforeAll(async () => {
  words = await ordinaryWords();
});

/** People of several traditions, added to the demo's sample case (which already has Tom Okafor, TM1). */
const PEOPLE: PersonData[] = [
  { id: 'x-rg', name: 'Rachel Green', label: 'Ms R', role: 'other' },
  { id: 'x-rose', name: 'Rose Green', label: 'Child Rose', role: 'child' },
  { id: 'x-gw', name: 'Gwenllïan Ŵyn ap Rhys', label: 'Child C', role: 'child' },
  { id: 'x-ob', name: "Siobhan O'Brien", label: 'Ms D', role: 'other' },
  { id: 'x-pj', name: 'Gareth Pryce-Jones', label: 'SW2', role: 'staff' },
  { id: 'x-nw', name: 'Ewa Nowak-Wiśniewska', label: 'SW3', role: 'staff' },
  { id: 'x-lw', name: 'Łukasz Wiśniewski', label: 'Mr L', role: 'other' },
  { id: 'x-ad', name: 'Adébáyọ̀ Ọláńrewájú', label: 'Child E', role: 'child' },
  { id: 'x-sem', name: 'Siân Elin Morgan', label: 'Ms S', role: 'other' },
  { id: 'x-may', name: 'May Bishop', label: 'Ms B', role: 'other' },
  { id: 'x-hp', name: 'Hope Price', label: 'Young Person H', role: 'child' },
  { id: 'x-wm', name: 'Will Mark', label: 'Mr W', role: 'staff' },
];

/** [what it is, the text typed, the name as it must be reported] */
const NAMED: [string, string, string][] = [
  ['an ordinary-word surname after a title', 'We spoke to Ms Green about it.', 'Ms Green'],
  ['Welsh, with its diacritic', 'Gwenllïan said she was not asked.', 'Gwenllïan'],
  ['Irish, with a curly apostrophe', 'A letter from Ms O’Brien arrived.', 'Ms O’Brien'],
  ['one part of a Polish double surname, without its diacritic', 'The note by Wisniewska was brief.', 'Wisniewska'],
  ['the other part of a hyphenated surname', 'Pryce visited the family.', 'Pryce'],
  ['an Igbo surname, possessive', "Okafor's note was brief.", 'Okafor'],
  ['Yoruba, without tone marks', 'Adebayo Olanrewaju attended.', 'Adebayo Olanrewaju'],
  ['Polish, without ł and ś', 'Then Lukasz Wisniewski attended.', 'Lukasz Wisniewski'],
  ['surname first, in capitals', 'The letter to GREEN Rachel was late.', 'GREEN Rachel'],
  ['a second given name', 'Elin said she would call.', 'Elin'],
  ['an ordinary-word given name', 'We asked Rose about school.', 'Rose'],
  ['two ordinary words opening a sentence', 'May Bishop attended the review.', 'May Bishop'],
  ['an ordinary-word given name after the name was used', 'Hope Price moved. Hope was not consulted.', 'Hope'],
];

const ORDINARY = [
  'The grass was green after the rain.',
  'She may hope to rose to the challenge.',
  "The bishop's letter was on file.",
  'We will mark the price of the placement.',
  'The review was held on 3 May 2024.',
  'Child Rose, Young Person H and Ms R were told by SW2 and SW3.',
];

interface Place {
  kind: DocumentKind;
  /** Where the leak check must say it is (after the document's name). */
  place: string;
  set: (d: CaseData, text: string) => void;
}

const point = (d: CaseData, id: string) => d.statement.points.find((p) => p.id === id)!;
const finding = (d: CaseData, pointId: string) => d.findings!.find((f) => f.pointId === pointId)!;

const PLACES: Place[] = [
  { kind: 'io-report', place: 'document D1, title', set: (d, t) => { d.evidence![0]!.title = t; } },
  { kind: 'io-report', place: 'document D1, source', set: (d, t) => { d.evidence![0]!.source = t; } },
  { kind: 'io-report', place: 'chronology, 14 March 2023', set: (d, t) => { d.chronology!.find((c) => c.date === '2023-03-14')!.event = t; } },
  { kind: 'statement', place: 'point 1, summary (heading)', set: (d, t) => { point(d, 'pt-1').summary = t; } },
  { kind: 'io-report', place: 'point 1, summary', set: (d, t) => { point(d, 'pt-1').summary = t; } },
  { kind: 'statement', place: 'point 1, complaint', set: (d, t) => { point(d, 'pt-1').detail = `The first paragraph.\n\n${t}`; } },
  { kind: 'statement', place: 'point 1, period', set: (d, t) => { point(d, 'pt-1').period = t; } },
  { kind: 'statement', place: 'point 1, outcome sought', set: (d, t) => { point(d, 'pt-1').desiredOutcome = t; } },
  { kind: 'statement', place: 'point 5, reason for exclusion', set: (d, t) => { point(d, 'pt-5').outOfScopeReason = t; } },
  { kind: 'statement', place: 'how the statement was agreed', set: (d, t) => { d.statement.agreedHow = t; } },
  { kind: 'io-report', place: 'point 2, evidence', set: (d, t) => { finding(d, 'pt-2').evidence = t; } },
  { kind: 'io-report', place: 'point 2, analysis', set: (d, t) => { finding(d, 'pt-2').analysis = `- a bullet first\n- ${t}`; } },
  { kind: 'io-report', place: 'point 2, finding', set: (d, t) => { finding(d, 'pt-2').conclusion = t; } },
  { kind: 'io-report', place: 'recommendation 1', set: (d, t) => { d.recommendations![0]!.text = t; } },
  { kind: 'io-report', place: 'recommendation 1, owner', set: (d, t) => { d.recommendations![0]!.owner = t; } },
  { kind: 'io-report', place: 'interview I2, role', set: (d, t) => { d.people.find((p) => p.id === 'p-sw')!.jobTitle = t; } },
  { kind: 'io-report', place: 'introduction', set: (d, t) => { d.investigation!.introduction = t; } },
  { kind: 'io-report', place: 'methodology', set: (d, t) => { d.investigation!.methodology = t; } },
  { kind: 'io-report', place: 'law, guidance and policy', set: (d, t) => { d.investigation!.legalFramework = t; } },
  { kind: 'io-report', place: 'background to the complaint', set: (d, t) => { d.complaint.background = t; } },
  { kind: 'io-report', place: 'background', set: (d, t) => { d.investigation!.background = t; } },
  { kind: 'io-report', place: 'conclusions', set: (d, t) => { d.investigation!.conclusion = t; } },
  { kind: 'io-report', place: 'reason for the extension', set: (d, t) => { d.extension = { agreedDate: '2024-11-20', reason: t }; } },
  { kind: 'io-report', place: 'page header, reference', set: (d, t) => { d.case.references = { authority: t }; } },
  { kind: 'io-report', place: 'page header, classification', set: (d, t) => { d.case.classification = t; } },
  { kind: 'io-report', place: 'document properties, subject', set: (d, t) => { d.authority.name = t; } },
  { kind: 'ip-report', place: 'overall view', set: (d, t) => { d.ipReview!.overall = t; } },
  { kind: 'ip-report', place: 'the process', set: (d, t) => { d.ipReview!.process = t; } },
  { kind: 'ip-report', place: 'comments on the recommendations', set: (d, t) => { d.ipReview!.recommendationsComment = t; } },
  { kind: 'ip-report', place: 'point 1, IP comment', set: (d, t) => { d.ipReview!.points.find((p) => p.pointId === 'pt-1')!.comment = t; } },
  { kind: 'adjudication-letter', place: 'apology', set: (d, t) => { d.adjudication!.apology = t; } },
  { kind: 'adjudication-letter', place: 'remedy', set: (d, t) => { d.adjudication!.remedy = t; } },
  { kind: 'adjudication-letter', place: 'point 1, reasons for decision', set: (d, t) => { d.adjudication!.points.find((p) => p.pointId === 'pt-1')!.reasons = t; } },
  { kind: 'adjudication-letter', place: 'action plan, recommendation 1, action', set: (d, t) => { d.adjudication!.actions[0]!.action = t; } },
  { kind: 'adjudication-letter', place: 'action plan, recommendation 1, owner', set: (d, t) => { d.adjudication!.actions[0]!.owner = t; } },
  { kind: 'adjudication-letter', place: 'point 2, reasons for decision', set: (d, t) => { d.adjudication!.points[1] = { pointId: 'pt-2', decision: 'vary', outcome: 'upheld', reasons: t }; } },
  { kind: 'adjudication-letter', place: 'action plan, recommendation 2, reasons', set: (d, t) => { d.adjudication!.actions[1] = { ...d.adjudication!.actions[1]!, decision: 'declined', reasons: t }; } },
  { kind: 'adjudication-letter', place: 'payment, what it is for', set: (d, t) => { d.adjudication!.payment = { amount: 250, reason: t }; } },
  { kind: 'adjudication-letter', place: 'signature, job title', set: (d, t) => { d.people.find((p) => p.id === 'p-adj')!.jobTitle = t; } },
  { kind: 'adjudication-letter', place: 'organisation of the advocate', set: (d, t) => { d.people.find((p) => p.id === 'p-advocate')!.organisation = t; } },
  { kind: 'adjudication-letter', place: 'authority address, line 1', set: (d, t) => { d.authority.address = [t]; } },
  { kind: 'adjudication-letter', place: "complaints manager's name", set: (d, t) => { d.authority.complaintsManager = { name: t }; } },
  { kind: 'panel-report', place: 'panel venue', set: (d, t) => { d.panel!.venue = t; } },
  { kind: 'panel-report', place: 'documents considered, item 1', set: (d, t) => { d.panel!.documents = [t]; } },
  { kind: 'panel-report', place: 'point 2, representations', set: (d, t) => { d.panel!.points.find((p) => p.pointId === 'pt-2')!.representations = t; } },
  { kind: 'panel-report', place: 'point 2, panel view', set: (d, t) => { d.panel!.points.find((p) => p.pointId === 'pt-2')!.view = t; } },
  { kind: 'panel-report', place: 'panel recommendation P1', set: (d, t) => { d.panel!.recommendations[0]!.text = t; } },
  { kind: 'panel-report', place: "panel recommendation P2, the Director's reasons", set: (d, t) => {
    d.panel!.directorResponseDate = '2025-03-20';
    d.panel!.recommendations[1] = { ...d.panel!.recommendations[1]!, directorResponse: 'not-accepted', directorReasons: `The first paragraph.\n\n${t}` };
  } },
  { kind: 'panel-report', place: "director's title", set: (d, t) => { d.authority.directorTitle = t; } },
];

function caseWith(place: Place, text: string): CaseData {
  const d = stage3Sample();
  d.people.push(...PEOPLE);
  place.set(d, text);
  return d;
}

describe.each(PLACES.map((p) => [`${DOCUMENT_NAMES[p.kind]}, ${p.place}`, p] as const))('%s', (_where, place) => {
  it.each(NAMED)('blocks %s, naming the word and the place', (_what, text, found) => {
    const data = caseWith(place, text);
    const model = build(place.kind, data);
    const where = `${DOCUMENT_NAMES[place.kind]}, ${place.place}`;
    const leaks = leakCheck(model, data.people, DOCUMENT_NAMES[place.kind], { ordinaryWords: words });
    expect(leaks.map((l) => `${l.place}: '${l.found}'`)).toContain(`${where}: '${found}'`);
    let error: unknown;
    try {
      assertNoLeaks(model, data.people, DOCUMENT_NAMES[place.kind], { ordinaryWords: words });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NameLeakError);
    expect((error as NameLeakError).message).toContain(`'${found}'`);
    expect((error as NameLeakError).message).toContain(`${DOCUMENT_NAMES[place.kind]}, `);
  });

  it('lets through ordinary sentences with the same words, and everyone’s labels', () => {
    for (const text of ORDINARY) {
      const data = caseWith(place, text);
      expect(leakCheck(build(place.kind, data), data.people, DOCUMENT_NAMES[place.kind], { ordinaryWords: words }).map((l) => `${l.place}: ${l.found}`), text).toEqual([]);
    }
  });
});

describe('the name of the file written', () => {
  it.each(NAMED)('blocks %s in the case title, which goes into the file name', (_what, text, found) => {
    const title = `Stage 2: ${text.replace(/\.$/, '')}`;
    const fileName = documentFileName(title, 'io-report', 'pdf', false, false);
    const data = stage3Sample();
    data.people.push(...PEOPLE);
    const leaks = fileNameLeaks(fileName, data.people, 'IO report', { ordinaryWords: words });
    // The file name loses the title's colon: "Stage 2 May Bishop" reads as a date and then a
    // name, so there only "Bishop" is found. Blocked all the same, naming a word of the name.
    expect(leaks.map((l) => l.found).some((f) => found.includes(f)), JSON.stringify(leaks.map((l) => l.found))).toBe(true);
    expect(leaks[0]!.place).toBe(`IO report, file name "${fileName}"`);
  });

  it('lets through the sample’s own title and ordinary titles', () => {
    const data = stage3Sample();
    data.people.push(...PEOPLE);
    for (const title of [data.case.title, 'Stage 2: the green space complaint', 'Price of placements review']) {
      expect(fileNameLeaks(documentFileName(title, 'io-report', 'docx', false, true), data.people, 'IO report', { ordinaryWords: words })).toEqual([]);
    }
  });
});
