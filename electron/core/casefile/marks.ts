// The casefile's "not a name here" marks (shared/anonymisation/marks.ts) kept true to their
// texts, inside the write that changes them: a new mark must name a text that is there, as it
// was when the mark was made; a write that changes a text drops the marks made on it, and one
// that removes a record or section drops the marks on its texts. So a casefile never holds a
// mark that no longer applies, unless it was imported so (readiness then lists it).
import { marksVoidedBy, textHash, type NotANameMark } from '../../../shared/anonymisation/marks.ts';
import { sections as modelSections, type CollectionName, type SectionName } from '../../../shared/case-model/index.ts';
import { textFields, textFieldsOf } from '../../../shared/case-model/texts.ts';
import { markShapeIssues, type InterchangeIssue } from '../../../shared/interchange/parse.ts';
import { collections as modelCollections } from '../../../shared/case-model/collections.ts';
import { InvalidCaseError } from './errors.ts';
import type { Store } from './store.ts';

type Where = { collection: CollectionName; key: string } | { section: SectionName };

export class MarkKeeping {
  readonly #store: Store;

  constructor(store: Store) {
    this.#store = store;
  }

  /** The marks on the texts of one record or section. */
  #marksOn(where: Where): NotANameMark[] {
    const fields = textFieldsOf('collection' in where ? { collection: where.collection } : { section: where.section });
    if (!fields.length) return [];
    const ids = this.#store.db.prepare(`SELECT id FROM not_a_name_marks WHERE field IN (${fields.map(() => '?').join(', ')}) AND record_id IS ?`)
      .pluck().all(...fields, 'collection' in where ? where.key : null) as string[];
    return ids.map((id) => this.#store.collections.notNames.readOne(id) as unknown as NotANameMark);
  }

  #drop(marks: readonly NotANameMark[]): void {
    const remove = this.#store.db.prepare('DELETE FROM not_a_name_marks WHERE id = ?');
    for (const m of marks) remove.run(m.id);
  }

  /** Refuses a mark that does not name a text of the case as it is now. */
  checkNew(mark: NotANameMark, where: string): void {
    const issues: InterchangeIssue[] = markShapeIssues(mark, where);
    if (issues.length) throw new InvalidCaseError(issues);
    const model = textFields[mark.field];
    const holder = model.collection
      ? this.#store.collections[model.collection].readOne(mark.recordId!)
      : this.#store.sections[model.section!].readOne();
    if (!holder) {
      throw new InvalidCaseError([model.collection
        ? { path: `${where}.recordId`, message: `unknown ${modelCollections[model.collection].noun} "${mark.recordId}"` }
        : { path: `${where}.field`, message: `the case has no ${modelSections[model.section!].noun} section` }]);
    }
    const value = model.read(holder as never);
    const text = typeof value === 'string' ? value : value?.[mark.item ?? -1];
    if (text === undefined || textHash(text) !== mark.textHash) {
      throw new InvalidCaseError([{ path: `${where}.textHash`, message: 'the text has changed since the mark was made, so it would not apply' }]);
    }
  }

  /** After a record or a section's own fields are written (`holder`) or removed (undefined): drops the marks whose text changed. */
  afterWrite(where: Where, holder: object | undefined): void {
    this.#drop(marksVoidedBy(this.#marksOn(where), where, holder));
  }

  /** After a section is removed with its record lists: drops every mark on the texts of either. */
  afterSectionRemoved(section: SectionName): void {
    const fields = [
      ...textFieldsOf({ section }),
      ...modelSections[section].lists.flatMap((list) => Object.entries(modelCollections)
        .filter(([, c]) => 'parent' in c && c.parent === section && c.field === list)
        .flatMap(([name]) => textFieldsOf({ collection: name as CollectionName }))),
    ];
    if (!fields.length) return;
    this.#store.db.prepare(`DELETE FROM not_a_name_marks WHERE field IN (${fields.map(() => '?').join(', ')})`).run(...fields);
  }
}
