// One small document model for every document Impartial produces (docs/contracts/design.md section 6).
// The builders in shared/documents turn a case into this; the two renderers in electron/core
// (DOCX with `docx`, PDF with `pdfkit`) each switch exhaustively over Block['kind'].
// Text here is always plain text: nothing in a run is ever interpreted as markup.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Where the text came from, in the user's words, for the leak check's report ("point 2a, analysis"); not rendered. */
  source?: string;
  /** The field the text was cut from, when it is not the whole field as stored (see FieldOrigin); not rendered. */
  field?: FieldOrigin;
  /** Never broken across lines (a date in a table: "31 December 2025", not "31 December / 2025"). */
  noWrap?: boolean;
}

/**
 * The case field a run's or heading's text was taken from, when the text printed is not the
 * field's whole text as stored (one paragraph of a long text, or "Point 2: " before a
 * summary). A "not a name here" mark is made on the field's text; this lets it apply where
 * the field is printed.
 */
export interface FieldOrigin {
  /** The field's whole text, as stored. */
  text: string;
  /** Where the printed text starts in `text` (a character offset). */
  start: number;
  /** Characters printed before the field's text starts ("Point 2: "). */
  lead?: number;
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1 = document section, 2 = sub-section (e.g. one complaint point), 3 = within it. */
  level: 1 | 2 | 3;
  text: string;
  /** Where the text came from, in the user's words, for the leak check's report; not rendered. */
  source?: string;
  /** The field the text was taken from, when the heading prints more than the field (see FieldOrigin); not rendered. */
  field?: FieldOrigin;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  /** 'title' and 'subtitle' open a document; 'address' is a letter's address block (no spacing after). */
  style?: 'normal' | 'title' | 'subtitle' | 'address' | 'small' | 'quote';
  align?: 'left' | 'right' | 'center';
  /** On the same page as the start of the next block (a label, a line of a signature). See keep.ts. */
  keepWithNext?: boolean;
  /** On the same page as the end of the block before it ("Yours sincerely" after the last paragraph). See keep.ts. */
  keepWithPrevious?: boolean;
  /** The paragraph's number, printed in the left margin (a fact-check draft: paragraph-numbers.ts). */
  number?: number;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: Run[][];
  /** Each item's paragraph number, printed in the left margin (a fact-check draft: paragraph-numbers.ts). */
  numbers?: number[];
}

export interface TableColumn {
  title: string;
  /** Share of the text width, 0..1; the shares of a table add up to 1. */
  width: number;
}

export interface TableBlock {
  kind: 'table';
  /** The header row: repeated at the top of every page the table runs onto. */
  columns: TableColumn[];
  rows: Run[][][];
  /** What a screen reader announces for the table. */
  caption?: string;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export interface ImageBlock {
  kind: 'image';
  /** PNG or JPEG bytes (an authority pack's logo). */
  data: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  /** Width on the page in points; the height keeps the image's proportions. */
  width: number;
  alt: string;
  align?: 'left' | 'right' | 'center';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | PageBreakBlock | ImageBlock;

export interface DocumentModel {
  /** Shown as the PDF's title and the DOCX's title property. */
  title: string;
  author: string;
  subject?: string;
  /** The classification marking printed in every header and footer, e.g. OFFICIAL-SENSITIVE. */
  classification: string;
  /** A short reference printed in the header beside the classification (e.g. the authority's case reference). */
  reference?: string;
  /** When true, DRAFT is printed across every page. */
  draft: boolean;
  /** An issued copy's version, printed at the foot of every page: "Version 2, issued 3 March 2026". */
  version?: string;
  /** The file's keywords property: which document this is ("Impartial document: IO report; version 2; issued 2026-03-03"). */
  keywords?: string;
  language: 'en-GB';
  blocks: Block[];
}

export const text = (value: string, style?: Omit<Run, 'text'>): Run => ({ text: value, ...style });
