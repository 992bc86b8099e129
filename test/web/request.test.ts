import { describe, expect, it } from 'vitest';
import { parseCallBody, requestPathname } from '../../electron/web/request';

const own = ['127.0.0.1:4000', 'localhost:4000'];

describe('reading a request target and a call body', () => {
  it('takes the path of an origin-form target, without its query', () => {
    expect(requestPathname('/check-in?x=1', own)).toBe('/check-in');
    // Not a network-path reference to another host: just a path that starts with two slashes.
    expect(requestPathname('//evil.example/x', own)).toBe('//evil.example/x');
  });

  it('accepts an absolute-form target for our own host only', () => {
    expect(requestPathname('http://127.0.0.1:4000/api/call', own)).toBe('/api/call');
    expect(requestPathname('http://evil.example/api/call', own)).toBeNull();
    expect(requestPathname('https://127.0.0.1:4000/', own)).toBeNull();
  });

  it('refuses targets no parser accepts, without throwing', () => {
    for (const t of ['http://[', '*', '127.0.0.1:4000', '', undefined]) {
      expect(requestPathname(t, own)).toBeNull();
    }
  });

  it('accepts an object with a string method, the input left to the dispatcher', () => {
    expect(parseCallBody(Buffer.from('{"method":"hotel.get"}'))).toEqual({ method: 'hotel.get' });
    expect(parseCallBody(Buffer.from('{"method":"a.b","input":[1]}'))).toEqual({
      method: 'a.b',
      input: [1],
    });
  });

  it('refuses null, arrays, and a method that is not a string', () => {
    for (const body of ['null', '[]', '{"method":{"toString":1}}', '{"method":""}', '{', '']) {
      expect(parseCallBody(Buffer.from(body))).toBeNull();
    }
  });
});
