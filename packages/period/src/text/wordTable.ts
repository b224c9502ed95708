/**
 * A table of values by folded word, with no prototype: a word spelled like an `Object.prototype`
 * property ("constructor") is not in it. Read it with `table[word]`.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
