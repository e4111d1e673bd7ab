// Search over a case and its attached files: the query syntax (query.ts), which fields are
// text (text-fields.ts), how a hit's place is named (places.ts) and what a search answers
// (types.ts). The index and the query itself live in electron/core/search.
export { describeQuery, parseSearchQuery, type QueryTerm } from './query.ts';
export { collectionTextFields, sectionTextFields, textOf, textOfValue } from './text-fields.ts';
export { fieldLabels, groupHits, namePlace, sectionLabels, type NamedPlace, type PlaceLookup } from './places.ts';
export type { FileTextState, FileTextStatus, SearchHit, SearchResults, SearchTarget, SnippetPart } from './types.ts';
