/**
 * A deep copy of plain data (arrays, objects, primitives): what a text resolved
 * before gets when it is met again, so no two cells of a plan share an object.
 */
export function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) out.push(copyPlain(item));
    return out as T;
  }
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyPlain((value as Record<string, unknown>)[key]);
  return out as T;
}
