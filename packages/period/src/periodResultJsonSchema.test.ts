import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parsePeriod";
import { periodResultJsonSchema } from "./periodResultJsonSchema";

const shipped = JSON.parse(
  readFileSync(fileURLToPath(new URL("../period-result.schema.json", import.meta.url)), "utf8"),
) as Record<string, unknown>;

describe("period-result.schema.json", () => {
  it("is up to date with the zod schema (npm run generate:schema)", () => {
    expect(shipped).toEqual(periodResultJsonSchema());
  });

  it("lists every field of the contract as required", () => {
    expect(shipped.required).toEqual([
      "text",
      "kind",
      "start",
      "end",
      "deadline",
      "peak",
      "milestones",
      "lunar",
      "relative",
      "diagnostics",
    ]);
    const kind = (shipped.properties as Record<string, { enum?: string[] }>).kind;
    expect(kind?.enum).toEqual(["span", "deadline", "milestones", "relative", "recurring", "unknown"]);
  });

  it("describes what parsePeriod returns (field types agree)", () => {
    const props = shipped.properties as Record<string, { type?: string; anyOf?: { type?: string }[] }>;
    const r = parsePeriod("- Cấp quận: tháng 6/2024\n- Cấp phường: tháng 7/2024");
    for (const [key, value] of Object.entries(r)) {
      const schema = props[key];
      expect(schema, key).toBeDefined();
      const types = schema?.anyOf ? schema.anyOf.map((s) => s.type) : [schema?.type];
      const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
      expect(types, key).toContain(actual);
    }
  });
});
