import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../src/model/parsePlan";
import { planJsonSchema } from "../src/model/planJsonSchema";
import { samplePlan } from "./samplePlan";

const published = JSON.parse(readFileSync(new URL("../plan.schema.json", import.meta.url), "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(published);

function variants(): [string, unknown][] {
  const valid = samplePlan();
  const mutate = (name: string, change: (plan: Record<string, unknown>) => void): [string, unknown] => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    change(copy);
    return [name, copy];
  };
  const activity = (plan: Record<string, unknown>, i: number) =>
    (plan.activities as Record<string, unknown>[])[i] ?? {};
  return [
    ["the sample plan", valid],
    mutate("without optional activity extra", (p) => {
      delete activity(p, 1).extra;
    }),
    mutate("year as a string", (p) => {
      p.year = "2024";
    }),
    mutate("schema version 2", (p) => {
      p.schemaVersion = 2;
    }),
    mutate("missing title", (p) => {
      delete p.title;
    }),
    mutate("empty id", (p) => {
      p.id = "";
    }),
    mutate("bad unit id", (p) => {
      (p.units as Record<string, unknown>[])[0] = {
        id: "Not A Slug",
        name: "x",
        kind: "government",
        scope: "district",
      };
    }),
    mutate("bad date", (p) => {
      (p.anniversary as Record<string, unknown>).date = "10/10/1954";
    }),
    mutate("unknown unit kind", (p) => {
      (p.units as Record<string, unknown>[])[0] = { id: "x", name: "x", kind: "council", scope: "district" };
    }),
    mutate("negative target", (p) => {
      ((activity(p, 1).targets as Record<string, unknown>[])[0] ?? {}).quantity = -1;
    }),
    mutate("null period", (p) => {
      (activity(p, 1).time as Record<string, unknown>).period = null;
    }),
    mutate("bad period kind", (p) => {
      const time = activity(p, 1).time as { period: Record<string, unknown> };
      time.period.kind = "forever";
    }),
    mutate("no activities", (p) => {
      p.activities = [];
    }),
    mutate("diagnostic without location", (p) => {
      p.diagnostics = [{ code: "x", severity: "info", vi: "a", en: "b", location: null }];
    }),
    mutate("diagnostic with bad severity", (p) => {
      p.diagnostics = [{ code: "x", severity: "fatal", vi: "a", en: "b", location: null }];
    }),
  ];
}

describe("plan.schema.json", () => {
  it("is up to date with the zod schema (run scripts/generate-schema.ts)", () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(planJsonSchema())));
  });
  it.each(variants())("agrees with parsePlan on %s", (_name, data) => {
    const ours = parsePlan(data).ok;
    expect(validate(data)).toBe(ours);
  });
  it("accepts at least one and rejects at least one variant", () => {
    const results = variants().map(([, d]) => parsePlan(d).ok);
    expect(results).toContain(true);
    expect(results).toContain(false);
  });
});
