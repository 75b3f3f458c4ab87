import { describe, expect, it } from 'vitest';
import { ApiError } from './problem';
import { ifMatchOf, seenOf, seenOrNoneOf } from './seen';

const ok = (etag?: string) => ({ data: { id: 1 }, response: new Response('{}', { status: 200, headers: etag ? { ETag: etag } : {} }) });
const failed = (status: number) => ({ error: { type: 'about:blank', title: 'Failed', status }, response: new Response(null, { status }) });

describe('seen', () => {
  it('keeps the ETag a read was answered with, and quotes it in If-Match', () => {
    const seen = seenOf(ok('"3"'));
    expect(seen).toEqual({ resource: { id: 1 }, etag: '"3"' });
    expect(ifMatchOf(seen)).toEqual({ 'If-Match': '"3"' });
  });

  it('sends no If-Match for something that did not exist when it was read', () => {
    const seen = seenOrNoneOf(failed(404));
    expect(seen).toEqual({ resource: null });
    expect(ifMatchOf(seen)).toEqual({});
  });

  it('stops on any other failure', () => {
    expect(() => seenOrNoneOf(failed(403))).toThrow(ApiError);
    expect(() => seenOf(failed(404))).toThrow(ApiError);
  });
});
