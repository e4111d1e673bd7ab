// Turns a parsed template into document blocks. Field values and generated parts are case
// data: they go into runs as literal text and are never parsed again, so a complainant who
// writes "{{case.title}}", "**", "# " or "@points" sees exactly that in the document.
import type { Block, ListBlock, Run } from '../document/model.ts';
import type { Part, Template, TemplateNode } from './parse.ts';

export interface ExpandContext {
  /** Formatted field values; undefined or '' means not recorded. */
  fields: Readonly<Record<string, string | undefined>>;
  /** Builds the blocks of a generated part (a table, the points, a standard paragraph...). */
  directive: (name: string, argument: string) => Block[];
  /** Shown in place of a field that has no value: one text, or one per field. */
  missing?: string | ((field: string) => string);
  /** Where a field's value comes from, in the user's words, for the leak check (the field's name when absent). */
  places?: Readonly<Record<string, string>>;
}

export const NOT_RECORDED = '[not recorded]';

/** Whether text already ends its sentence ("." "?" "!" "…", perhaps inside a closing quote or bracket): no full stop is printed after it. */
export const endsSentence = (text: string): boolean => /[.!?\u2026]["'\u201D\u2019)\]]*\s*$/.test(text);

function runs(parts: Part[], context: ExpandContext): Run[] {
  const out: Run[] = [];
  for (const part of parts) {
    if (part.kind === 'literal') {
      const previous = out[out.length - 1];
      // "{{authority.name}}." with a name ending "Ltd.", or a value ending "?": one stop, not two.
      const text = previous?.source !== undefined && part.text.startsWith('.') && endsSentence(previous.text) ? part.text.slice(1) : part.text;
      if (text) out.push(part.bold ? { text, bold: true } : { text });
      continue;
    }
    const value = context.fields[part.name];
    const bold = part.bold ? { bold: true } : {};
    const source = context.places?.[part.name] ?? part.name;
    const missing = typeof context.missing === 'function' ? context.missing(part.name) : context.missing ?? NOT_RECORDED;
    out.push(value ? { text: value, ...bold, source } : { text: missing, ...bold, italic: true, source });
  }
  return out;
}

/** The list block each template list (TemplateNode `list`) was last printed as, to add its later items to. */
type OpenLists = Map<number, ListBlock>;

function expandNodes(nodes: TemplateNode[], context: ExpandContext, out: Block[], lists: OpenLists): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'heading': {
        const parts = runs(node.parts, context);
        const text = parts.map((r) => r.text).join('');
        // A heading that prints a field is checked as that field's text.
        const sources = [...new Set(parts.flatMap((r) => (r.source ? [r.source] : [])))];
        out.push({ kind: 'heading', level: node.level, text, ...(sources.length ? { source: sources.join(', ') } : {}) });
        break;
      }
      case 'paragraph':
        out.push({ kind: 'paragraph', runs: runs(node.parts, context), ...(node.quote ? { style: 'quote' as const } : {}) });
        break;
      case 'bullets': {
        const items = node.items.map((item) => runs(item, context));
        const open = lists.get(node.list);
        // Items of the same template list, with only unprinted @if blocks between: one list.
        if (open && out[out.length - 1] === open) open.items.push(...items);
        else {
          const block: ListBlock = { kind: 'list', ordered: false, items };
          lists.set(node.list, block);
          out.push(block);
        }
        break;
      }
      case 'directive':
        out.push(...context.directive(node.name, node.argument));
        break;
      case 'if': {
        const has = Boolean(context.fields[node.field]);
        if (has !== node.negate) expandNodes(node.body, context, out, lists);
        break;
      }
      default: {
        const never: never = node;
        throw new Error(`unknown template node ${JSON.stringify(never)}`);
      }
    }
  }
}

export function expandTemplate(template: Template, context: ExpandContext): Block[] {
  const out: Block[] = [];
  expandNodes(template.nodes, context, out, new Map());
  return out;
}
