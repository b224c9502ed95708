import type { UnitRef } from "@kehoach/core";
import { describe, expect, it } from "vitest";
import { formatUnitRefs } from "../src/index";

const ref = (source: string, name: string, extra: Partial<UnitRef> = {}): UnitRef => ({
  unitId: null,
  name,
  source,
  requested: false,
  scope: "district",
  members: [],
  number: null,
  ...extra,
});

describe("formatUnitRefs", () => {
  it("puts 'Đề nghị' back before requested units, once", () => {
    expect(formatUnitRefs([ref("LĐLĐ quận", "Liên đoàn Lao động quận", { requested: true })])).toBe(
      "Đề nghị LĐLĐ quận",
    );
    expect(formatUnitRefs([ref("Đề nghị LĐLĐ quận", "Liên đoàn Lao động quận", { requested: true })])).toBe(
      "Đề nghị LĐLĐ quận",
    );
    expect(
      formatUnitRefs([ref("LĐLĐ quận", "Liên đoàn Lao động quận", { requested: true })], "canonical"),
    ).toBe("Đề nghị Liên đoàn Lao động quận");
  });

  it("keeps a distributed phrase together: 'UBND, Hội CCB, Đoàn TNCS HCM các phường'", () => {
    const refs = [
      ref("Các phòng, ban, đơn vị liên quan", "Các phòng, ban, đơn vị liên quan", { scope: "group" }),
      ref("UBND", "Ủy ban nhân dân các phường", { scope: "group", members: ["ubnd-phuong-ha-dinh"] }),
      ref("Hội CCB", "Hội Cựu chiến binh các phường", { scope: "group", members: ["x"] }),
      ref("Đoàn TNCS HCM các phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh các phường", { scope: "group" }),
    ];
    expect(formatUnitRefs(refs)).toBe(
      "Các phòng, ban, đơn vị liên quan; UBND, Hội CCB, Đoàn TNCS HCM các phường",
    );
    expect(formatUnitRefs(refs, "canonical")).toContain(
      "Ủy ban nhân dân các phường; Hội Cựu chiến binh các phường",
    );
  });

  it("numbers co-leads and joins the rest with semicolons", () => {
    expect(formatUnitRefs([ref("A", "A", { number: 1 }), ref("B", "B", { number: 2 })])).toBe("(1) A; (2) B");
    expect(formatUnitRefs([])).toBe("");
  });
});
