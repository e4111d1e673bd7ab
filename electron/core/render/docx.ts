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
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  StringContainer,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IParagraphOptions, IRunOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { imageSize } from 'image-size';
import type { Block, DocumentModel, ImageBlock, ListBlock, ParagraphBlock, Run, TableBlock } from '../../../shared/document/model.ts';
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
  const children = doc.blocks.flatMap((block, i) => blockToDocx(block, lists, doc.blocks[i - 1]?.kind === 'table' ? twips(theme.paragraphGap * 2) : 0));
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
  return new Uint8Array(await Packer.toBuffer(document));
}

type DocxBlock = Paragraph | Table;

/** `before`: extra space above the block, in twips (headings have their own). */
function blockToDocx(block: Block, lists: { next: number }, before: number): DocxBlock[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [paragraph(block, before)];
    case 'list':
      return list(block, lists.next++, before);
    case 'table':
      return [table(block)];
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

function runs(items: Run[], extra: IRunOptions = {}): TextRun[] {
  return items.map((r) => new TextRun({ ...extra, text: r.text, bold: r.bold || extra.bold, italics: r.italic || extra.italics }));
}

const PARAGRAPH_STYLE: Record<NonNullable<ParagraphBlock['style']>, string | undefined> = {
  normal: undefined,
  title: 'Title',
  subtitle: 'Subtitle',
  address: 'Address',
  small: 'Small',
  quote: 'Quote',
};

function paragraph(block: ParagraphBlock, before = 0): Paragraph {
  const options: IParagraphOptions = {
    children: runs(block.runs),
    ...(block.align ? { alignment: ALIGN[block.align] } : {}),
    ...(before ? { spacing: { before } } : {}),
  };
  const style = PARAGRAPH_STYLE[block.style ?? 'normal'];
  if (style === 'Title') return new Paragraph({ ...options, heading: HeadingLevel.TITLE });
  return new Paragraph(style ? { ...options, style } : options);
}

function list(block: ListBlock, instance: number, before = 0): Paragraph[] {
  return block.items.map(
    (item, i) =>
      new Paragraph({
        children: runs(item),
        ...(before && i === 0 ? { spacing: { before } } : {}),
        style: 'ListParagraph',
        // Each ordered list is its own numbering instance, so it restarts at 1.
        numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0, instance },
        // Keep a short list's lines together with the next item, but never the last one.
        keepNext: block.items.length <= 6 && i < block.items.length - 1,
      }),
  );
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: theme.rule };

function table(block: TableBlock): Table {
  const widths = block.columns.map((c) => Math.round(c.width * TEXT_WIDTH));
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
  const body = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: row.every((cell) => cell.reduce((n, r) => n + r.text.length, 0) < 600),
        children: block.columns.map(
          (_c, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
                  children: [new Paragraph({ style: 'TableText', children: runs(row[i] ?? []) })],
            }),
        ),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
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
