// A standard paragraph (templates/paragraphs, or the authority pack's own) as the plain text
// of a long text field, for the user to insert and then edit: its {{fields}} filled in from
// the case, people by their labels (the text goes into documents that are anonymised by
// default), and a field the case does not hold yet left as a bracketed note of what belongs
// there ("[date the statement was agreed]"), never as template markup.
import type { DocumentKind } from '../case-model/documents.ts';
import { ImpartialError } from '../errors.ts';
import type { CaseData } from '../interchange/schema.ts';
import { expandTemplate } from '../templates/expand.ts';
import { blocksToPlainText } from '../templates/plain-text.ts';
import { DocumentContext } from './context.ts';
import { FIELD_PLACES, type CompiledTemplates } from './vocabulary.ts';

/** What a missing field stands for: "the complainant" for the complainant's label, else the field's place in words. */
function placeholder(field: string): string {
  const place = (FIELD_PLACES as Record<string, string>)[field] ?? field;
  const person = /^(.+)'s label$/.exec(place);
  return person ? `the ${person[1]}` : place;
}

export function standardParagraphText(data: CaseData, templates: CompiledTemplates, name: string, options: { today: string; kind?: DocumentKind }): string {
  const template = templates.paragraphs.get(name);
  if (!template) {
    throw new ImpartialError('not-found', `there is no standard paragraph "${name}"`, {
      location: `templates/paragraphs/${name}.txt`,
      advice: { cli: `Add templates/paragraphs/${name}.txt`, app: 'Its file may have been removed from the templates' },
    });
  }
  const ctx = new DocumentContext(options.kind ?? 'io-report', data, { named: false, draft: false, templates, today: options.today });
  const blocks = expandTemplate(template, {
    fields: ctx.fields(),
    places: FIELD_PLACES,
    missing: (field) => `[${placeholder(field)}]`,
    // A paragraph has no generated parts (vocabularyFor('paragraph') allows none).
    directive: () => [],
  });
  return blocksToPlainText(blocks);
}
