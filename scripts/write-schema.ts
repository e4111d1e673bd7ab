// npm run schema: writes the JSON Schema of impartial/casefile@1 from the zod schema, so that
// other tools can validate interchange files. tests/unit/interchange/schema-file.test.ts fails
// when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { interchangeJsonSchema } from '../shared/interchange/json-schema.ts';

const out = join(import.meta.dirname, '..', 'schema', 'casefile-1.schema.json');
writeFileSync(out, interchangeJsonSchema());
console.log(`wrote ${out}`);
