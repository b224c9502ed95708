import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The realistic-year event log of the seed plan (fixtures/thanh-xuan-70/events-2024.jsonl at the repository root), parsed. */
export function loadYearEvents(): unknown[] {
  const path = fileURLToPath(new URL("../../../fixtures/thanh-xuan-70/events-2024.jsonl", import.meta.url));
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as unknown);
}
