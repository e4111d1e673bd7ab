// Reading a rendered PDF's accessibility structure back with pdf-lib: the catalog entries a
// screen reader and a PDF/UA checker look at, the structure tree as nested tags, the outline.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';

export interface StructNode {
  tag: string;
  alt?: string;
  attributes: Record<string, string>;
  /** Marked-content ids and MCRs directly under this element. */
  contentCount: number;
  children: StructNode[];
}

export interface OutlineNode {
  title: string;
  children: OutlineNode[];
}

export interface PdfStructure {
  marked: boolean;
  lang?: string;
  displayDocTitle: boolean;
  infoTitle?: string;
  infoAuthor?: string;
  xmp: string;
  tree?: StructNode;
  outline: OutlineNode[];
  pageCount: number;
}

const text = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : o instanceof PDFName ? o.decodeText() : undefined;

export async function readStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = pdf.context;
  // pdf-lib's classes have private constructors, so the wanted class is matched by prototype.
  const get = <T extends PDFObject>(dict: PDFDict | undefined, key: string, type: { prototype: T }): T | undefined => {
    const v = dict?.get(PDFName.of(key));
    const resolved = v instanceof PDFRef ? ctx.lookup(v) : v;
    return resolved !== undefined && Object.prototype.isPrototypeOf.call(type.prototype, resolved) ? (resolved as T) : undefined;
  };
  const catalog = pdf.catalog;
  const markInfo = get(catalog, 'MarkInfo', PDFDict);
  const viewer = get(catalog, 'ViewerPreferences', PDFDict);
  const info = ctx.lookup(ctx.trailerInfo.Info) as PDFDict | undefined;
  const metadata = get(catalog, 'Metadata', PDFRawStream);
  let xmp = '';
  if (metadata) {
    const raw = metadata.getContents();
    xmp = Buffer.from(metadata.dict.get(PDFName.of('Filter')) ? inflateSync(raw) : raw).toString('utf8');
  }

  const node = (dict: PDFDict): StructNode => {
    const attributes: Record<string, string> = {};
    const a = get(dict, 'A', PDFDict);
    if (a) for (const [k, v] of a.entries()) attributes[k.decodeText()] = text(v) ?? String(v);
    const out: StructNode = { tag: text(dict.get(PDFName.of('S'))) ?? '?', attributes, contentCount: 0, children: [] };
    const alt = text(get(dict, 'Alt', PDFString) ?? get(dict, 'Alt', PDFHexString));
    if (alt !== undefined) out.alt = alt;
    const k = dict.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    for (const kid of kids) {
      const resolved = kid instanceof PDFRef ? ctx.lookup(kid) : kid;
      if (resolved instanceof PDFNumber) out.contentCount++;
      else if (resolved instanceof PDFDict) {
        const type = text(resolved.get(PDFName.of('Type')));
        if (type === 'MCR' || type === 'OBJR') out.contentCount++;
        else out.children.push(node(resolved));
      }
    }
    return out;
  };
  const root = get(catalog, 'StructTreeRoot', PDFDict);
  let tree: StructNode | undefined;
  if (root) {
    tree = node(root);
    tree.tag = 'StructTreeRoot';
  }

  const outlineLevel = (first: PDFDict | undefined): OutlineNode[] => {
    const items: OutlineNode[] = [];
    for (let item = first; item; item = get(item, 'Next', PDFDict)) {
      items.push({ title: text(get(item, 'Title', PDFString) ?? get(item, 'Title', PDFHexString)) ?? '', children: outlineLevel(get(item, 'First', PDFDict)) });
    }
    return items;
  };
  const outlines = get(catalog, 'Outlines', PDFDict);

  return {
    marked: get(markInfo, 'Marked', PDFBool)?.asBoolean() ?? false,
    lang: text(get(catalog, 'Lang', PDFString) ?? get(catalog, 'Lang', PDFHexString)),
    displayDocTitle: get(viewer, 'DisplayDocTitle', PDFBool)?.asBoolean() ?? false,
    infoTitle: text(get(info, 'Title', PDFString) ?? get(info, 'Title', PDFHexString)),
    infoAuthor: text(get(info, 'Author', PDFString) ?? get(info, 'Author', PDFHexString)),
    xmp,
    tree,
    outline: outlineLevel(get(outlines, 'First', PDFDict)),
    pageCount: pdf.getPageCount(),
  };
}

/** Depth-first list of the tags in a structure tree. */
export function tags(node: StructNode): string[] {
  return [node.tag, ...node.children.flatMap(tags)];
}

export function find(node: StructNode, tag: string): StructNode[] {
  return [...(node.tag === tag ? [node] : []), ...node.children.flatMap((c) => find(c, tag))];
}
