/** A small map of computed values with a bound on its size (see {@link boundedCache}). */
export interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

/**
 * A map that forgets everything once it holds `max` entries: enough to keep
 * the values of the clients of the moment (a verified cookie, a session's
 * CSRF token) without growing with every value ever seen.
 */
export function boundedCache<V>(max: number): BoundedCache<V> {
  const entries = new Map<string, V>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      if (entries.size >= max) entries.clear();
      entries.set(key, value);
    },
  };
}
