// DocumentModel -> Word (.docx) with the `docx` package (docs/contracts/design.md section 6).
// Real Word styles (Title, Heading1..3) so the navigation pane shows the outline; tables whose
// header row repeats on every page (w:tblHeader); the classification in header and footer;
// "Page X of Y" as PAGE / NUMPAGES fields; Arial body text (Liberation Sans, shipped for the PDF,
// is metric-compatible, so LibreOffice lays it out the same).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  StringContainer,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IParagraphOptions, IRunOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { imageSize } from 'image-size';
import { keepsWhole, keepsWithNext } from '../../../shared/document/keep.ts';
import type { Block, DocumentModel, ImageBlock, ListBlock, ParagraphBlock, Run, TableBlock } from '../../../shared/document/model.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { wrapRuns } from './pdf-text.ts';
import type { Measure } from './pdf-text.ts';
import { columnWidths } from './table-columns.ts';
import { packDocx } from './docx-package.ts';
import { textMeasure } from './text-measure.ts';
import { theme } from './theme.ts';

// A4 in twentieths of a point, 2.5 cm side margins (1 cm = 567 twips).
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1418, right: 1418, header: 709, footer: 709 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Arial';
const pt = (points: number) => points * 2; // docx run sizes are half-points
const twips = (points: number) => Math.round(points * 20);

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const lists = { next: 0 };
  // Word puts no space under a table; the paragraph or list after one gets it as space before.
  const children = doc.blocks.flatMap((block, i) => {
    const previous = doc.blocks[i - 1];
    // A page break is the next paragraph's "page break before", not a paragraph of its own: an
    // empty paragraph holding the break would make a blank page whenever the page before is full.
    if (block.kind === 'pageBreak' && breaksBefore(doc.blocks[i + 1])) return [];
    return blockToDocx(block, lists, {
      before: previous?.kind === 'table' ? twips(theme.paragraphGap * 2) : 0,
      keepNext: keepsWithNext(doc.blocks, i),
      breakBefore: previous?.kind === 'pageBreak' && breaksBefore(block),
    });
  });
  const document = new Document({
    title: doc.title,
    creator: doc.author,
    lastModifiedBy: doc.author,
    subject: doc.subject ?? '',
    description: doc.subject ?? '',
    ...(doc.keywords ? { keywords: doc.keywords } : {}),
    styles: styles(doc),
    numbering: numbering(),
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGIN },
        },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
        children,
      },
    ],
  });
  // The document's language in its properties too (dc:language), for search and accessibility
  // checkers that look there rather than at the runs. docx has no option for it; core.xml's
  // elements may come in any order (an xsd:all), so it is added at the end.
  document.CoreProperties.addChildElement(new StringContainer('dc:language', doc.language));
  return packDocx(document);
}

type DocxBlock = Paragraph | Table;

/** Blocks that start with a paragraph, which can carry a page break before it. */
const breaksBefore = (block: Block | undefined): boolean => block?.kind === 'heading' || block?.kind === 'paragraph' || block?.kind === 'list';

interface Placement {
  /** Extra space above the block, in twips (headings have their own). */
  before: number;
  /** The block ends on the page where the next starts (shared/document/keep.ts; headings keep with the next by their style). */
  keepNext: boolean;
  /** The block starts a new page. */
  breakBefore: boolean;
}

function blockToDocx(block: Block, lists: { next: number }, { before, keepNext, breakBefore }: Placement): DocxBlock[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: [new TextRun(block.text)],
          ...(breakBefore ? { pageBreakBefore: true } : {}),
        }),
      ];
    case 'paragraph':
      return [paragraph(block, before, keepNext, breakBefore)];
    case 'list':
      return list(block, lists.next++, before, keepNext, breakBefore);
    case 'table':
      return [table(block, keepNext)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'image':
      return [image(block)];
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
    }
  }
}

// Word has no "keep on one line" for a run of text: its no-break space holds the words together.
const noBreak = (text: string) => text.trim().replace(/\s+/g, '\u00A0');

function runs(items: Run[], extra: IRunOptions = {}): TextRun[] {
  return items.map((r) => new TextRun({ ...extra, text: r.noWrap ? noBreak(r.text) : r.text, bold: r.bold || extra.bold, italics: r.italic || extra.italics }));
}

const PARAGRAPH_STYLE: Record<NonNullable<ParagraphBlock['style']>, string | undefined> = {
  normal: undefined,
  title: 'Title',
  subtitle: 'Subtitle',
  address: 'Address',
  small: 'Small',
  quote: 'Quote',
};

// A fact-check draft's paragraph numbers (shared/document/paragraph-numbers.ts) stand in the left
// margin, as in the PDF: the first line hangs out into the margin by NUMBER_HANG and holds the
// number, then a tab to where the text starts (a hanging indent is a tab stop in Word).
const NUMBER_HANG = 567;
const QUOTE_INDENT = 360;
const marginNumber = (n: number): TextRun[] => [new TextRun({ text: String(n), color: theme.muted, italics: false }), new TextRun({ children: [new Tab()] })];

function paragraph(block: ParagraphBlock, before = 0, keepNext = false, breakBefore = false): Paragraph {
  const left = block.style === 'quote' ? QUOTE_INDENT : 0;
  const options: IParagraphOptions = {
    ...(breakBefore ? { pageBreakBefore: true } : {}),
    children: block.number === undefined ? runs(block.runs) : [...marginNumber(block.number), ...runs(block.runs)],
    ...(block.number === undefined ? {} : { indent: { left, hanging: left + NUMBER_HANG } }),
    ...(block.align ? { alignment: ALIGN[block.align] } : {}),
    ...(before ? { spacing: { before } } : {}),
    ...(keepNext ? { keepNext: true } : {}),
    // A line of a signature, or a label: short, and never split.
    ...(block.keepWithNext || block.keepWithPrevious ? { keepLines: true } : {}),
  };
  const style = PARAGRAPH_STYLE[block.style ?? 'normal'];
  if (style === 'Title') return new Paragraph({ ...options, heading: HeadingLevel.TITLE });
  return new Paragraph(style ? { ...options, style } : options);
}

function list(block: ListBlock, instance: number, before = 0, keepNext = false, breakBefore = false): Paragraph[] {
  const whole = keepsWhole(block);
  return block.items.map((item, i) => {
    const last = i === block.items.length - 1;
    const number = block.numbers?.[i];
    if (number !== undefined) {
      // Numbered in the margin: the bullet (or item number) is written out, since a list's own
      // numbering would put its label where the paragraph number goes.
      return new Paragraph({
        ...(breakBefore && i === 0 ? { pageBreakBefore: true } : {}),
        children: [...marginNumber(number), new TextRun({ text: block.ordered ? `${i + 1}.` : '\u2022' }), new TextRun({ children: [new Tab()] }), ...runs(item)],
        ...(before && i === 0 ? { spacing: { before } } : {}),
        style: 'ListParagraph',
        indent: { left: 540, hanging: 540 + NUMBER_HANG },
        tabStops: [{ type: TabStopType.LEFT, position: 240 }],
        ...((last ? keepNext : whole) ? { keepNext: true } : {}),
        ...(whole ? { keepLines: true } : {}),
      });
    }
    return new Paragraph({
      ...(breakBefore && i === 0 ? { pageBreakBefore: true } : {}),
      children: runs(item),
      ...(before && i === 0 ? { spacing: { before } } : {}),
      style: 'ListParagraph',
      // Each ordered list is its own numbering instance, so it restarts at 1.
      numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0, instance },
      // A short list is kept on one page: each item whole and with the next; the last item
      // with what follows only when the list keeps with it.
      ...((last ? keepNext : whole) ? { keepNext: true } : {}),
      ...(whole ? { keepLines: true } : {}),
    });
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: theme.rule };

/** Column widths in twips, adding up to the text width: the PDF's (table-columns.ts), or the builder's shares without the fonts. */
function widthsOf(block: TableBlock): number[] {
  let points: number[];
  try {
    const { measure, coverage } = textMeasure();
    points = columnWidths(block, TEXT_WIDTH / 20, measure, coverage);
  } catch (error) {
    // The Word document needs no fonts of its own: without them it falls back to the builder's shares.
    if (!(error instanceof ImpartialError && error.code === 'fonts-missing')) throw error;
    points = block.columns.map((c) => (c.width * TEXT_WIDTH) / 20);
  }
  const widths = points.map((w) => Math.floor(w * 20));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Whether a row of cells at these widths (twips) fits on a page, as the PDF measures it: only such rows are kept whole. */
function fitsOnAPage(row: Run[][], widths: number[]): boolean {
  // Word's table text is 10 pt at 1.05 line spacing; a page holds about 700 pt of text.
  const linesFit = (lines: number) => lines * theme.tableSize * 1.25 + 12 < (PAGE.height - MARGIN.top - MARGIN.bottom) / 20 - 40;
  const characters = row.map((cell) => cell.reduce((n, r) => n + r.text.length, 0));
  // Every line holds a character at least, so a row of short cells (most rows) fits whatever
  // the widths: the answer laying the cells out would give, without laying them out.
  if (linesFit(Math.max(1, ...characters))) return true;
  let measure: Measure;
  try {
    measure = textMeasure().measure;
  } catch {
    return characters.every((n) => n < 600);
  }
  return linesFit(Math.max(1, ...row.map((cell, c) => wrapRuns(cell, theme.tableSize, widths[c]! / 20 - 2 * theme.tablePadding, measure).length)));
}

function table(block: TableBlock, keepNext = false): Table {
  const widths = widthsOf(block);
  const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: theme.tableHeaderFill },
          children: [new Paragraph({ style: 'TableText', keepNext: true, children: [new TextRun({ text: c.title, bold: true })] })],
        }),
    ),
  });
  const body = block.rows.map((row, r) => {
    // The last row keeps with what follows the table (its paragraphs' keep-with-next is how Word does it).
    const keep = keepNext && r === block.rows.length - 1;
    return new TableRow({
      // Rows are never split across pages, unless one is longer than a page.
      cantSplit: fitsOnAPage(row, widths),
      children: block.columns.map(
        (_c, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            children: [new Paragraph({ style: 'TableText', children: runs(row[i] ?? []), ...(keep ? { keepNext: true } : {}) })],
          }),
      ),
    });
  });
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    // The widths as given: Word's autofit would size the columns again, by its own rule.
    layout: TableLayoutType.FIXED,
    // Cell padding once for the table (w:tblCellMar), not repeated in every cell.
    margins: cellMargins,
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
  });
}

function image(block: ImageBlock): Paragraph {
  const size = imageSize(block.data);
  const widthPx = Math.round((block.width * 96) / 72);
  const heightPx = Math.round((widthPx * (size.height ?? 1)) / (size.width ?? 1));
  return new Paragraph({
    alignment: ALIGN[block.align ?? 'left'],
    children: [
      new ImageRun({
        type: block.mediaType === 'image/png' ? 'png' : 'jpg',
        data: block.data,
        transformation: { width: widthPx, height: heightPx },
        altText: { name: block.alt, title: block.alt, description: block.alt },
      }),
    ],
  });
}

function header(doc: DocumentModel): Header {
  const line = new Paragraph({
    style: 'HeaderFooter',
    tabStops: [
      { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
      { type: TabStopType.RIGHT, position: TEXT_WIDTH },
    ],
    border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: theme.rule, space: 4 } },
    children: [
      new TextRun({ text: '\t' }),
      new TextRun({ text: doc.classification, bold: true, color: theme.text }),
      new TextRun({ text: doc.reference ? `\t${doc.reference}` : '' }),
      // The watermark is anchored in the header so it repeats on every page, as Word's own does.
      ...(doc.draft ? [new TextWatermark({ text: 'DRAFT', font: FONT, color: theme.watermark, opacity: 0.5 })] : []),
    ],
  });
  return new Header({ children: [line] });
}

function footer(doc: DocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'HeaderFooter',
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
        ],
        children: [
          // An issued copy says which version it is on every page, at the left.
          new TextRun({ text: `${doc.version ?? ''}\t` }),
          new TextRun({ text: doc.classification, bold: true, color: theme.text }),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function styles(doc: DocumentModel) {
  const language = { value: doc.language };
  const heading = (size: number, before: number, after: number) => ({
    run: { font: FONT, size: pt(size), bold: true, color: theme.heading },
    paragraph: { spacing: { before: twips(before), after: twips(after) }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(theme.bodySize), color: theme.text, language },
        paragraph: { spacing: { after: twips(theme.paragraphGap), line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: pt(24), bold: true, color: theme.heading },
        paragraph: { spacing: { before: 0, after: twips(6) }, keepNext: true },
      },
      heading1: heading(16, 18, 6),
      heading2: heading(13, 14, 4),
      heading3: heading(11.5, 10, 3),
      listParagraph: {
        run: { font: FONT, size: pt(theme.bodySize) },
        paragraph: { spacing: { after: twips(3) } },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(13), color: theme.muted },
        paragraph: { spacing: { after: twips(18) } },
      },
      { id: 'Address', name: 'Address', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 0 } } },
      { id: 'Small', name: 'Small', basedOn: 'Normal', quickFormat: true, run: { size: pt(9), color: theme.muted } },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        quickFormat: true,
        run: { italics: true, color: theme.muted },
        paragraph: {
          indent: { left: twips(18), right: twips(18) },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: theme.rule, space: 8 } },
        },
      },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: pt(10) }, paragraph: { spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO } } },
      { id: 'HeaderFooter', name: 'Header Footer', basedOn: 'Normal', run: { size: pt(8.5), color: theme.muted }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}

function numbering() {
  const indent = { left: 540, hanging: 300 };
  return {
    config: [
      {
        reference: 'bullets',
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
      },
      {
        reference: 'numbers',
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }],
      },
    ],
  };
}
