import { describe, expect, it } from 'vitest';
import { ApiError } from './problem';
import { ifMatchOf } from './ifMatch';

describe('ifMatchOf', () => {
  it('quotes the ETag of what was read', () => {
    expect(ifMatchOf({ response: new Response('{}', { status: 200, headers: { ETag: '"3"' } }) })).toEqual({ 'If-Match': '"3"' });
  });

  it('sends no tag for something that does not exist yet', () => {
    expect(ifMatchOf({ error: { status: 404, title: 'Not found' }, response: new Response(null, { status: 404 }) })).toEqual({});
  });

  it('stops on any other failure', () => {
    const forbidden = { error: { type: 'about:blank', title: 'Forbidden', status: 403 }, response: new Response(null, { status: 403 }) };
    expect(() => ifMatchOf(forbidden)).toThrow(ApiError);
  });
});
