// The chapters of the IO report that the Investigating Officer writes in their own words
// (the case's `investigation` section), in the report's order: what each is called on screen,
// a line on what goes in it, and the standard paragraphs (templates/paragraphs) it offers to
// start from. The rest of the report (the findings, chronology, tables, appendices) is built
// from other parts of the casefile.
import type { InvestigationData } from '../interchange/schema.ts';

export interface StandardParagraphOffer {
  /** The file's name in templates/paragraphs, without ".txt" (an authority pack may override it). */
  name: string;
  /** What the button inserts, in a few words. */
  title: string;
}

export interface IoReportChapter {
  field: keyof InvestigationData;
  heading: string;
  guidance: string;
  paragraphs: readonly StandardParagraphOffer[];
}

export const ioReportChapters: readonly IoReportChapter[] = [
  {
    field: 'introduction',
    heading: 'Introduction and commissioning',
    guidance: 'Who commissioned the investigation and when, under which procedure, and who was appointed as Independent Person. The roles of the Investigating Officer and the Independent Person, and who may read the report, are printed after it.',
    paragraphs: [{ name: 'io-introduction', title: 'Commissioning' }],
  },
  {
    field: 'methodology',
    heading: 'Methodology',
    guidance: 'How the investigation was carried out: meeting the complainant to agree the Statement of Complaint, the records and documents read, who was interviewed and how, and the Independent Person’s part. The people interviewed and the standard of proof are printed after it.',
    paragraphs: [{ name: 'io-methodology', title: 'How the investigation was carried out' }],
  },
  {
    field: 'legalFramework',
    heading: 'Law, guidance and policy',
    guidance: 'The legislation, statutory guidance and the council’s own policies and procedures that the service is measured against, one to a line starting “- ” if you want a list.',
    paragraphs: [{ name: 'io-legal-framework', title: 'The complaints procedure in law' }],
  },
  {
    field: 'background',
    heading: 'Background',
    guidance: 'What the reader needs to know before the findings: the child and family, the services involved, and what happened before the complaint. The background to the complaint (on the Complaint screen) is printed first, and the chronology after.',
    paragraphs: [{ name: 'io-background', title: 'Where the background comes from' }],
  },
  {
    field: 'conclusion',
    heading: 'Conclusions',
    guidance: 'The findings taken together: what went wrong and what went well, any theme across the points, and what the council should learn. The recommendations are listed after it.',
    paragraphs: [{ name: 'io-conclusion', title: 'Summing up the findings' }],
  },
];
