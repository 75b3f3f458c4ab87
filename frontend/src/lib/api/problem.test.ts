import { describe, expect, it } from 'vitest';
import { ApiError, unwrap } from './problem';

describe('unwrap', () => {
  it('gives the data of a successful call', () => {
    expect(unwrap({ data: { a: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ a: 1 });
  });

  it('throws the problem the service sent', () => {
    const problem = { type: 'urn:promise:problem:forbidden', title: 'You are not allowed to do this', status: 403, detail: 'Only officers' };
    const call = () => unwrap({ error: problem, response: new Response(null, { status: 403 }) });
    expect(call).toThrow(ApiError);
    expect(call).toThrow('Only officers');
  });

  it('explains an answer that is not a problem document', () => {
    const call = () => unwrap({ error: 'Bad gateway', response: new Response(null, { status: 502 }) });
    expect(call).toThrow('The service did not answer as expected');
  });
});
