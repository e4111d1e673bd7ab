// The case model: each collection and section of the interchange format described once
// (collections.ts, sections.ts), where each lives in a CaseData value (place.ts), the documents
// a case produces (documents.ts) and the record of those issued (issued.ts).
export { collections, collectionNames, optionalLists, parentOf, type CollectionModel, type CollectionName, type Collections, type RecordOf } from './collections.ts';
export { sections, sectionNames, type SectionModel, type SectionName, type SectionValueOf, type OwnSchema } from './sections.ts';
export { emptySection, keyOf, recordsIn, sectionIn, withRecords, withSection } from './place.ts';
export { documentFormats, documentKinds, type DocumentFormat, type DocumentKind } from './documents.ts';
export { issuedDocuments } from './issued.ts';
