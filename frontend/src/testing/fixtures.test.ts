// @vitest-environment node
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import contractText from '../../../openapi.yaml?raw';
import { fixture, fixtureDefaults } from './fixtures';

const contract = parse(contractText);

// OpenAPI 3.0 schemas are JSON Schema with a few words of their own: `nullable` Ajv knows, `example` it skips.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(contract, 'openapi.yaml');

function problemsOf(schema: string, value: unknown) {
  const validate = ajv.getSchema(`openapi.yaml#/components/schemas/${schema}`);
  if (!validate) throw new Error(`openapi.yaml has no schema ${schema}`);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('fixture', () => {
  it.each(Object.entries(fixtureDefaults()))('makes a %s that openapi.yaml allows', (schema, value) => {
    expect(problemsOf(schema, value)).toEqual([]);
  });

  it('is checked by a validator that refuses what the contract does not allow', () => {
    expect(problemsOf('ActionItem', { ...fixture('ActionItem'), status: 'nearly-done' })).not.toEqual([]);
    expect(problemsOf('IndicatorValue', { ...fixture('IndicatorValue'), updatedAt: 'yesterday' })).not.toEqual([]);
  });

  it('takes the fields a test gives, and leaves the defaults as they were for the next test', () => {
    const item = fixture('ActionItem', { letter: 'b', status: 'complete' });
    expect(item).toMatchObject({ id: 101, letter: 'b', status: 'complete' });
    item.how.push('changed by a test');
    expect(fixture('ActionItem').how).toEqual(['Deliver updated training to members']);
  });
});
