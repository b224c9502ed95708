import { describe, expect, it } from "vitest";
import { activityMachine, activityMachineVersion, createActivityMachine } from "./createActivityMachine";
import type { LifecycleExtension } from "./LifecycleExtension";
import { validateLifecycleExtension } from "./validateLifecycleExtension";
import { wardPartMachine } from "./wardPartMachine";

const events = (machine: typeof activityMachine, state: string) =>
  [...(machine.root.states[state]?.ownEvents ?? [])].sort();

const approval: LifecycleExtension = {
  steps: [
    {
      state: "approved",
      after: "reported",
      event: "APPROVE",
      allowed: ["issuer"],
      label: { vi: "Đã duyệt", en: "Approved" },
    },
  ],
};

describe("activityMachine", () => {
  it("has the core states and the events each takes", () => {
    expect(Object.keys(activityMachine.root.states)).toEqual([
      "planned",
      "inProgress",
      "reported",
      "rewarded",
      "cancelled",
    ]);
    expect(events(activityMachine, "planned")).toEqual(["CANCEL", "EXTEND", "START"]);
    expect(events(activityMachine, "inProgress")).toEqual(["CANCEL", "EXTEND", "PROGRESS", "REPORT"]);
    expect(events(activityMachine, "reported")).toEqual(["CANCEL", "RETURN", "REWARD"]);
    expect(events(activityMachine, "rewarded")).toEqual([]);
    expect(activityMachine.version).toBe("1");
  });

  it("inserts a plugin step that takes over the forward transition", () => {
    const m = createActivityMachine(approval);
    expect(events(m, "reported")).toEqual(["APPROVE", "CANCEL", "RETURN"]);
    expect(events(m, "approved")).toEqual(["CANCEL", "RETURN", "REWARD"]);
    expect(m.version).toBe(activityMachineVersion(approval));
    // Building an extended machine leaves the core one alone.
    expect(events(createActivityMachine(), "reported")).toEqual(["CANCEL", "RETURN", "REWARD"]);
  });

  it("chains two steps in order", () => {
    const m = createActivityMachine({
      steps: [
        ...approval.steps,
        {
          state: "published",
          after: "approved",
          event: "PUBLISH",
          allowed: ["issuer"],
          label: { vi: "Đã công bố", en: "Published" },
        },
      ],
    });
    expect(events(m, "approved")).toEqual(["CANCEL", "PUBLISH", "RETURN"]);
    expect(events(m, "published")).toEqual(["CANCEL", "RETURN", "REWARD"]);
  });

  it("throws on an invalid extension (a developer error)", () => {
    expect(() => createActivityMachine({ steps: [{ ...approval.steps[0]!, event: "REWARD" }] })).toThrow(
      TypeError,
    );
  });
});

describe("wardPartMachine", () => {
  it("goes planned → inProgress → reported and back on RETURN", () => {
    expect(Object.keys(wardPartMachine.root.states)).toEqual(["planned", "inProgress", "reported"]);
    expect([...wardPartMachine.root.states.reported!.ownEvents]).toEqual(["RETURN"]);
  });
});

describe("validateLifecycleExtension", () => {
  it("accepts a well-formed extension", () => {
    expect(validateLifecycleExtension(approval)).toEqual([]);
  });

  it("names each problem with its code and path", () => {
    const codes = (ext: unknown) => validateLifecycleExtension(ext).map((d) => [d.code, d.location?.path]);
    expect(codes({ steps: [{ ...approval.steps[0]!, after: "cancelled" }] })).toEqual([
      ["lifecycle.extension-after", ["steps", 0, "after"]],
    ]);
    expect(codes({ steps: [{ ...approval.steps[0]!, state: "reported" }] })).toEqual([
      ["lifecycle.extension-state", ["steps", 0, "state"]],
    ]);
    expect(
      codes({ steps: [approval.steps[0]!, { ...approval.steps[0]!, state: "checked", after: "approved" }] }),
    ).toEqual([["lifecycle.extension-event", ["steps", 1, "event"]]]);
    expect(codes({ steps: [{ ...approval.steps[0]!, event: "approve" }] })[0]![0]).toBe(
      "lifecycle.extension-invalid",
    );
    expect(codes(null)[0]![0]).toBe("lifecycle.extension-invalid");
  });
});
