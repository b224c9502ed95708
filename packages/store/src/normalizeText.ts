// Strings of plain ASCII are already NFC: skip them quickly.
const ASCII = /^[\x20-\x7e]*$/;

/**
 * NFC-normalises every string (and object key) of a JSON value. Copy-on-change:
 * the value itself is returned when it is already normalised, and the input
 * is never modified.
 */
export function normalizeText<T>(value: T): T {
  if (typeof value === "string") {
    if (ASCII.test(value)) return value;
    return value.normalize("NFC") as T;
  }
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = normalizeText(item);
      if (next !== item) {
        out ??= value.slice();
        out[i] = next;
      }
    }
    return (out ?? value) as T;
  }
  let out: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const member = record[key];
    const nextKey = normalizeText(key);
    const next = normalizeText(member);
    if (next !== member || nextKey !== key) {
      if (!out) {
        out = {};
        for (const k of Object.keys(record)) out[k] = record[k];
      }
      if (nextKey !== key) delete out[key];
      out[nextKey] = next;
    }
  }
  return (out ?? value) as T;
}
