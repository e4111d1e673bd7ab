// "Ready" tells the truth, and the documents say what a council would send (issue 10, items 5
// and 6), checked on real files: each document is made as the app and the command line make it
// (produceDocument: readiness, templates, model, leak check, renderer), then read back from the
// PDF (pdftotext) and from the Word document's XML.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { NotReadyError, produceDocument } from '../../../electron/core/documents/produce.ts';
import type { DocumentKind } from '../../../shared/api.ts';
import { documentKinds } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { sample, stage3Sample } from '../../unit/documents/helpers.ts';
import { paragraphs } from './docx-xml.ts';
import { squash } from './pages.ts';
import { docxParts, hasTool, pdfText, tempDir, writeTemp } from './tools.ts';

const dir = tempDir('complete');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readers = hasTool('pdftotext');
let files = 0;

interface Made {
  /** The PDF's text, white space squashed. */
  pdf: string;
  /** The Word document's body paragraphs, in order, with their styles. */
  docx: ReturnType<typeof paragraphs>;
  /** The Word document's text, white space squashed. */
  word: string;
}

/** The document made both ways, as a final copy unless `draft`. */
async function make(kind: DocumentKind, data: CaseData, options: { named?: boolean; draft?: boolean } = {}): Promise<Made> {
  const common = { named: options.named ?? false, draft: options.draft ?? false, today: '2025-07-09' };
  const pdf = await produceDocument(data, kind, { ...common, format: 'pdf' });
  const docx = await produceDocument(data, kind, { ...common, format: 'docx' });
  const path = writeTemp(dir, `${kind}-${files++}.pdf`, pdf.bytes);
  const body = paragraphs(docxParts(docx.bytes)['word/document.xml']!);
  return { pdf: squash(pdfText(path)), docx: body, word: squash(body.map((p) => p.text).join(' ')) };
}

/** Headings in the Word document with nothing under them: the next paragraph is a heading of the same level or above, or there is none. */
function emptySections(docx: Made['docx']): string[] {
  const level = (p: Made['docx'][number]) => Number(/^Heading(\d)$/.exec(p.style ?? '')?.[1] ?? 0);
  const body = docx.filter((p) => level(p) > 0 || p.text.trim() !== '');
  return body.flatMap((p, i) => {
    const l = level(p);
    if (!l) return [];
    const next = body[i + 1];
    return !next || (level(next) > 0 && level(next) <= l) ? [p.text] : [];
  });
}

async function refusal(kind: DocumentKind, data: CaseData): Promise<NotReadyError> {
  const error = await produceDocument(data, kind, { format: 'pdf' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotReadyError);
  return error as NotReadyError;
}

describe.runIf(readers)('"Ready" tells the truth', () => {
  it('prints no heading over an empty section in any of the five documents of the sample case', async () => {
    for (const kind of documentKinds) {
      const made = await make(kind, stage3Sample());
      expect(emptySections(made.docx), kind).toEqual([]);
    }
  });

  it('leaves out an empty chapter of the IO report, heading and all, and the outcomes sought when there are none', async () => {
    const data = sample();
    delete data.complaint.background;
    delete data.investigation!.background;
    data.chronology = [];
    for (const p of data.statement.points) delete p.desiredOutcome;
    const made = await make('io-report', data);
    for (const text of [made.pdf, made.word]) {
      expect(text).not.toContain('Background');
      expect(text).not.toContain('Chronology');
      expect(text).not.toContain('Outcomes sought');
      expect(text).not.toContain('would like the following outcomes');
      // The chapters around them are still there.
      expect(text).toContain('Law, guidance and policy');
      expect(text).toContain('Findings Point 1:');
    }
    expect(emptySections(made.docx)).toEqual([]);
  });

  it('leaves out a finding\'s empty Analysis in a final copy, and says it is missing in a DRAFT', async () => {
    const data = sample();
    delete data.findings!.find((f) => f.pointId === 'pt-3')!.analysis;
    const final = await make('io-report', data);
    // The point's section in the findings: from its heading to the next point's.
    const point3 = (text: string) => text.slice(text.indexOf('Point 3: Family time was changed without consulting Ms A The complaint'), text.indexOf('Point 4: The assessment of June 2024 contains factual errors The complaint'));
    expect(point3(final.pdf)).toContain('Finding Not upheld.');
    expect(point3(final.pdf)).not.toContain('Analysis');
    expect(point3(final.word)).not.toContain('Analysis');
    expect(final.pdf).not.toContain('has been written for this point yet');
    const draft = await make('io-report', data, { draft: true });
    expect(point3(draft.pdf)).toContain('Analysis No analysis has been written for this point yet.');
  });

  it.each([
    ['introduction', 'Introduction and commissioning'],
    ['methodology', 'Methodology'],
    ['legalFramework', 'Law, guidance and policy'],
    ['conclusion', 'Conclusions'],
  ] as const)('refuses the IO report when investigation.%s ("%s") is empty', async (field, chapter) => {
    const data = sample();
    data.investigation![field] = '  ';
    const error = await refusal('io-report', data);
    expect(error.message).toContain(`IO report: the chapter "${chapter}" is not written`);
    expect(error.problems.find((p) => p.severity === 'blocking')?.path).toBe(`investigation.${field}`);
    // A marked draft can still be made, to read it.
    const draft = await make('io-report', data, { draft: true });
    // DRAFT is drawn across the page, so pdftotext reads its letters apart.
    expect(draft.pdf).toMatch(/D ?R ?A ?F ?T/);
  });

  it('refuses the letter until it can say how to ask for a review panel, and prints the way there is', async () => {
    const data = sample();
    data.authority.complaintsManager = { name: 'Ruth Adeyemi' };
    delete data.authority.address;
    const error = await refusal('adjudication-letter', data);
    expect(error.message).toContain("complaints manager: the letter cannot say how to ask for a review panel: record the complaints manager's email or telephone, or the council's address");
    expect(error.problems.find((p) => p.severity === 'blocking')?.path).toBe('authority.complaintsManager.email');

    const byEmail = structuredClone(data);
    byEmail.authority.complaintsManager = { email: 'panel.requests@exampleton.example' };
    const emailed = await make('adjudication-letter', byEmail);
    for (const text of [emailed.pdf, emailed.word]) {
      // (The PDF's text has the list's bullet; the Word document's bullet is numbering, not text.)
      expect(text).toMatch(/Please contact the complaints manager, saying which points you remain dissatisfied with and why: (• )?email: panel\.requests@exampleton\.example/);
      expect(text).not.toContain('post:');
    }

    const byPost = structuredClone(data);
    byPost.authority.complaintsManager = {};
    byPost.authority.address = ['Complaints Team', 'Exampleton Civic Centre', '1 Market Square', 'London E99 9XX'];
    const posted = await make('adjudication-letter', byPost);
    for (const text of [posted.pdf, posted.word]) {
      expect(text).toMatch(/why: (• )?post: London Borough of Exampleton, Complaints Team, Exampleton Civic Centre, 1 Market Square, London E99 9XX/);
    }

    // A Welsh letter has no Stage 3 paragraph, so nothing to say there.
    const wales = structuredClone(data);
    wales.case.procedure = 'wales-2014';
    expect((await produceDocument(wales, 'adjudication-letter', { format: 'pdf' })).bytes.byteLength).toBeGreaterThan(0);
  });

  it('offers a meeting only when one is offered', async () => {
    const offered = await make('adjudication-letter', sample());
    expect(offered.pdf).toContain('Meeting to discuss this response I would be happy to meet you');
    const data = sample();
    data.adjudication!.meetingOffered = false;
    const notOffered = await make('adjudication-letter', data);
    for (const text of [notOffered.pdf, notOffered.word]) {
      expect(text).not.toContain('Meeting to discuss this response');
      expect(text).not.toContain('happy to meet you');
    }
  });
});

describe.runIf(readers)('documents a council would send', () => {
  it('gives each recommendation\'s text in the letter\'s action plan', async () => {
    const data = sample();
    const made = await make('adjudication-letter', data);
    for (const text of [made.pdf, made.word]) {
      const plan = text.slice(text.indexOf('What we will do'), text.indexOf('Apology'));
      for (const r of data.recommendations!) expect(plan).toContain(squash(r.text).slice(0, 40));
      expect(plan).not.toMatch(/Rec\./);
    }
  });

  it('says in the named report\'s appendix that names are used, and labels in the anonymised one', async () => {
    const named = await make('io-report', sample(), { named: true });
    const anonymised = await make('io-report', sample());
    for (const text of [named.pdf, named.word]) {
      expect(text).toContain('People are listed by name and by their role.');
      expect(text).not.toContain('by the label used in this report');
    }
    for (const text of [anonymised.pdf, anonymised.word]) expect(text).toContain('People are listed by the label used in this report and by their role.');
  });

  it('never doubles a full stop after text that ends a sentence', async () => {
    const data = stage3Sample();
    data.statement.points[0]!.summary = 'The looked-after review was not held on time.';
    data.statement.points[1]!.summary = 'Why were calls and emails to the social worker not answered?';
    data.statement.points.find((p) => p.scope === 'out')!.summary = 'The decision to apply for a care order.';
    data.authority.name = 'Exampleton Children’s Trust Ltd.';
    for (const kind of documentKinds) {
      const made = await make(kind, data);
      for (const text of [made.pdf, made.word]) {
        expect(text, kind).not.toMatch(/[^.]\.\.(?!\.)|[?!]\./);
      }
      if (kind === 'adjudication-letter') expect(made.pdf).toContain('Point 1: The looked-after review was not held on time. The Investigating Officer');
      if (kind === 'panel-report') expect(made.pdf).toContain('made by Ms A to Exampleton Children’s Trust Ltd. •');
    }
  });

  it('gives the panel\'s view on each point in the Statement\'s order, whatever the order it was entered in', async () => {
    const data = stage3Sample();
    data.panel!.points.reverse();
    expect(data.panel!.points.map((p) => p.pointId)).toEqual(['pt-3', 'pt-2']);
    const made = await make('panel-report', data);
    for (const text of [made.pdf, made.word]) {
      const views = text.slice(text.indexOf("The panel's view on each point"));
      expect(views.indexOf('Point 2:')).toBeGreaterThan(-1);
      expect(views.indexOf('Point 2:')).toBeLessThan(views.indexOf('Point 3:'));
    }
  });
});
