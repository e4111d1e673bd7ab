// The JSON Schema of impartial/casefile@1, generated from the zod schema (the one source).
// JSON Schema cannot say the cross-reference rules (ids resolve, numbers unique): parse.ts does.
import { z } from 'zod';
import { CaseShape, FORMAT } from './schema.ts';

export function interchangeJsonSchema(): string {
  const schema = z.toJSONSchema(CaseShape, { target: 'draft-2020-12', io: 'input' });
  const documented = {
    $id: 'https://impartial.example/schema/casefile-1.schema.json',
    title: `Impartial interchange format ${FORMAT}`,
    description:
      'One investigation of a statutory children\'s social care complaint. Dates are YYYY-MM-DD. ' +
      'Ids are unique within the file and every reference must resolve (checked by Impartial, not expressible here). ' +
      'See docs/interchange.md.',
    ...schema,
  };
  return JSON.stringify(documented, null, 2) + '\n';
}
