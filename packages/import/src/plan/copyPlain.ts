/**
 * A deep copy of plain data (arrays, objects, primitives): what a text resolved
 * before gets when it is met again, so no two cells of a plan share an object.
 * Each array or object is copied whole (`slice`, spread: V8 clones its shape
 * at once), then only the values that are objects themselves are replaced by copies.
 */
export function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) {
    const out: unknown[] = value.slice();
    for (let i = 0; i < out.length; i++) {
      const item = out[i];
      if (isObject(item)) out[i] = copyPlain(item);
    }
    return out as T;
  }
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key in out) {
    const item = out[key];
    if (isObject(item)) out[key] = copyPlain(item);
  }
  return out as T;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
