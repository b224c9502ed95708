/**
 * A JSON value without the names of the officers who acted: every actor
 * (`{ unit, person }`) keeps its unit only. Used for the public transparency
 * view (`KEHOACH_PUBLIC_READ=1`).
 */
export function withoutPersons(json: string): string {
  return JSON.stringify(JSON.parse(json), (key, value: unknown) => (key === "person" ? undefined : value));
}
