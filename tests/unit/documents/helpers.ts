// Shared by the document unit tests: the sample cases, the project's templates, and the text
// of a DocumentModel in reading order.
import type { IssueStamp } from '../../../shared/documents/document-date.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentKind } from '../../../shared/api.ts';
import type { Block, DocumentModel, Run } from '../../../shared/document/model.ts';
import { buildDocument } from '../../../shared/documents/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { loadTemplates } from '../../../electron/core/documents/templates.ts';

export const root = join(import.meta.dirname, '../../..');

/** The Stage 2 sample of tests/fixtures. */
export const sample = (): CaseData => JSON.parse(readFileSync(join(root, 'tests/fixtures/sample-case.json'), 'utf8')) as CaseData;
/** The demo's sample: the same case carried on to a Stage 3 review panel. */
export const stage3Sample = (): CaseData => JSON.parse(readFileSync(join(root, 'assets/sample-case.json'), 'utf8')) as CaseData;

const loaded = new Map<string, ReturnType<typeof loadTemplates>>();
/** The templates for an authority, read once per test file. */
export const templates = (authority = 'London Borough of Exampleton') => {
  let t = loaded.get(authority);
  if (!t) loaded.set(authority, (t = loadTemplates(authority)));
  return t;
};

export function build(kind: DocumentKind, data: CaseData, options: { named?: boolean; draft?: boolean; today?: string; issue?: IssueStamp } = {}): DocumentModel {
  return buildDocument(kind, data, {
    named: options.named ?? false, draft: options.draft ?? false, templates: templates(data.authority.name), today: options.today ?? '2024-12-16',
    ...(options.issue ? { issue: options.issue } : {}),
  });
}

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** Every piece of text of a block, in order. */
export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading': return [block.text];
    case 'paragraph': return [runsText(block.runs)];
    case 'list': return block.items.map(runsText);
    case 'table': return [...block.columns.map((c) => c.title), ...block.rows.flatMap((row) => row.map(runsText))];
    case 'image': return [block.alt];
    case 'pageBreak': return [];
  }
}

/** The whole document's text, one piece a line. */
export function modelText(model: DocumentModel): string {
  return [model.title, model.subject ?? '', model.author, ...model.blocks.flatMap(blockTexts)].join('\n');
}

export const names = (data: CaseData) => data.people.flatMap((p) => [p.name, ...(p.aliases ?? [])]);

/** Every item of the issue's list, each of which some parser would take for syntax. */
export const HOSTILE = [
  '{{ case.title }}', '{{complainant}}', '**bold?**', '# not a heading', '<script>alert(1)</script>', '@points',
  '“curly” ‘quotes’', 'Welsh ŵ ŷ Ŵ Ŷ', 'emoji 🙂👍', '& &amp; \\n %s ${x}',
].join(' ');
