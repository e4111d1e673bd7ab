// The template format: what each line means, the errors that name file and line, and that
// case data substituted into a template is never read as template syntax.
import { describe, expect, it } from 'vitest';
import { compileTemplates } from '../../../shared/documents/vocabulary.ts';
import type { TemplateTexts } from '../../../shared/documents/vocabulary.ts';
import { expandTemplate } from '../../../shared/templates/expand.ts';
import { parseTemplate, TemplateError } from '../../../shared/templates/parse.ts';
import type { TemplateVocabulary } from '../../../shared/templates/parse.ts';
import { blocksToPlainText, plainTextBlocks } from '../../../shared/templates/plain-text.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { build, sample } from './helpers.ts';

const vocabulary: TemplateVocabulary = {
  fields: new Set(['case.title', 'complainant', 'extension.agreedDate']),
  directives: new Map([['points', { argument: 'none' as const }], ['paragraph', { argument: 'required' as const, allowed: new Set(['role-of-ip']) }]]),
};
const parse = (text: string) => parseTemplate('templates/io-report.txt', text, vocabulary);
const expand = (text: string, fields: Record<string, string | undefined> = {}) =>
  expandTemplate(parse(text), { fields, directive: (name, arg) => [{ kind: 'paragraph', runs: [{ text: `<${name}${arg ? ` ${arg}` : ''}>` }] }] });

describe('template format', () => {
  it('prints one full stop after a value that already ends its sentence', () => {
    const text = (fields: Record<string, string>) => expand('Made by {{complainant}}. Then more.', fields).flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(text({ complainant: 'Ms A' })).toEqual(['Made by Ms A. Then more.']);
    expect(text({ complainant: 'Trust Ltd.' })).toEqual(['Made by Trust Ltd. Then more.']);
    expect(text({ complainant: 'who?' })).toEqual(['Made by who? Then more.']);
    // The template's own words are never changed: only a stop straight after a value is dropped.
    expect(expand('Ends here.. {{complainant}}', { complainant: 'x' })).toEqual([{ kind: 'paragraph', runs: [{ text: 'Ends here.. ' }, { text: 'x', source: 'complainant' }] }]);
  });

  it('reads headings, paragraphs that join lines, bullets, quotes, bold and comments', () => {
    const blocks = expand([
      '; a note, never printed',
      '# Findings',
      '## Point',
      '### Minor',
      'First line',
      'continues here with **bold words** in it.',
      '',
      '- one',
      '- two',
      '> quoted',
    ].join('\n'));
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Findings' },
      { kind: 'heading', level: 2, text: 'Point' },
      { kind: 'heading', level: 3, text: 'Minor' },
      { kind: 'paragraph', runs: [{ text: 'First line' }, { text: ' ' }, { text: 'continues here with ' }, { text: 'bold words', bold: true }, { text: ' in it.' }] },
      { kind: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] },
      { kind: 'paragraph', style: 'quote', runs: [{ text: 'quoted' }] },
    ]);
  });

  it('fills fields, marks a missing one, and keeps a bold field bold', () => {
    const [p] = expand('**Complaint by {{complainant}}** about {{case.title}}', { complainant: 'Ms A' });
    expect(p).toEqual({ kind: 'paragraph', runs: [
      { text: 'Complaint by ', bold: true }, { text: 'Ms A', bold: true, source: 'complainant' },
      { text: ' about ' }, { text: '[not recorded]', italic: true, source: 'case.title' },
    ] });
  });

  it('runs directives in place and keeps @if blocks only when the field has a value', () => {
    const text = 'Before\n@points\n@if extension.agreedDate\nExtended on {{extension.agreedDate}}.\n@end\n@if not extension.agreedDate\nNo extension.\n@end\n@paragraph role-of-ip';
    const texts = (fields: Record<string, string>) => expand(text, fields).map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));
    expect(texts({})).toEqual(['Before', '<points>', 'No extension.', '<paragraph role-of-ip>']);
    expect(texts({ 'extension.agreedDate': '1 May 2025' })).toEqual(['Before', '<points>', 'Extended on 1 May 2025.', '<paragraph role-of-ip>']);
  });

  it.each([
    ['Intro\n\nThe case {{case.titel}} is here', 'templates/io-report.txt line 3: unknown field {{case.titel}} (did you mean {{case.title}}?)'],
    ['@pionts', 'templates/io-report.txt line 1: unknown directive @pionts (did you mean @points?)'],
    ['@points now', 'templates/io-report.txt line 1: @points takes nothing after it'],
    ['@paragraph', 'templates/io-report.txt line 1: @paragraph needs a name after it'],
    ['\n@paragraph role-of-io', 'templates/io-report.txt line 2: @paragraph role-of-io: unknown name (known: role-of-ip)'],
    ['@if case.titel\nx\n@end', 'templates/io-report.txt line 1: @if needs a known field, e.g. "@if extension.agreedDate" (got "case.titel")'],
    ['a\n@if case.title\nx', 'templates/io-report.txt line 2: @if is never closed with @end'],
    ['@end', 'templates/io-report.txt line 1: @end without an @if'],
    ['x {{complainant', 'templates/io-report.txt line 1: unclosed field: write fields as {{field.name}}'],
    ['#Heading', 'templates/io-report.txt line 1: a heading is #, ## or ### followed by a space'],
  ])('refuses %j naming the file and line', (text, message) => {
    let error: unknown;
    try {
      parse(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toBeInstanceOf(ImpartialError);
    expect((error as Error).message).toBe(message);
  });

  it('never reads a field value as template or markup syntax', () => {
    const hostile = '{{case.title}} **bold?** # heading @points <script>alert(1)</script> “curly” ‘quotes’ ŵ ŷ 🙂';
    const [p] = expand('Complainant: {{complainant}}', { complainant: hostile, 'case.title': 'EXPANDED' });
    expect(p).toEqual({ kind: 'paragraph', runs: [{ text: 'Complainant: ' }, { text: hostile, source: 'complainant' }] });
  });

  it('compiles a set of templates and requires the Ombudsman paragraphs', () => {
    const doc = { file: 'templates/x.txt', text: '@title\n@ombudsman' };
    const texts: TemplateTexts = {
      documents: { statement: doc, 'io-report': doc, 'ip-report': doc, 'adjudication-letter': doc, 'panel-report': doc },
      paragraphs: { 'ombudsman-england': { file: 'templates/paragraphs/ombudsman-england.txt', text: 'LGSCO' } },
    };
    expect(() => compileTemplates(texts)).toThrow('the standard paragraph templates/paragraphs/ombudsman-wales.txt is missing');
    texts.paragraphs['ombudsman-wales'] = { file: 'templates/paragraphs/ombudsman-wales.txt', text: 'PSOW\n@points' };
    expect(() => compileTemplates(texts)).toThrow('templates/paragraphs/ombudsman-wales.txt line 2: unknown directive @points');
  });
});

describe('bullet lists across @if blocks', () => {
  const contacts = ['Write to:', '@if complainant', '- {{complainant}}', '@end', '@if case.title', '- about {{case.title}}', '@end', '@if extension.agreedDate', '- by {{extension.agreedDate}}', '@end'].join('\n');
  const items = (blocks: ReturnType<typeof expand>) => blocks.filter((b) => b.kind === 'list').map((b) => b.items.map((runs) => runs.map((r) => r.text).join('')));

  it('prints bullet lines with only @if / @end lines between them as one list', () => {
    expect(items(expand(contacts, { complainant: 'Ms A', 'case.title': 'T', 'extension.agreedDate': '1 May' }))).toEqual([['Ms A', 'about T', 'by 1 May']]);
    // A bullet whose @if is not met leaves no gap: the others still make one list.
    expect(items(expand(contacts, { complainant: 'Ms A', 'extension.agreedDate': '1 May' }))).toEqual([['Ms A', 'by 1 May']]);
    expect(items(expand(contacts, { 'case.title': 'T' }))).toEqual([['about T']]);
  });

  it('still starts a new list after a blank line, a paragraph or a directive', () => {
    const fields = { complainant: 'Ms A', 'case.title': 'T' };
    expect(items(expand('- one\n\n@if complainant\n- {{complainant}}\n@end', fields))).toEqual([['one'], ['Ms A']]);
    expect(items(expand('- one\n@if complainant\nText\n- {{complainant}}\n@end', fields))).toEqual([['one'], ['Ms A']]);
    expect(items(expand('- one\n@points\n- two', fields))).toEqual([['one'], ['two']]);
  });

  it("prints the adjudication letter's complaints-manager contacts as one list", () => {
    const letter = build('adjudication-letter', sample());
    const lists = letter.blocks.filter((b) => b.kind === 'list').map((b) => b.items.map((runs) => runs.map((r) => r.text).join('')));
    expect(lists).toContainEqual([
      'Ruth Adeyemi, complaints manager, the London Borough of Exampleton',
      'email: complaints@exampleton.example',
      'telephone: 020 7946 0000',
      'post: London Borough of Exampleton, Complaints Team, Exampleton Civic Centre, 1 Market Square, London E99 9XX',
    ]);
  });
});

describe('plain text of case fields', () => {
  it('makes paragraphs at blank lines and bullets of "- " lines, and nothing else', () => {
    const value = 'First para\nsame para\n\n- item one\n-   item two\n\n# not a heading\n**not bold** {{complainant}} @points';
    const blocks = plainTextBlocks(value, 'analysis');
    // Each run also says where in the field it starts, for "not a name here" marks.
    const from = (start: number) => ({ text: value, start });
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'First para same para', source: 'analysis', field: from(0) }] },
      { kind: 'list', ordered: false, items: [[{ text: 'item one', source: 'analysis', field: from(24) }], [{ text: 'item two', source: 'analysis', field: from(37) }]] },
      { kind: 'paragraph', runs: [{ text: '# not a heading **not bold** {{complainant}} @points', source: 'analysis', field: from(47) }] },
    ]);
    expect(value.slice(24, 32)).toBe('item one');
    expect(value.slice(37, 45)).toBe('item two');
    expect(value.slice(47, 62)).toBe('# not a heading');
    // A field of one paragraph is printed whole: the run is the field.
    expect(plainTextBlocks(' One paragraph. ', 'x')).toEqual([{ kind: 'paragraph', runs: [{ text: 'One paragraph.', source: 'x', field: { text: ' One paragraph. ', start: 1 } }] }]);
    expect(plainTextBlocks('One paragraph.', 'x')).toEqual([{ kind: 'paragraph', runs: [{ text: 'One paragraph.', source: 'x' }] }]);
    expect(plainTextBlocks('  \n ', 'x')).toEqual([]);
    expect(plainTextBlocks(undefined, 'x')).toEqual([]);
  });
});

describe('blocks back to plain text (a standard paragraph inserted into a field)', () => {
  it('writes paragraphs and lists so that they read back as the same blocks; styling, tables and breaks are dropped', () => {
    const text = blocksToPlainText([
      { kind: 'heading', level: 2, text: 'The law ' },
      { kind: 'paragraph', runs: [{ text: 'Under ' }, { text: 'section 26(3)', bold: true }, { text: ' of the Act:' }] },
      { kind: 'list', ordered: false, items: [[{ text: 'the Regulations' }], [{ text: 'the guidance', italic: true }]] },
      { kind: 'pageBreak' },
      { kind: 'table', caption: 'x', columns: [{ title: 'A', width: 1 }], rows: [[[{ text: 'cell' }]]] },
      { kind: 'paragraph', runs: [{ text: 'Two\nlines' }] },
    ] as never);
    expect(text).toBe('The law\n\nUnder section 26(3) of the Act:\n\n- the Regulations\n- the guidance\n\nTwo lines');
    expect(plainTextBlocks(text, 'x').map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph']);
  });
});
