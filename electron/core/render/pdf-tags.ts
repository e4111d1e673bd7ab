// The tagged structure a screen reader follows: one Document element holding H1-H3, P,
// L/LI/Lbl/LBody, Table/TR/TH/TD and Figure, in reading order, and each element's content on
// each page marked as part of it. Everything else drawn (rules, cell frames, repeated table
// headers, the header and footer) is an artifact, so it is not read out. Layout decides what
// goes on which page; this is where what it draws is said to belong to an element.
import type { Pages } from './pdf-pages.ts';

export type Struct = PDFKit.PDFStructureElement;
/** pdfkit's structure element keeps its PDF dictionary here (not in @types/pdfkit). */
type WithDictionary = { dictionary: { data: Record<string, unknown> } };

export class Tags {
  readonly pdf: PDFKit.PDFDocument;
  readonly pages: Pages;
  readonly root: Struct;

  constructor(pdf: PDFKit.PDFDocument, pages: Pages) {
    this.pdf = pdf;
    this.pages = pages;
    this.root = pdf.struct('Document');
    pdf.addStructure(this.root);
  }

  /** A new element, last child of `parent` (the Document unless given). Options are pdfkit's: title, alt, scope, bbox, placement. */
  add(tag: string, parent: Struct = this.root, options?: Record<string, unknown>): Struct {
    const element = this.pdf.struct(tag, options as { title?: string });
    parent.add(element);
    return element;
  }

  /** A list, with the numbering a screen reader announces. */
  list(ordered: boolean): Struct {
    const list = this.pdf.struct('L');
    (list as unknown as WithDictionary).dictionary.data.A = { O: 'List', ListNumbering: ordered ? 'Decimal' : 'Disc' };
    this.root.add(list);
    return list;
  }

  /** Draws `draw` as marked content of `element` (one part per page), tagged `tag`. */
  marked(element: Struct, tag: string, draw: () => void): void {
    const content = this.pdf.markStructureContent(tag);
    draw();
    this.pdf.endMarkedContent();
    element.add(content);
    this.pages.pageEmpty = false;
  }

  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.pdf.markContent('Artifact', type ? { type } : {});
    draw();
    this.pdf.endMarkedContent();
  }
}
