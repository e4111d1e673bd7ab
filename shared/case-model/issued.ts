// The documents issued from a case: part of CaseData (`issued`, IssuedDocument in
// shared/interchange/schema.ts) but not a collection the app edits. Issuing a document adds
// one (electron/core/casefile/issued.ts); nothing changes or removes one: they are the record
// of what was sent.
import { IssuedDocument } from '../interchange/schema.ts';

export const issuedDocuments = { field: 'issued', schema: IssuedDocument, noun: 'issued version' } as const;
