import { lifecycle as baDinhLifecycle } from "@kehoach/plugin-phuong-ba-dinh-80";
import { describe, expect, it } from "vitest";
import { eventsByStatus } from "./allowedActions";

describe("eventsByStatus", () => {
  it("is the core machine without steps", () => {
    const events = eventsByStatus();
    expect(events.get("reported")).toEqual(["RETURN", "REWARD", "CANCEL"]);
    expect(events.has("approved")).toBe(false);
  });

  it("inserts Ba Đình's approved step: reported → APPROVE, approved → RETURN, REWARD, CANCEL", () => {
    const events = eventsByStatus(baDinhLifecycle.steps);
    expect(events.get("reported")).toEqual(["RETURN", "CANCEL", "APPROVE"]);
    expect(events.get("approved")).toEqual(["RETURN", "REWARD", "CANCEL"]);
    expect(events.get("inProgress")).toEqual(["PROGRESS", "REPORT", "EXTEND", "CANCEL"]);
  });

  it("chains two steps after one another", () => {
    const label = { vi: "x", en: "x" };
    const events = eventsByStatus([
      { state: "checked", after: "reported", event: "CHECK", allowed: ["issuer"], label },
      { state: "approved", after: "checked", event: "APPROVE", allowed: ["issuer"], label },
    ]);
    expect(events.get("reported")).toEqual(["RETURN", "CANCEL", "CHECK"]);
    expect(events.get("checked")).toEqual(["RETURN", "CANCEL", "APPROVE"]);
    expect(events.get("approved")).toEqual(["RETURN", "REWARD", "CANCEL"]);
  });
});
