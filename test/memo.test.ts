/**
 * The per-key caches behind key canonicalizing, labels, number formatting and locales: a result is
 * computed once per key (an `undefined` result too), and past the limit a new key is computed every
 * time instead of growing the cache, so hostile input cannot make it grow without end.
 */
import { describe, expect, it } from 'vitest';
import { remembered } from '../src/normalize/memo';

/** A cached function and the keys its computation ran for, in order. */
function counted<V>(compute: (key: string) => V, limit: number) {
  const calls: string[] = [];
  const cached = remembered((key: string) => {
    calls.push(key);
    return compute(key);
  }, limit);
  return { cached, calls };
}

describe('remembered', () => {
  it('computes a key once and returns the same result after', () => {
    const { cached, calls } = counted((key) => ({ key }), 10);
    const first = cached('a');
    expect(cached('a')).toBe(first);
    expect(first).toEqual({ key: 'a' });
    expect(calls).toEqual(['a']);
  });

  it('remembers an undefined result as a result, without computing it again', () => {
    const { cached, calls } = counted(() => undefined, 10);
    expect(cached('none')).toBeUndefined();
    expect(cached('none')).toBeUndefined();
    expect(calls).toEqual(['none']);
  });

  it('keeps exactly `limit` keys: the next key is computed on every call, the kept ones are not', () => {
    const { cached, calls } = counted((key) => key.toUpperCase(), 2);
    cached('a');
    cached('b');
    // At the limit: `c` is not kept.
    expect(cached('c')).toBe('C');
    expect(cached('c')).toBe('C');
    cached('a');
    cached('b');
    expect(calls).toEqual(['a', 'b', 'c', 'c']);
  });

  it('with a limit of 1 keeps the first key only', () => {
    const { cached, calls } = counted((key) => key.length, 1);
    cached('x');
    cached('x');
    cached('yy');
    cached('yy');
    expect(calls).toEqual(['x', 'yy', 'yy']);
  });
});
