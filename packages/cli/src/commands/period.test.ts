import { type PeriodResult, PeriodResultSchema } from "@kehoach/period";
import { describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { exitCodes } from "../exitCodes";
import { runCli } from "../runCli";
import { splitPhrases } from "./period";

describe("kehoach period", () => {
  it("prints a readable Vietnamese summary", async () => {
    const io = memoryIO();
    expect(await runCli(["period", "Từ tháng 4-10/2024"], io)).toBe(exitCodes.ok);
    expect(io.out()).toBe("Từ 01/04/2024 đến 31/10/2024 (7 tháng)\n");
    expect(io.err()).toBe("");
  });

  it("summarises deadlines, peaks and milestones", async () => {
    const cases: [string, string][] = [
      ["Hoàn thành trước ngày 30/11/2024 (đối với nhà được hỗ trợ sửa chữa)", "Hạn chót 30/11/2024"],
      [
        "Trong năm 2024; cao điểm trong tháng 09/2024 đến tháng 10/2024",
        "Từ 01/01/2024 đến 31/12/2024 (12 tháng); cao điểm từ 01/09/2024 đến 31/10/2024 (2 tháng)",
      ],
      ["Tuần đầu tháng 10/2024", "Từ 01/10/2024 đến 07/10/2024 (7 ngày)"],
      [
        "- Liên hoan cấp cơ sở: Tháng 10/2024 - Tham gia cấp Thành phố: Tháng 11, 12/2024",
        "Từ 01/10/2024 đến 31/12/2024 (3 tháng), 2 mốc — Liên hoan cấp cơ sở: từ 01/10/2024 đến 31/10/2024 (1 tháng) | Tham gia cấp Thành phố: từ 01/11/2024 đến 31/12/2024 (2 tháng)",
      ],
      ["Theo tiến độ của dự án", "Theo tiến độ: Theo tiến độ của dự án"],
    ];
    for (const [text, summary] of cases) {
      const io = memoryIO();
      // "--" ends the options: cells may start with a bullet "-".
      await runCli(["period", "--", text], io);
      expect(io.out()).toBe(`${summary}\n`);
    }
  });

  it("writes the PeriodResult as JSON with --json", async () => {
    const io = memoryIO();
    expect(await runCli(["period", "Quý III-IV/2024", "--json"], io)).toBe(0);
    const result = PeriodResultSchema.parse(JSON.parse(io.out()));
    expect([result.kind, result.start, result.end]).toEqual(["span", "2024-07-01", "2024-12-31"]);
  });

  it("reads one phrase per stdin line and writes one JSON line each, in order, blank lines included", async () => {
    const input = "Quý III-IV/2024\n\nTừ 01/8/2024 đến 31/12/2024\r\ntháng 8\n";
    const io = memoryIO(input);
    expect(await runCli(["period", "--json", "--year", "2025"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    const results = lines.map((l) => PeriodResultSchema.parse(JSON.parse(l)) as PeriodResult);
    expect(results.map((r) => r.text)).toEqual([
      "Quý III-IV/2024",
      "",
      "Từ 01/8/2024 đến 31/12/2024",
      "tháng 8",
    ]);
    expect(results.map((r) => r.kind)).toEqual(["span", "unknown", "span", "span"]);
    expect(results[3]?.start).toBe("2025-08-01");
  });

  it("keeps one readable line per stdin line", async () => {
    const io = memoryIO("Quý III/2024\n\nThường xuyên\n");
    await runCli(["period", "--year", "2024"], io);
    expect(io.out()).toBe("Từ 01/07/2024 đến 30/09/2024 (3 tháng)\n\nThường xuyên\n");
  });

  it("exits 1 when a phrase cannot be read, and explains on stderr", async () => {
    const io = memoryIO();
    expect(await runCli(["period", "ngày 31/2/2024"], io)).toBe(exitCodes.inputErrors);
    expect(io.err()).toContain("Ngày tháng không tồn tại");
    expect(io.err()).toContain("No such date");
    const stdin = memoryIO("Quý III/2024\nkhông có ngày\n");
    expect(await runCli(["period", "--json"], stdin)).toBe(exitCodes.inputErrors);
    expect(stdin.out().trimEnd().split("\n")).toHaveLength(2);
  });

  it("answers a bad --year or --anniversary with exit 2", async () => {
    const io = memoryIO();
    expect(await runCli(["period", "tháng 8", "--year", "24"], io)).toBe(exitCodes.usage);
    expect(io.err()).toContain("--year");
    const io2 = memoryIO();
    expect(await runCli(["period", "x", "--anniversary", "10/10/2024"], io2)).toBe(exitCodes.usage);
  });

  it("refuses a --reference-date or --anniversary that is not on the calendar with exit 1", async () => {
    for (const flag of ["--reference-date", "--anniversary"]) {
      const io = memoryIO();
      expect(await runCli(["period", "Quý III/2024", flag, "2023-02-29"], io)).toBe(exitCodes.inputErrors);
      expect(io.err()).toBe(
        `Lỗi: ${flag}: "2023-02-29" không phải một ngày có trên lịch | Error: ${flag}: "2023-02-29" is not a day of the calendar\n`,
      );
    }
  });

  it("resolves the anniversary cell with --anniversary", async () => {
    const io = memoryIO();
    await runCli(
      ["period", "dịp kỷ niệm 70 năm Ngày Giải phóng Thủ đô", "--anniversary", "2024-10-10", "--json"],
      io,
    );
    expect(JSON.parse(io.out()).start).toBe("2024-10-10");
  });

  it("shows the warnings of a misread in the summary, not only on stderr", async () => {
    const io = memoryIO();
    await runCli(["period", "ngày 6/2/2025 (tức mùng 10 tháng Giêng)"], io);
    expect(io.out()).toBe(
      "Ngày 06/02/2025 (âm lịch) — Cảnh báo: Ngày âm lịch ghi kèm không khớp: 2025-02-06 là ngày 9 tháng 1 âm lịch; dùng ngày dương lịch\n",
    );
    expect(io.err()).toContain("The lunar restatement disagrees");
  });

  it("shows the time of day and the rhythm", async () => {
    const io = memoryIO("7h30 ngày 20/11/2024\nTối 30/4/2025\nĐịnh kỳ hằng quý\n");
    await runCli(["period"], io);
    expect(io.out()).toBe("Ngày 20/11/2024, lúc 07:30\nNgày 30/04/2025, buổi tối\nĐịnh kỳ hằng quý\n");
  });

  it("counts from the document's date with --document-date", async () => {
    const io = memoryIO();
    await runCli(["period", "100 ngày kể từ ngày ban hành Kế hoạch", "--document-date", "2024-03-01"], io);
    expect(io.out()).toBe("Theo ngày ký: 100 ngày kể từ ngày ban hành Kế hoạch; đến hết 09/06/2024\n");
    const bad = memoryIO();
    expect(await runCli(["period", "x", "--document-date", "1/3/2024"], bad)).toBe(exitCodes.usage);
  });

  it("splits stdin without a phantom last line", () => {
    expect(splitPhrases("")).toEqual([]);
    expect(splitPhrases("a\n")).toEqual(["a"]);
    expect(splitPhrases("a\n\nb")).toEqual(["a", "", "b"]);
    expect(splitPhrases("\n")).toEqual([""]);
  });
});
