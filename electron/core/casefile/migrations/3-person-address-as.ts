// Schema version 3: how a letter greets a person (people[].addressAs, "Mrs Pryce-Jones"), an
// optional field of the interchange format; absent (NULL) for everyone in an older casefile.
import type { Migration } from './index.ts';

export default {
  version: 3,
  description: 'people: the form of address a letter greets them by',
  up: (db) => db.exec('ALTER TABLE people ADD COLUMN address_as TEXT'),
} satisfies Migration;
