/** Returns a copy of a JSON value with every string (and object key) NFC-normalised. */
export function normalizeText<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => normalizeText(item)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) out[key.normalize("NFC")] = normalizeText(member);
  return out as T;
}
