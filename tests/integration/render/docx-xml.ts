// Reading a rendered DOCX back: its paragraphs with their style and text, tables with their
// header rows, from the real XML (parsed, not searched as text).
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function parseXml(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function children(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  return out;
}

export function all(el: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> }, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, localName));
}

export function attr(el: Element | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) : null;
}

export interface DocxParagraph {
  style: string | null;
  text: string;
  numbered: boolean;
  inTable: boolean;
}

export function paragraphText(p: Element): string {
  return all(p, 't')
    .map((t) => t.textContent ?? '')
    .join('');
}

/** Every body paragraph in order (including those inside table cells). */
export function paragraphs(documentXml: string): DocxParagraph[] {
  const doc = parseXml(documentXml);
  return all(doc, 'p').map((p) => {
    const pPr = children(p, 'pPr')[0];
    const style = pPr ? attr(children(pPr, 'pStyle')[0], 'val') : null;
    let inTable = false;
    for (let n = p.parentNode; n; n = n.parentNode) if ((n as Element).localName === 'tc') inTable = true;
    return { style, text: paragraphText(p), numbered: !!pPr && children(pPr, 'numPr').length > 0, inTable };
  });
}

export interface DocxTable {
  headerRows: number;
  rows: string[][];
  headerShaded: boolean;
}

export function tables(documentXml: string): DocxTable[] {
  const doc = parseXml(documentXml);
  return all(doc, 'tbl').map((tbl) => {
    const rows = children(tbl, 'tr');
    const isHeader = (tr: Element) => children(tr, 'trPr').some((pr) => children(pr, 'tblHeader').length > 0);
    const firstCells = rows[0] ? children(rows[0], 'tc') : [];
    return {
      headerRows: rows.filter(isHeader).length,
      headerShaded: firstCells.length > 0 && firstCells.every((tc) => all(tc, 'shd').some((s) => (attr(s, 'fill') ?? 'auto') !== 'auto')),
      rows: rows.map((tr) => children(tr, 'tc').map((tc) => all(tc, 'p').map(paragraphText).join('\n'))),
    };
  });
}

/** Field codes (PAGE, NUMPAGES, ...) in a part, whether simple fields or complex ones. */
export function fieldCodes(xml: string): string[] {
  const doc = parseXml(xml);
  const simple = all(doc, 'fldSimple').map((f) => attr(f, 'instr') ?? '');
  const complex = all(doc, 'instrText').map((t) => t.textContent ?? '');
  return [...simple, ...complex].map((s) => s.trim().split(/\s+/)[0]!.toUpperCase());
}
