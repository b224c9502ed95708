import { createUnitRegistry } from "@kehoach/core";
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import { describe, expect, it } from "vitest";
import { defaultImportTools } from "./ImportTools";
import { memoizeImportTools } from "./memoizeImportTools";

const registry = createUnitRegistry([...thanhXuan70.units], [...thanhXuan70.wards]);
const direct = defaultImportTools();
const memo = memoizeImportTools(direct);

describe("memoizeImportTools", () => {
  it("gives what the resolvers give, with diagnostics placed in each cell that repeats a text", () => {
    const text = "(1) Phòng VH&TT; (2) Phòng Không Có; Đề nghị Hội LHPN quận";
    const date = "2024-04-01";
    for (const line of [3, 9, 27]) {
      const location = { file: "kh.txt", line, column: 40 };
      const expected = direct.resolveUnits?.(text, { registry, date, location });
      const got = memo.resolveUnits?.(text, { registry, date, location });
      expect(got).toEqual(expected);
      expect(got?.diagnostics.map((d) => d.location?.line)).toEqual([line]);
    }
  });

  it("keys periods by year and targets by level", () => {
    expect(memo.parsePeriod?.("Quý III", { year: 2023 }).start).toBe("2023-07-01");
    expect(memo.parsePeriod?.("Quý III", { year: 2024 }).start).toBe("2024-07-01");
    const text = "tặng quà 55 gia đình chính sách";
    expect(memo.findTargets?.(text, { level: "ward" })[0]?.level).toBe("ward");
    expect(memo.findTargets?.(text, { level: "district" })[0]?.level).toBe("district");
    expect(memo.findDocumentRefs?.("Kế hoạch số 63/KH-UBND ngày 02/02/2024")).toEqual(
      direct.findDocumentRefs?.("Kế hoạch số 63/KH-UBND ngày 02/02/2024"),
    );
  });

  it("keeps a missing resolver missing", () => {
    const none = memoizeImportTools({ ...direct, parsePeriod: null, resolveUnits: null });
    expect(none.parsePeriod).toBeNull();
    expect(none.resolveUnits).toBeNull();
  });
});
