import { describe, expect, it } from 'vitest';
import { breakingChanges } from './contract-compat.mjs';

const contract = () => ({
  paths: {
    '/api/v1/things': {
      get: {
        responses: {
          200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Things' } } } },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
  },
  components: {
    responses: { NotFound: { content: { 'application/problem+json': { schema: { type: 'object', properties: { title: { type: 'string' } } } } } } },
    schemas: {
      Things: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } },
      Thing: { type: 'object', properties: { code: { type: 'string' }, value: { type: 'number' } } },
    },
  },
});

describe('breakingChanges', () => {
  it('accepts the same contract and additions', () => {
    const current = contract();
    current.components.schemas.Thing.properties.note = { type: 'string' };
    current.paths['/api/v1/other'] = { get: { responses: {} } };
    expect(breakingChanges(contract(), current)).toEqual([]);
  });

  it('refuses a removed operation, response, or property, and a changed type', () => {
    const removedOperation = contract();
    delete removedOperation.paths['/api/v1/things'].get;
    expect(breakingChanges(contract(), removedOperation)).toEqual(['GET /api/v1/things was removed']);

    const removedProperty = contract();
    delete removedProperty.components.schemas.Thing.properties.value;
    expect(breakingChanges(contract(), removedProperty)).toEqual(['GET /api/v1/things 200.items[].value was removed']);

    const retyped = contract();
    retyped.components.schemas.Thing.properties.value = { type: 'string' };
    expect(breakingChanges(contract(), retyped)).toEqual(['GET /api/v1/things 200.items[].value changed type from number to string']);

    const noNotFound = contract();
    delete noNotFound.paths['/api/v1/things'].get.responses[404];
    expect(breakingChanges(contract(), noNotFound)).toEqual(['GET /api/v1/things no longer answers 404']);
  });
});
