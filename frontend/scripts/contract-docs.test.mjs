import { describe, expect, it } from 'vitest';
import { undocumentedOperations } from './contract-docs.mjs';

const ok = {
  summary: 'Areas',
  description: 'The areas',
  responses: { 200: { content: { 'application/json': { example: { items: [] } } } } },
};

describe('undocumentedOperations', () => {
  it('accepts an operation with a summary, a description and an example anywhere a reader meets one', () => {
    expect(undocumentedOperations({ paths: { '/a': { get: ok } } })).toEqual([]);
    const byParameter = { ...ok, responses: { 204: { description: 'Gone' } }, parameters: [{ name: 'id', example: 3 }] };
    expect(undocumentedOperations({ paths: { '/b/{id}': { delete: byParameter } } })).toEqual([]);
    const byBody = { ...ok, responses: {}, requestBody: { content: { 'application/json': { examples: { one: { value: {} } } } } } };
    expect(undocumentedOperations({ paths: { '/c': { post: byBody } } })).toEqual([]);
  });

  it('names each operation and what it lacks', () => {
    const bare = { responses: { 200: { content: { 'application/json': {} } }, 400: { content: { 'application/json': { example: {} } } } } };
    expect(undocumentedOperations({ paths: { '/d': { get: bare, put: { ...ok, description: ' ' } } } })).toEqual([
      'GET /d: no summary, no description, no example',
      'PUT /d: no description',
    ]);
  });
});
