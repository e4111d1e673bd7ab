import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseCase, parseCaseJson } from '../../../shared/interchange/parse.ts';

const samplePath = join(import.meta.dirname, '..', '..', 'fixtures', 'sample-case.json');
const sampleText = readFileSync(samplePath, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the sample on purpose, field by field
const sample = () => JSON.parse(sampleText) as Record<string, any>;

function problems(input: unknown): string[] {
  const result = parseCase(input);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('parseCase', () => {
  it('accepts the sample case unchanged', () => {
    const result = parseCase(sample());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(sample());
  });

  it('accepts a half-finished investigation with only the required sections', () => {
    const s = sample();
    const minimal = { format: s.format, case: s.case, authority: s.authority, people: [], complaint: { complainantIds: [] }, statement: { points: [] } };
    expect(problems(minimal)).toEqual([]);
  });

  it('takes a payment in pounds with at most two decimal places, and names a bad one with its path', () => {
    const s = sample();
    s.adjudication.payment = { amount: 250.5, reason: 'in recognition of the delay' };
    expect(problems(s)).toEqual([]);
    s.adjudication.payment = { amount: 99.999 };
    expect(problems(s)).toEqual(['adjudication.payment.amount: expected pounds with at most two decimal places, e.g. 250 or 99.50']);
    s.adjudication.payment = { amount: 0 };
    expect(problems(s)).toEqual(['adjudication.payment.amount: must be more than 0']);
    s.adjudication.payment = { amount: '250' };
    expect(problems(s)[0]).toMatch(/^adjudication\.payment\.amount: /);
  });

  it("takes the Director's response to a panel recommendation, and refuses one it does not know", () => {
    const s = sample();
    s.panel = { memberIds: [], attendeeIds: [], ipConsultedDate: '2025-02-20', points: [], recommendations: [{ id: 'prec-1', number: '1', text: 'Notice.', pointIds: [], directorResponse: 'not-accepted', directorReasons: 'Five days is the standard.' }] };
    expect(problems(s)).toEqual([]);
    s.panel.recommendations[0].directorResponse = 'rejected';
    expect(problems(s)).toEqual(['panel.recommendations[0].directorResponse: must be one of "accepted", "partly-accepted", "not-accepted"; found text "rejected"']);
  });

  it('names a duplicate point number with its path', () => {
    const s = sample();
    s.statement.points[2].number = '2';
    expect(problems(s)).toEqual(['statement.points[2].number: duplicate "2"']);
  });

  it('names a dangling id reference with its path and what it should refer to', () => {
    const s = sample();
    s.findings[1].sourceIds.push('e-404');
    s.interviews[0].personId = 'p-nobody';
    expect(problems(s)).toEqual([
      'interviews[0].personId: unknown person "p-nobody"',
      'findings[1].sourceIds[2]: unknown evidence or interview "e-404"',
    ]);
  });

  it('refuses a reference to the wrong kind of record', () => {
    const s = sample();
    s.recommendations[0].pointIds = ['p-mother'];
    expect(problems(s)).toEqual(['recommendations[0].pointIds[0]: unknown point "p-mother"']);
  });

  it('refuses an id used twice anywhere in the file', () => {
    const s = sample();
    s.evidence[0].id = 'pt-1';
    expect(problems(s)[0]).toBe('evidence[0].id: duplicate id "pt-1" (already used by a point)');
  });

  it('refuses an unknown field, naming the field itself', () => {
    const s = sample();
    s.statement.points[0].sumary = 'typo';
    expect(problems(s)).toEqual(['statement.points[0].sumary: unknown field "sumary"']);
  });

  it('refuses an impossible date', () => {
    const s = sample();
    s.statement.agreedDate = '2024-02-30';
    expect(problems(s)).toEqual(['statement.agreedDate: impossible date: expected a real date as YYYY-MM-DD']);
  });

  it('refuses a date in the wrong form', () => {
    const s = sample();
    s.complaint.receivedDate = '02/09/2024';
    expect(problems(s)[0]).toMatch(/^complaint\.receivedDate: expected a date as YYYY-MM-DD/);
  });

  it('refuses a bad enum value and lists the allowed ones', () => {
    const s = sample();
    s.findings[0].outcome = 'upheld-in-part';
    expect(problems(s)).toEqual([
      'findings[0].outcome: must be one of "upheld", "partially-upheld", "not-upheld", "no-finding"; found text "upheld-in-part"',
    ]);
  });

  it('refuses an unsupported format version before anything else', () => {
    const s = sample();
    s.format = 'impartial/casefile@2';
    s.case = 'nonsense';
    expect(problems(s)).toEqual(['format: unsupported format "impartial/casefile@2": this version of Impartial reads "impartial/casefile@1"']);
  });

  it('names a missing required field', () => {
    const s = sample();
    delete s.authority.name;
    expect(problems(s)).toEqual(['authority.name: required field is missing (expected text)']);
  });

  it('refuses a stage other than 2 or 3', () => {
    const s = sample();
    s.case.stage = 1;
    expect(problems(s)).toEqual(['case.stage: must be 2 or 3; found a number (1)']);
  });
});

describe('parseCaseJson', () => {
  it('gives the file and line of a JSON syntax error', () => {
    const result = parseCaseJson('{\n  "format": "impartial/casefile@1",\n  "case": {,\n}', 'case.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.path).toBe('case.json:3:12');
  });

  it('gives the file and line of a bad field', () => {
    const s = sample();
    s.statement.points[3].number = '1';
    const text = JSON.stringify(s, null, 2);
    const result = parseCaseJson(text, 'case.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The fourth point's number is the second line that reads "number": "1".
    const numberLines = text.split('\n').flatMap((l, i) => (l.trim() === '"number": "1",' ? [i + 1] : []));
    const second = numberLines[1];
    expect(formatIssue(result.issues[0]!)).toBe(`statement.points[3].number: duplicate "1" (case.json line ${second})`);
  });
});

// The trials of issue 11: what Windows Notepad writes, hostile nesting, a value of the wrong
// type, and messages that must stay on one line whatever the input holds.
describe('input the trials found answered badly', () => {
  it('accepts a file that starts with a UTF-8 byte-order mark, as Notepad writes them', () => {
    const result = parseCaseJson(`\uFEFF${sampleText}`, 'case.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(sample());
  });

  it('keeps line numbers right after a byte-order mark', () => {
    const s = sample();
    s.case.title = 42;
    const text = JSON.stringify(s, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"title": 42')) + 1;
    const result = parseCaseJson(`\uFEFF${text}`, 'case.json');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([`case.title: expected text, found a number (42) (case.json line ${line})`]);
  });

  it('says what was expected and what was found for a value of the wrong type', () => {
    const s = sample();
    s.case.title = 5;
    s.evidence[0].pointIds = 'pt-1';
    s.people[0].aliases = [7];
    s.adjudication = [];
    expect(problems(s)).toEqual([
      'case.title: expected text, found a number (5)',
      'people[0].aliases[0]: expected text, found a number (7)',
      'evidence[0].pointIds: expected a list, found text "pt-1"',
      'adjudication: expected an object, found a list',
    ]);
  });

  it('refuses nesting beyond a sane depth with its path, where 10,000 levels used to be "a bug in Impartial"', () => {
    const deep = `{"format":"impartial/casefile@1","case":{"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    const result = parseCaseJson(deep, 'deep.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(formatIssue(result.issues[0]!)).toBe('case.title[0][0][0][0]… (64 levels down): nested more than 64 levels deep: no interchange file is nested that deep, so this is not one (deep.json)');
    // Just within the limit is read as usual (and then refused for its type, with its full path).
    const within = parseCaseJson(`{"format":"impartial/casefile@1","people":${'['.repeat(5)}${']'.repeat(5)}}`, 'x.json');
    expect(within.ok ? [] : within.issues.map((i) => i.message)).toContain('expected an object, found a list');
  });

  it('gives every problem on one line, whatever line breaks the input holds', () => {
    const cases = [
      '\uFEFF\uFEFF{\n"format": 1}',
      '{\n"format": "impartial/casefile@1",\n\n"case": {"title": "a\\nb"},,\n}',
      JSON.stringify({ format: 'not\nthis' }),
      JSON.stringify({ ...sample(), statement: { ...sample().statement, points: [sample().statement.points[0], { ...sample().statement.points[1], number: sample().statement.points[0].number }] } }).replace('"number":"1"', '"number":"1\\n2"'),
    ];
    for (const text of cases) {
      const result = parseCaseJson(text, 'case.json');
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const issue of result.issues) expect(formatIssue(issue)).not.toMatch(/[\r\n\u2028\u2029]/);
    }
  });
});
