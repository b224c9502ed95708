import { describe, expect, it } from "vitest";
import { ev, ISSUER, LD, reportPayload, rewardDecision, rewardPayload, TT } from "../../test/events";
import { thanhXuanPlan } from "../../test/fixtures/thanhXuanPlan";
import { createPlanEngine } from "../engine/createPlanEngine";
import type { PlanEngineOptions } from "../engine/PlanEngine";
import type { LifecycleErrorCode } from "./LifecycleError";

const wards = thanhXuanPlan.wards.map((w) => w.id);

/** Applies `setup`, then `bad`, and checks the rejection's code and that nothing changed. */
function rejects(
  setup: unknown[],
  bad: unknown,
  code: LifecycleErrorCode,
  options: PlanEngineOptions = {},
): void {
  const engine = createPlanEngine(thanhXuanPlan, options);
  const r = engine.replay(setup);
  expect(r.rejected).toEqual([]);
  const before = JSON.stringify(engine.snapshot());
  const result = engine.apply(bad);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.severity).toBe("error");
  expect(result.error.vi.length).toBeGreaterThan(0);
  expect(result.error.en.length).toBeGreaterThan(0);
  expect(JSON.stringify(engine.snapshot())).toBe(before);
}

const started42 = () => [ev("t1-4.2", "START", LD, "2024-04-05")];
const reported42 = () => [...started42(), ev("t1-4.2", "REPORT", LD, "2024-10-05", reportPayload)];

describe("every guard rejects and leaves the state unchanged", () => {
  it("event.invalid: an envelope without an offset on `at`", () => {
    rejects([], { ...ev("t1-4.2", "START", LD, "2024-04-05"), at: "2024-04-05T09:00:00" }, "event.invalid");
  });

  it("event.invalid: not an object at all", () => {
    rejects([], "START t1-4.2", "event.invalid");
  });

  it("event.unknown-activity", () => {
    rejects([], ev("t1-9.9", "START", LD, "2024-04-05"), "event.unknown-activity");
  });

  it("event.unknown-ward: 4.2 has no ward parts", () => {
    rejects(
      [],
      ev("t1-4.2", "START", "ubnd-phuong-ha-dinh", "2024-04-05", {}, "ha-dinh"),
      "event.unknown-ward",
    );
  });

  it("event.unsupported-for-ward: a ward part is not rewarded on its own", () => {
    rejects(
      [],
      ev("t1-2.2", "REWARD", ISSUER, "2024-12-18", rewardPayload, "ha-dinh"),
      "event.unsupported-for-ward",
    );
  });

  it("event.unknown-type", () => {
    rejects([], ev("t1-4.2", "APPROVE", ISSUER, "2024-04-05"), "event.unknown-type");
  });

  it("lifecycle.invalid-transition: REWARD before any report", () => {
    rejects(
      started42(),
      ev("t1-4.2", "REWARD", ISSUER, "2024-12-18", rewardPayload),
      "lifecycle.invalid-transition",
    );
  });

  it("lifecycle.invalid-transition: nothing leaves `rewarded`", () => {
    const done = [...reported42(), ev("t1-4.2", "REWARD", ISSUER, "2024-12-18", rewardPayload)];
    rejects(
      done,
      ev("t1-4.2", "CANCEL", ISSUER, "2024-12-19", { reason: "nhầm" }),
      "lifecycle.invalid-transition",
    );
  });

  it("lifecycle.out-of-order: an event dated before the activity's last one", () => {
    rejects(
      started42(),
      ev("t1-4.2", "PROGRESS", LD, "2024-04-01", { percent: 10 }),
      "lifecycle.out-of-order",
    );
  });

  it("lifecycle.not-lead: a coordinator may not START", () => {
    rejects([], ev("t1-4.2", "START", "hoi-lien-hiep-phu-nu", "2024-04-05"), "lifecycle.not-lead");
  });

  it("lifecycle.not-lead: the issuer does not report for the lead", () => {
    rejects(started42(), ev("t1-4.2", "REPORT", ISSUER, "2024-10-05", reportPayload), "lifecycle.not-lead");
  });

  it("lifecycle.not-ward: another ward may not act on Hạ Đình's part", () => {
    rejects(
      [],
      ev("t1-2.2", "START", "ubnd-phuong-kim-giang", "2024-04-10", {}, "ha-dinh"),
      "lifecycle.not-ward",
    );
  });

  it("lifecycle.not-authority: the lead may not RETURN its own report", () => {
    rejects(
      reported42(),
      ev("t1-4.2", "RETURN", LD, "2024-10-09", { reason: "tự sửa" }),
      "lifecycle.not-authority",
    );
  });

  it("lifecycle.not-authority: only the issuer rewards, cancels and extends", () => {
    rejects(reported42(), ev("t1-4.2", "REWARD", LD, "2024-12-18", rewardPayload), "lifecycle.not-authority");
    rejects(
      started42(),
      ev("t1-4.2", "CANCEL", LD, "2024-06-01", { reason: "x" }),
      "lifecycle.not-authority",
    );
    rejects(
      started42(),
      ev("t1-4.2", "EXTEND", LD, "2024-06-01", { deadline: "2024-12-31", reason: "x" }),
      "lifecycle.not-authority",
    );
  });

  it("lifecycle.step-not-allowed: a plugin step by a unit it does not name", () => {
    const lifecycle = {
      steps: [
        {
          state: "approved",
          after: "reported",
          event: "APPROVE",
          allowed: ["phong-noi-vu"],
          label: { vi: "Đã thẩm định", en: "Approved" },
        },
      ],
    };
    rejects(reported42(), ev("t1-4.2", "APPROVE", LD, "2024-10-20"), "lifecycle.step-not-allowed", {
      lifecycle,
    });
  });

  it("payload.invalid: PROGRESS with a percent over 100", () => {
    rejects(started42(), ev("t1-4.2", "PROGRESS", LD, "2024-06-01", { percent: 140 }), "payload.invalid");
  });

  it("payload.invalid: RETURN and CANCEL need a reason", () => {
    rejects(reported42(), ev("t1-4.2", "RETURN", ISSUER, "2024-10-09", { reason: "   " }), "payload.invalid");
    rejects(started42(), ev("t1-4.2", "CANCEL", ISSUER, "2024-06-01", {}), "payload.invalid");
  });

  it("payload.invalid: EXTEND needs a date", () => {
    rejects(
      started42(),
      ev("t1-4.2", "EXTEND", ISSUER, "2024-06-01", { deadline: "31/12/2024", reason: "mưa" }),
      "payload.invalid",
    );
  });

  it("payload.invalid: REWARD needs recipients", () => {
    rejects(
      reported42(),
      ev("t1-4.2", "REWARD", ISSUER, "2024-12-18", { ...rewardPayload, recipients: [] }),
      "payload.invalid",
    );
  });

  it("report.missing-results: a REPORT without results", () => {
    rejects(started42(), ev("t1-4.2", "REPORT", LD, "2024-10-05", { results: {} }), "report.missing-results");
    rejects(started42(), ev("t1-4.2", "REPORT", LD, "2024-10-05", {}), "report.missing-results");
  });

  it("report.wards-missing: 2.2 reported while wards have not", () => {
    const setup = [
      ev("t1-2.2", "START", TT, "2024-04-02"),
      ev("t1-2.2", "START", "ubnd-phuong-ha-dinh", "2024-04-03", {}, "ha-dinh"),
      ev(
        "t1-2.2",
        "REPORT",
        "ubnd-phuong-ha-dinh",
        "2024-09-03",
        { results: { ward: { text: "xong" } } },
        "ha-dinh",
      ),
    ];
    rejects(setup, ev("t1-2.2", "REPORT", TT, "2024-10-08", reportPayload), "report.wards-missing");
    // Listing only some of the missing wards is not enough either.
    rejects(
      setup,
      ev("t1-2.2", "REPORT", TT, "2024-10-08", { ...reportPayload, missingWards: ["kim-giang"] }),
      "report.wards-missing",
    );
  });

  it("report.wards-missing: a ward report dated after the activity report does not count", () => {
    const setup = [
      ev("t1-2.2", "START", TT, "2024-04-02"),
      ...wards.map((w) => ev("t1-2.2", "START", `ubnd-phuong-${w}`, "2024-04-03", {}, w)),
      ...wards.map((w) =>
        ev("t1-2.2", "REPORT", `ubnd-phuong-${w}`, "2024-10-20", { results: { ward: { text: "xong" } } }, w),
      ),
    ];
    rejects(setup, ev("t1-2.2", "REPORT", TT, "2024-10-08", reportPayload), "report.wards-missing");
  });

  it("report.unknown-ward: the missing list names a ward the activity lacks", () => {
    rejects(
      [ev("t1-2.2", "START", TT, "2024-04-02")],
      ev("t1-2.2", "REPORT", TT, "2024-10-08", { ...reportPayload, missingWards: [...wards, "hang-bai"] }),
      "report.unknown-ward",
    );
  });

  it("payload.unknown-target: 4.2 has two targets, not three", () => {
    rejects(
      started42(),
      ev("t1-4.2", "PROGRESS", LD, "2024-06-01", { achieved: [{ target: 2, quantity: 3 }] }),
      "payload.unknown-target",
    );
  });

  it("progress.empty: a PROGRESS that says nothing", () => {
    rejects(started42(), ev("t1-4.2", "PROGRESS", LD, "2024-06-01", {}), "progress.empty");
  });

  it("reward.not-a-decision: a reward citing a plan", () => {
    rejects(
      reported42(),
      ev("t1-4.2", "REWARD", ISSUER, "2024-12-18", {
        ...rewardPayload,
        decision: { ...rewardDecision, kind: "plan", symbol: "KH-UBND" },
      }),
      "reward.not-a-decision",
    );
  });

  it("extend.decision-required: when the plugin asks for a decision", () => {
    rejects(
      started42(),
      ev("t1-4.2", "EXTEND", ISSUER, "2024-10-20", { deadline: "2024-11-30", reason: "mưa" }),
      "extend.decision-required",
      { lifecycle: { steps: [], requireExtendDecision: true } },
    );
  });

  it("extend.not-later: a new deadline on or before the current one", () => {
    rejects(
      started42(),
      ev("t1-4.2", "EXTEND", ISSUER, "2024-10-20", { deadline: "2024-10-31", reason: "mưa" }),
      "extend.not-later",
    );
  });

  it("lifecycle.invalid-transition: EXTEND after the report (the activity is finished)", () => {
    rejects(
      reported42(),
      ev("t1-4.2", "EXTEND", ISSUER, "2024-10-20", { deadline: "2024-12-31", reason: "mưa" }),
      "lifecycle.invalid-transition",
    );
  });

  it("ward.parent-closed: a ward part of a cancelled activity", () => {
    rejects(
      [ev("t1-2.2", "CANCEL", ISSUER, "2024-05-01", { reason: "Thay bằng kế hoạch khác" })],
      ev("t1-2.2", "START", "ubnd-phuong-ha-dinh", "2024-05-02", {}, "ha-dinh"),
      "ward.parent-closed",
    );
  });
});
