// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { localUrl } from './defaultPorts';

describe('localUrl', () => {
  const saved = process.env.PROMISE_TEST_WEB_PORT;
  afterEach(() => {
    if (saved === undefined) delete process.env.PROMISE_TEST_WEB_PORT;
    else process.env.PROMISE_TEST_WEB_PORT = saved;
  });

  it('reads the default port from scripts/ports.env', () => {
    delete process.env.PROMISE_TEST_WEB_PORT;
    expect(localUrl('PROMISE_TEST_WEB_PORT')).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it('lets the environment override it, as the scripts do', () => {
    process.env.PROMISE_TEST_WEB_PORT = '5999';
    expect(localUrl('PROMISE_TEST_WEB_PORT')).toBe('http://localhost:5999');
  });

  it('refuses a port the file does not name', () => {
    expect(() => localUrl('PROMISE_NO_SUCH_PORT')).toThrow('scripts/ports.env names no PROMISE_NO_SUCH_PORT');
  });
});
