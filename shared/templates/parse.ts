// The template format (templates/README.txt says the same for the people who edit them).
// A template is plain text that anyone can change in any text editor:
//
//   ; a comment (ignored)                 # Heading   ## Sub-heading   ### Minor heading
//   a paragraph: consecutive lines join;   - a bullet item (one line each)
//   a blank line ends it                   > an indented quotation paragraph
//   {{field.name}} anywhere in text       **bold words** in the template's own text
//   @directive argument   on its own line: a generated part (a table, the points, ...)
//   @if field.name ... @end               the lines between appear only when the field has a value
//
// Parsing checks every field and directive against the names the document knows, so that a
// typo fails when the template is loaded, naming its file and line, not in a finished report.
// Case data is substituted after parsing (expand.ts), so nothing the user typed is ever read
// as template or markup syntax.
import { ImpartialError } from '../errors.ts';

export class TemplateError extends ImpartialError {
  constructor(file: string, line: number, message: string) {
    super('template-error', `${file} line ${line}: ${message}`);
  }
}

/** A piece of one line of template text: literal words (bold or not) or a field to fill in. */
export type Part = { kind: 'literal'; text: string; bold: boolean } | { kind: 'field'; name: string; bold: boolean };

export type TemplateNode =
  | { kind: 'heading'; level: 1 | 2 | 3; parts: Part[]; line: number }
  | { kind: 'paragraph'; parts: Part[]; quote: boolean; line: number }
  /**
   * `list` names the list the items belong to: bullet lines with only @if / @end lines between
   * them share it, so that the expander prints the ones that survive as one list, not a list
   * of one item per @if block.
   */
  | { kind: 'bullets'; items: Part[][]; list: number; line: number }
  | { kind: 'directive'; name: string; argument: string; line: number }
  | { kind: 'if'; field: string; negate: boolean; body: TemplateNode[]; line: number };

export interface Template {
  file: string;
  nodes: TemplateNode[];
}

export interface TemplateVocabulary {
  fields: ReadonlySet<string>;
  /** Directive name -> whether it takes an argument, and which arguments are allowed (undefined: any). */
  directives: ReadonlyMap<string, { argument: 'none' | 'required'; allowed?: ReadonlySet<string> }>;
}

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Splits one line of template text into literal text and fields, checking every field name. */
function parseInline(source: string, file: string, line: number, vocabulary: TemplateVocabulary): Part[] {
  const parts: Part[] = [];
  let bold = false;
  const pushLiteral = (chunk: string) => {
    // `**` toggles bold in the template's own words; a lone `**` left open is closed at line end.
    const pieces = chunk.split('**');
    pieces.forEach((piece, i) => {
      if (i > 0) bold = !bold;
      if (piece) parts.push({ kind: 'literal', text: piece, bold });
    });
  };
  let last = 0;
  for (const match of source.matchAll(FIELD)) {
    pushLiteral(source.slice(last, match.index));
    const name = match[1]!;
    if (!vocabulary.fields.has(name)) throw new TemplateError(file, line, `unknown field {{${name}}}${suggest(name, vocabulary.fields)}`);
    parts.push({ kind: 'field', name, bold });
    last = match.index + match[0].length;
  }
  const rest = source.slice(last);
  if (rest.includes('{{') || rest.includes('}}')) throw new TemplateError(file, line, `unclosed field: write fields as {{field.name}}`);
  pushLiteral(rest);
  return parts;
}

function suggest(name: string, known: Iterable<string>): string {
  const close = [...known].filter((k) => distance(k, name) <= 2).slice(0, 2);
  return close.length ? ` (did you mean ${close.map((c) => `{{${c}}}`).join(' or ')}?)` : '';
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

const joinParts = (a: Part[], b: Part[]): Part[] => (a.length ? [...a, { kind: 'literal', text: ' ', bold: false }, ...b] : b);

export function parseTemplate(file: string, text: string, vocabulary: TemplateVocabulary): Template {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // A stack of open @if blocks; the bottom is the template itself.
  const stack: { nodes: TemplateNode[]; line: number }[] = [{ nodes: [], line: 0 }];
  let paragraph: Extract<TemplateNode, { kind: 'paragraph' }> | undefined;
  let bullets: Extract<TemplateNode, { kind: 'bullets' }> | undefined;
  // The list a bullet line would join: kept across @if and @end lines, ended by anything else.
  let openList: number | undefined;
  let lists = 0;
  const out = () => stack[stack.length - 1]!.nodes;
  const close = () => {
    paragraph = undefined;
    bullets = undefined;
    openList = undefined;
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.trim();
    if (content.startsWith(';')) return;
    if (content === '') return close();
    const heading = /^(#{1,3})\s+(.*)$/.exec(content);
    if (heading) {
      close();
      out().push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, parts: parseInline(heading[2]!, file, line, vocabulary), line });
      return;
    }
    if (/^#+\S/.test(content) || /^#{4,}\s/.test(content)) throw new TemplateError(file, line, 'a heading is #, ## or ### followed by a space');
    if (content.startsWith('@')) {
      const [, name = '', argument = ''] = /^@(\S*)\s*(.*)$/.exec(content)!;
      const keepList = openList;
      close();
      if (name === 'if' || name === 'end') openList = keepList;
      if (name === 'if') {
        const [, not, field = ''] = /^(not\s+)?(\S+)$/.exec(argument) ?? [];
        if (!field || !vocabulary.fields.has(field)) throw new TemplateError(file, line, `@if needs a known field, e.g. "@if extension.agreedDate" (got "${argument}")`);
        const node: TemplateNode = { kind: 'if', field, negate: Boolean(not), body: [], line };
        out().push(node);
        stack.push({ nodes: node.body, line });
        return;
      }
      if (name === 'end') {
        if (stack.length === 1) throw new TemplateError(file, line, '@end without an @if');
        stack.pop();
        return;
      }
      const spec = vocabulary.directives.get(name);
      if (!spec) throw new TemplateError(file, line, `unknown directive @${name}${suggestDirective(name, vocabulary)}`);
      if (spec.argument === 'none' && argument) throw new TemplateError(file, line, `@${name} takes nothing after it`);
      if (spec.argument === 'required' && !argument) throw new TemplateError(file, line, `@${name} needs a name after it`);
      if (spec.allowed && !spec.allowed.has(argument)) {
        throw new TemplateError(file, line, `@${name} ${argument}: unknown name (known: ${[...spec.allowed].sort().join(', ')})`);
      }
      out().push({ kind: 'directive', name, argument, line });
      return;
    }
    const bullet = /^-\s+(.*)$/.exec(content);
    if (bullet) {
      paragraph = undefined;
      const parts = parseInline(bullet[1]!, file, line, vocabulary);
      if (bullets) bullets.items.push(parts);
      else {
        openList ??= ++lists;
        out().push((bullets = { kind: 'bullets', items: [parts], list: openList, line }));
      }
      return;
    }
    const quote = /^>\s?(.*)$/.exec(content);
    const parts = parseInline(quote ? quote[1]! : content, file, line, vocabulary);
    if (paragraph && paragraph.quote === Boolean(quote)) {
      paragraph.parts = joinParts(paragraph.parts, parts);
      return;
    }
    bullets = undefined;
    openList = undefined;
    out().push((paragraph = { kind: 'paragraph', parts, quote: Boolean(quote), line }));
  });
  if (stack.length > 1) throw new TemplateError(file, stack[stack.length - 1]!.line, '@if is never closed with @end');
  return { file, nodes: stack[0]!.nodes };
}

function suggestDirective(name: string, vocabulary: TemplateVocabulary): string {
  const close = [...vocabulary.directives.keys()].filter((k) => distance(k, name) <= 2);
  return close.length ? ` (did you mean @${close[0]}?)` : '';
}
