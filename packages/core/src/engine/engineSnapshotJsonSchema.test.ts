import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { thanhXuanPlan } from "../../test/fixtures/thanhXuanPlan";
import { loadYearEvents } from "../../test/loadYear";
import { createPlanEngine } from "./createPlanEngine";
import { engineSnapshotJsonSchema } from "./engineSnapshotJsonSchema";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(engineSnapshotJsonSchema());

describe("engineSnapshotJsonSchema", () => {
  it("accepts the snapshot of the realistic year", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(loadYearEvents());
    const ok = validate(JSON.parse(JSON.stringify(engine.snapshot())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects a snapshot whose machine has no status", () => {
    const engine = createPlanEngine(thanhXuanPlan);
    engine.replay(loadYearEvents());
    const snap = JSON.parse(JSON.stringify(engine.snapshot())) as {
      activities: Record<string, { status?: string }>;
    };
    delete snap.activities["t1-4.2"]!.status;
    expect(validate(snap)).toBe(false);
  });
});
