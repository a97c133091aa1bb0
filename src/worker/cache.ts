/** A per-isolate cache with a short lifetime, for rows that hardly change (merchants, stores, devices). */
export function ttlCache<V>(ttlMs: number, maxEntries = 1000) {
  const entries = new Map<string, { at: number; value: Promise<V> }>();
  return {
    get(key: string, load: () => Promise<V>): Promise<V> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) entries.clear();
      const value = load();
      entries.set(key, { at: now, value });
      // A failed load is not kept: the next call asks again.
      value.catch(() => entries.delete(key));
      return value;
    },
    delete(key: string): void {
      entries.delete(key);
    },
  };
}

/**
 * One cache per database: a process that runs several hosts (tests, benchmarks) must not answer
 * one host from another's rows.
 */
export function cachePerDatabase<V>(ttlMs: number): (database: object) => ReturnType<typeof ttlCache<V>> {
  const caches = new WeakMap<object, ReturnType<typeof ttlCache<V>>>();
  return (database) => {
    let cache = caches.get(database);
    if (!cache) caches.set(database, (cache = ttlCache<V>(ttlMs)));
    return cache;
  };
}
