// The citation reader (shared/citations): what is and is not a citation, what each resolves
// to in a real case, the readiness problem for one that resolves to nothing, and the sources a
// finding's texts link to it.
import { describe, expect, it } from 'vitest';
import { citablePrefixes, citationText, findCitations, refsOf, type ReferenceCitation } from '../../../shared/citations/references.ts';
import { citationProblems, citedSources, sourceIndex, withCitedSources } from '../../../shared/citations/resolve.ts';
import { checkReadiness } from '../../../shared/readiness/index.ts';
import { citingSummary, rewriteCitations, rewriteEdits, sequentialRenames, textsCiting } from '../../../shared/citations/renumber.ts';
import { sample } from '../documents/helpers.ts';

const refs = (text: string, prefixes?: string[]) => findCitations(text, prefixes).map((c) => (c.kind === 'reference'
  ? `${text.slice(c.start, c.end)} => ${c.ref}${c.to ? `..${c.to.ref}` : ''}${c.page ? ` p${c.page.from}${c.page.to ? `-${c.page.to}` : ''}` : ''}`
  : `${text.slice(c.start, c.end)} => ${c.date}`));

describe('finding citations in text', () => {
  it('reads a reference, with a page or pages, in the ways people write them', () => {
    expect(refs('See D3, and D3, p. 4; also D3 p4 and D3, p.12 and D3, pp. 4-6 (I2).')).toEqual([
      'D3 => D3', 'D3, p. 4 => D3 p4', 'D3 p4 => D3 p4', 'D3, p.12 => D3 p12', 'D3, pp. 4-6 => D3 p4-6', 'I2 => I2',
    ]);
  });

  it('reads page 0 and a range of pages written backwards as written (resolving them names the mistake)', () => {
    expect(refs('D3, p. 0 and D3, pp. 6-4')).toEqual(['D3, p. 0 => D3 p0', 'D3, pp. 6-4 => D3 p6-4']);
  });

  it('reads a range of one prefix, with a hyphen or an en dash', () => {
    expect(refs('the records (D3-D5) and I1–I3, but not D3-I5')).toEqual(['D3-D5 => D3..D5', 'I1–I3 => I1..I3', 'D3 => D3', 'I5 => I5']);
  });

  it('reads a chronology entry by its date as documents print it', () => {
    expect(refs('On that day (chronology, 3 March 2024) and Chronology, 31 February 2024.')).toEqual(['chronology, 3 March 2024 => 2024-03-03']);
  });

  it('leaves alone what is not a citation', () => {
    expect(refs('AD3, D3.5, d3, D, ID, I, 3D, D3a, BD12, the A4 form, Form C1, x_D3')).toEqual([]);
  });

  it('reads the prefixes a case uses as well as D and I', () => {
    expect(citablePrefixes(['P1', 'DC2', 'Doc 3', 'D1'])).toEqual(['DC', 'D', 'I', 'P']);
    expect(refs('P4 and DC2 and D2', citablePrefixes(['P1', 'DC2']))).toEqual(['P4 => P4', 'DC2 => DC2', 'D2 => D2']);
  });

  it('names the references of a range that exist, and both ends always', () => {
    const [range] = findCitations('D2–D6') as ReferenceCitation[];
    expect(refsOf(range!, (r) => ['D2', 'D4', 'D6'].includes(r))).toEqual(['D2', 'D4', 'D6']);
  });

  it('writes a citation as the picker inserts it', () => {
    expect(citationText({ ref: 'D3' })).toBe('D3');
    expect(citationText({ ref: 'D3', page: 4 })).toBe('D3, p. 4');
    expect(citationText({ date: '2024-03-03' })).toBe('chronology, 3 March 2024');
  });
});

describe('citations that point to nothing', () => {
  it('the sample case’s citations all resolve', () => {
    expect(citationProblems(sample())).toEqual([]);
  });

  it('blocks the documents that print the text, naming the citation and the text’s place', () => {
    const data = sample();
    const finding = data.findings![0]!;
    finding.analysis = `${finding.analysis} See D99, p. 2, I9 and chronology, 1 January 2001.`;
    const problems = citationProblems(data);
    expect(problems.map((p) => `${p.severity} | ${p.place}: ${p.message} | ${p.path} | ${p.documents.join(',')}`)).toEqual([
      'blocking | point 1, analysis: D99 is not a document of this case | findings[0].analysis | io-report',
      'blocking | point 1, analysis: I9 is not an interview of this case | findings[0].analysis | io-report',
      'blocking | point 1, analysis: the chronology has no entry on 1 January 2001 | findings[0].analysis | io-report',
    ]);
    expect(problems[0]!.text).toEqual({ field: 'findings.analysis', recordId: finding.pointId });
    expect(problems[0]!.pointId).toBe(finding.pointId);
    expect(checkReadiness(data, 'io-report').filter((p) => p.message.includes('D99'))).toHaveLength(1);
    expect(checkReadiness(data, 'ip-report').filter((p) => p.message.includes('D99'))).toHaveLength(0);
  });

  it('a range with a missing end, and a section’s text', () => {
    const data = sample();
    data.investigation = { ...data.investigation, methodology: 'I read D1–D40 and I1-I2.' };
    expect(citationProblems(data).map((p) => `${p.place}: ${p.message} | ${p.path}`)).toEqual(['methodology: D40 is not a document of this case | investigation.methodology']);
  });

  it('a text that is not prose is not read for citations', () => {
    const data = sample();
    data.evidence![0]!.title = 'Form D77';
    expect(citationProblems(data)).toEqual([]);
  });
});

describe('a page cited of a document', () => {
  const SHA = 'a'.repeat(64);
  /** The sample with a file of `SHA` attached to D3, and point 1's analysis citing `citation`. */
  const citing = (citation: string) => {
    const data = sample();
    const d3 = data.evidence!.find((e) => e.ref === 'D3')!;
    d3.attachment = { fileName: 'emails.pdf', mediaType: 'application/pdf', size: 1000, sha256: SHA };
    data.findings![0]!.analysis = `The emails went unanswered (${citation}).`;
    return data;
  };
  const problems = (citation: string, pages?: number) => citationProblems(citing(citation), pages === undefined ? {} : { filePages: new Map([[SHA, pages]]) })
    .map((p) => `${p.severity} | ${p.place}: ${p.message} | ${p.path}`);

  it('beyond the pages of its file is blocking, naming how many it has', () => {
    expect(problems('D3, p. 40', 5)).toEqual(['blocking | point 1, analysis: D3 has 5 pages; there is no page 40 | findings[0].analysis']);
    expect(problems('D3, p. 2', 1)).toEqual(['blocking | point 1, analysis: D3 has 1 page; there is no page 2 | findings[0].analysis']);
  });

  it('a range partly or wholly beyond the file names the pages it does not have', () => {
    expect(problems('D3, pp. 4-6', 5)).toEqual(['blocking | point 1, analysis: D3 has 5 pages; there is no page 6 | findings[0].analysis']);
    expect(problems('D3, pp. 4-7', 5)).toEqual(['blocking | point 1, analysis: D3 has 5 pages; there are no pages 6 and 7 | findings[0].analysis']);
    expect(problems('D3, pp. 38-41', 5)).toEqual(['blocking | point 1, analysis: D3 has 5 pages; there are no pages 38 to 41 | findings[0].analysis']);
  });

  it('within the file, on its last page, or of a file whose pages are not known, is no problem', () => {
    expect(problems('D3, p. 5', 5)).toEqual([]);
    expect(problems('D3, pp. 1-5', 5)).toEqual([]);
    expect(problems('D3, p. 40')).toEqual([]);
    // The count belongs to the file's content: a count for another file says nothing of D3's.
    expect(citationProblems(citing('D3, p. 40'), { filePages: new Map([['b'.repeat(64), 5]]) })).toEqual([]);
    // A document with no file attached.
    const data = citing('D3, p. 40');
    delete data.evidence!.find((e) => e.ref === 'D3')!.attachment;
    expect(citationProblems(data, { filePages: new Map([[SHA, 5]]) })).toEqual([]);
  });

  it('page 0, or a range written backwards, is a problem whatever the file', () => {
    expect(problems('D3, p. 0')).toEqual(['blocking | point 1, analysis: D3 has no page 0: pages are numbered from 1 | findings[0].analysis']);
    expect(problems('D3, pp. 0-2', 5)).toEqual(['blocking | point 1, analysis: D3 has no page 0: pages are numbered from 1 | findings[0].analysis']);
    expect(problems('D3, pp. 6-4')).toEqual(['blocking | point 1, analysis: the pages of D3 are written backwards (pp. 6-4): write pp. 4-6 | findings[0].analysis']);
  });

  it('a page of a range of documents is not checked against one file', () => {
    expect(problems('D2–D3, p. 40', 5)).toEqual([]);
  });

  it('readiness blocks the documents printing the text, with the context it is given', () => {
    const data = citing('D3, p. 40');
    const context = { filePages: new Map([[SHA, 5]]) };
    expect(checkReadiness(data, 'io-report', context).filter((p) => p.message === 'D3 has 5 pages; there is no page 40').map((p) => p.severity)).toEqual(['blocking']);
    expect(checkReadiness(data, 'io-report').filter((p) => p.message.includes('no page'))).toEqual([]);
  });
});

describe('the sources a finding cites', () => {
  const data = sample();
  const d3 = data.evidence!.find((e) => e.ref === 'D3')!;
  const d1 = data.evidence!.find((e) => e.ref === 'D1')!;
  const i2 = data.interviews!.find((i) => i.ref === 'I2')!;
  const base = { pointId: data.statement.points[0]!.id, outcome: 'upheld' as const };

  it('are found each once, in the order cited, and only those that exist', () => {
    expect(citedSources('D3, p. 2 and I2 and D3 again, D99', sourceIndex(data)).map((s) => s.id)).toEqual([d3.id, i2.id]);
  });

  it('are linked when the texts change, after the links made by hand', () => {
    const before = { ...base, sourceIds: ['by-hand'] };
    expect(withCitedSources({ ...before, analysis: 'D3, p. 2 and I2; D3.' }, before, data).sourceIds).toEqual(['by-hand', d3.id, i2.id]);
  });

  it('a link made by hand or in an earlier session stays when its citation goes', () => {
    const before = { ...base, sourceIds: ['by-hand', d3.id], analysis: 'D3' };
    expect(withCitedSources({ ...before, analysis: 'Nothing cited.' }, before, data).sourceIds).toEqual(['by-hand', d3.id]);
  });

  it('a link made as the text was typed goes when its citation goes (D1 on the way to D12)', () => {
    const auto = new Set<string>();
    const typing = withCitedSources({ ...base, analysis: 'See D1' }, base, data, auto);
    expect(typing.sourceIds).toEqual([d1.id]);
    const typed = withCitedSources({ ...typing, analysis: 'See D3' }, typing, data, auto);
    expect(typed.sourceIds).toEqual([d3.id]);
    expect([...auto]).toEqual([d3.id]);
  });

  it('nothing changes when the texts do not (a source unlinked by hand stays unlinked)', () => {
    const before = { ...base, sourceIds: [d3.id], analysis: 'D3' };
    const unlinked = { ...before, sourceIds: undefined };
    expect(withCitedSources(unlinked, before, data)).toBe(unlinked);
  });
});

describe('renaming references and the texts that cite them', () => {
  it('rewrites each citation of a renamed reference, pages and ranges kept, all at once', () => {
    const renames = new Map([['D3', 'D4'], ['D4', 'D3'], ['I2', 'I9']]);
    expect(rewriteCitations('D3, p. 4 and D4 p2; D3–D5; D1-D4; I2 and I12; AD3', renames, ['D', 'I']))
      .toEqual({ text: 'D4, p. 4 and D3 p2; D4–D5; D1-D3; I9 and I12; AD3', count: 5 });
    expect(rewriteCitations('Nothing here.', renames, ['D', 'I'])).toEqual({ text: 'Nothing here.', count: 0 });
  });

  it('finds the texts that cite it and writes each holder once, whole', () => {
    const data = sample();
    const f = data.findings![0]!;
    f.analysis = 'D2 shows it (D2, p. 3).';
    f.evidence = 'See D2.';
    data.investigation!.methodology = 'I read D1–D2.';
    data.evidence![1]!.title = 'Form D2';
    const texts = textsCiting(data, new Map([['D2', 'D7']]));
    expect(texts.map((t) => `${t.place}: ${t.after} (${t.count})`)).toEqual([
      'methodology: I read D1–D7. (1)', 'point 1, evidence: See D7. (1)', 'point 1, analysis: D7 shows it (D7, p. 3). (2)',
    ]);
    expect(citingSummary(texts)).toEqual({ references: 4, texts: 3 });
    const edits = rewriteEdits(data, texts);
    expect(edits).toHaveLength(2);
    expect(edits[0]).toEqual({ section: 'investigation', value: { ...data.investigation, methodology: 'I read D1–D7.' } });
    expect(edits[1]).toEqual({ collection: 'findings', record: { ...f, evidence: 'See D7.', analysis: 'D7 shows it (D7, p. 3).' } });
  });

  it('numbers references 1 to n in their order', () => {
    expect([...sequentialRenames(['D1', 'D3', 'D2', 'D9'], 'D')]).toEqual([['D3', 'D2'], ['D2', 'D3'], ['D9', 'D4']]);
  });
});
