import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chooseEncoding } from "../src/encoding/chooseEncoding";
import { decodeBytes } from "../src/encoding/decodeBytes";
import { isVietnameseSyllable, scoreVietnameseText } from "../src/encoding/scoreVietnameseText";
import { importPlan } from "../src/index";

/** One small plan of our own, saved by `iconv` in each encoding (see fixtures/encodings/README.md). */
function fixture(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../../fixtures/encodings/${name}`, import.meta.url))),
  );
}

const reference = await importPlan({ data: fixture("ke-hoach.utf-8.txt"), fileName: "ke-hoach.txt" });

/** The plan without its diagnostics (they differ by the encoding note alone). */
function planOf(result: Awaited<ReturnType<typeof importPlan>>) {
  return result.plan === null ? null : { ...result.plan, diagnostics: [] };
}

describe("the reference plan (UTF-8), as written", () => {
  it("reads the titles, leads and times a person reads", () => {
    const plan = reference.plan;
    // Case aside: recasing the capitals heading is the title reader's business, not the encoding's.
    // The type heading "KẾ HOẠCH" is the document's kind, not part of its title (docs/import.md).
    expect(plan?.title.toLowerCase()).toBe("tổ chức ngày hội đọc sách và văn hóa đọc năm 2025");
    expect(plan?.activities.map((a) => a.code)).toEqual(["1", "1.1", "1.2", "2", "2.1", "2.2", "3"]);
    expect(plan?.activities[2]).toMatchObject({
      title: "Xây dựng tủ sách cộng đồng ở nhà văn hóa các tổ dân phố",
      time: { text: "Quý II/2025" },
    });
    expect(plan?.activities[2]?.leads[0]?.name).toBe("Ban Chỉ huy Quân sự phường");
    expect(plan?.activities[5]?.title).toBe(
      "Thi kể chuyện theo sách dành cho thiếu nhi, trao thưởng những bài dự thi xuất sắc",
    );
  });
});

describe("files in other encodings import to the same plan, with a note", () => {
  const cases: [file: string, code: string | null, says: RegExp | null][] = [
    ["ke-hoach.windows-1258.txt", "import.encoding-legacy", /Windows-1258/u],
    ["ke-hoach.utf-16le-bom.txt", "import.encoding-detected", /UTF-16 LE \(with a byte order mark\)/u],
    ["ke-hoach.utf-16be.txt", "import.encoding-detected", /UTF-16 BE \(no byte order mark/u],
    ["ke-hoach.utf-8-bom.txt", null, null],
  ];
  for (const [file, code, says] of cases) {
    it(file, async () => {
      const result = await importPlan({ data: fixture(file), fileName: "ke-hoach.txt" });
      expect(planOf(result)).toEqual(planOf(reference));
      const notes = result.diagnostics.filter((d) => d.code.startsWith("import.encoding"));
      if (code === null) expect(notes).toEqual([]);
      else {
        expect(notes).toHaveLength(1);
        expect(notes[0]).toMatchObject({ code, location: { file: "ke-hoach.txt" } });
        expect(notes[0]?.en).toMatch(says ?? /./u);
      }
    });
  }

  it("a Windows-1258 CSV (tone marks as combining characters) reads like the UTF-8 text", async () => {
    const csv = await importPlan({ data: fixture("ke-hoach.windows-1258.csv"), fileName: "ke-hoach.csv" });
    expect(csv.plan?.activities.map((a) => [a.code, a.title, a.leads[0]?.name ?? null, a.time.text])).toEqual(
      reference.plan?.activities.map((a) => [a.code, a.title, a.leads[0]?.name ?? null, a.time.text]),
    );
    expect(csv.diagnostics.find((d) => d.code === "import.encoding-legacy")?.vi).toMatch(
      /Đã chuyển 8 dòng từ bảng mã Windows-1258 sang Unicode/u,
    );
  });

  it("a CSV with a UTF-8 BOM keeps its first header cell clean", async () => {
    const csv = await importPlan({ data: fixture("ke-hoach.utf-8-bom.csv"), fileName: "ke-hoach.csv" });
    expect(csv.plan?.tables[0]?.columns[0]).toEqual({ role: "code", label: "TT" });
    expect(csv.plan?.activities).toHaveLength(7);
  });

  it("Windows-1258 text is NFC: the combining tone marks are composed", () => {
    const decoded = decodeBytes(fixture("ke-hoach.windows-1258.txt"));
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text).toBe(decoded.text.normalize("NFC"));
    expect(decoded.text).toContain("Phòng Văn hóa - Xã hội");
  });
});

describe("bytes that fit no supported encoding are an error, never mojibake", () => {
  it("a Russian KOI8-R file: no plan, one located error naming what was tried", async () => {
    const result = await importPlan({ data: fixture("ke-hoach.koi8-r.txt"), fileName: "plan.txt" });
    expect(result.plan).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: "import.encoding-unknown",
      severity: "error",
      location: { file: "plan.txt", line: 1 },
    });
    expect(result.diagnostics[0]?.en).toMatch(/Windows-1258 \d+%/u);
    expect(result.diagnostics[0]?.vi).toMatch(/hãy lưu lại tệp dưới dạng UTF-8/u);
  });

  it("random high bytes: no plan", async () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return 0xa0 + (seed % 96);
    });
    const result = await importPlan({ data: bytes, fileName: "plan.txt" });
    expect(result.plan).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["import.encoding-unknown"]);
  });

  it("a UTF-8 file with one damaged line keeps its text, marks the bytes and warns at the line", () => {
    const good = new TextEncoder().encode("Kế hoạch năm 2025\n");
    const decoded = decodeBytes(new Uint8Array([...good, 0x41, 0xff, 0x42, 0x0a]), "a.txt");
    expect(decoded.text).toBe("Kế hoạch năm 2025\nA\ufffdB\n");
    expect(decoded.diagnostics).toMatchObject([
      { code: "import.encoding-invalid", severity: "warning", location: { file: "a.txt", line: 2 } },
    ]);
  });

  it("a VNI-Windows file as a whole is converted, scored against the others", () => {
    const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
    const decoded = decodeBytes(latin1("Keá hoaïch toå chöùc ngaøy hoäi ñoïc saùch\nPhoøng Vaên hoùa"));
    expect(decoded.encoding).toBe("vni");
    expect(decoded.text).toBe("Kế hoạch tổ chức ngày hội đọc sách\nPhòng Văn hóa");
  });
});

describe("the scored decision", () => {
  it("tells syllables from mojibake", () => {
    for (const word of ["Phòng", "nghiêng", "khuya", "quyển", "giữa", "Đắk", "THƯỞNG", "hoà", "hòa"])
      expect(isVietnameseSyllable(word), word).toBe(true);
    // What the issue saw: Windows-1258 read as Latin-1.
    for (const word of ["PhoÌng", "Nôòi", "vuò", "Ðõn", "phýõÌng", "chøc", "Keá"])
      expect(isVietnameseSyllable(word), word).toBe(false);
  });

  it("scores a right decoding near 1 and the issue's mojibake near 0", () => {
    expect(scoreVietnameseText("Phòng Nội vụ chủ trì, phối hợp với các phường").quality).toBe(1);
    expect(scoreVietnameseText("PhoÌng Nôòi vuò chuÒ triÌ").quality).toBeLessThan(0.3);
    expect(scoreVietnameseText("KÕ ho¹ch tæ chøc").quality).toBeLessThan(0.3);
    expect(scoreVietnameseText("UBND, TTĐT, ĐVT").quality).toBe(1);
  });

  it("ranks every candidate and takes the best only above the floor", () => {
    const decision = chooseEncoding(fixture("ke-hoach.windows-1258.txt"), ["tcvn3", "vni", "windows-1258"]);
    expect(decision.encoding).toBe("windows-1258");
    expect(decision.scores.map((s) => s.encoding)[0]).toBe("windows-1258");
    expect(decision.scores[0]?.quality).toBe(1);
    expect(decision.scores.slice(1).every((s) => s.quality < 0.5)).toBe(true);
    expect(
      chooseEncoding(fixture("ke-hoach.koi8-r.txt"), ["windows-1258", "tcvn3", "vni"]).encoding,
    ).toBeNull();
  });
});
