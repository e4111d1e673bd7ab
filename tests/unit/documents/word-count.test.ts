// Word counts (shared/documents/word-count.ts): of a text as typed and of a document as rendered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/documents/index.ts';
import { countWords, documentWords, wordsLabel } from '../../../shared/documents/word-count.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { loadTemplates, TEMPLATES_DIR } from '../../../electron/core/documents/templates.ts';

describe('countWords', () => {
  it('counts runs of letters and digits, keeping contractions, hyphenated words and decimals whole', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\n ')).toBe(0);
    expect(countWords("Ms A's social worker didn't reply")).toBe(6);
    expect(countWords('Her well-being, and the £12.50 fee.')).toBe(6);
    expect(countWords('See D3, p. 4 and I2.')).toBe(6);
    expect(countWords('- first item\n- second item\n\nA new paragraph')).toBe(7);
    expect(countWords('Zoë’s café — naïve')).toBe(3);
  });

  it('says the count in words', () => {
    expect(wordsLabel(0)).toBe('0 words');
    expect(wordsLabel(1)).toBe('1 word');
    expect(wordsLabel(12480)).toBe('12,480 words');
  });
});

describe('documentWords', () => {
  it('counts headings, paragraphs, list items and every table cell of the body, not the header and footer', () => {
    const model: DocumentModel = {
      title: 'A title not in the body', author: 'x', classification: 'OFFICIAL-SENSITIVE', reference: 'REF 1', draft: true, language: 'en-GB',
      blocks: [
        { kind: 'heading', level: 1, text: 'The complaint' },
        { kind: 'paragraph', runs: [{ text: 'Ms A ', bold: true }, { text: 'complains.' }] },
        { kind: 'list', ordered: false, items: [[{ text: 'one thing' }], [{ text: 'another' }]] },
        { kind: 'table', columns: [{ title: 'Point', width: 0.5 }, { title: 'Finding', width: 0.5 }], rows: [[[{ text: '1' }], [{ text: 'Upheld' }]]] },
        { kind: 'pageBreak' },
      ],
    };
    expect(documentWords(model)).toBe(2 + 3 + 3 + 2 + 2);
  });

  it('grows by exactly the words added to a finding of the sample case', () => {
    const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../../assets/sample-case.json'), 'utf8')) as CaseData;
    const templates = loadTemplates(sample.authority.name, TEMPLATES_DIR);
    const words = (data: CaseData) => documentWords(buildDocument('io-report', data, { named: false, draft: true, templates, today: '2025-01-10' }));
    const before = words(sample);
    const finding = sample.findings![0]!;
    const after = words({ ...sample, findings: [{ ...finding, analysis: `${finding.analysis} Seven more words are added right here.` }, ...sample.findings!.slice(1)] });
    expect(after - before).toBe(7);
  });
});
