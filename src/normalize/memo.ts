/** Per-key caches: every article repeats the same keys, numbers and locales, so their results are remembered. */

/**
 * `compute` with its results remembered per key, up to `limit` keys: past it a new key is computed
 * each time, so hostile input cannot grow the cache without end. One helper for every cache (smaller than
 * a copy of this code per cache). Module-level callers mark the call pure (`@__PURE__`), so a bundle
 * that does not use the result drops it.
 */
export function remembered<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    let value = results.get(key);
    // `has` only on a miss: a remembered `undefined` (no kind for this key) is a result too.
    if (value === undefined && !results.has(key)) {
      value = compute(key);
      if (results.size < limit) results.set(key, value);
    }
    return value as V;
  };
}
