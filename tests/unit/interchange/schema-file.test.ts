import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { interchangeJsonSchema } from '../../../shared/interchange/json-schema.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const committed = readFileSync(join(root, 'schema', 'casefile-1.schema.json'), 'utf8');

describe('the committed JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` when this fails)', () => {
    expect(committed).toBe(interchangeJsonSchema());
  });

  it('validates the sample case and refuses an unknown field, as the zod schema does', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(JSON.parse(committed));
    const sample = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'sample-case.json'), 'utf8'));
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    sample.statement.points[0].colour = 'red';
    expect(validate(sample)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/statement/points/0');
  });
});
