import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { runCli } from "../runCli";

const seed = fileURLToPath(
  new URL("../../../plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
);

describe("kehoach import", () => {
  it("prints the seed plan as JSON with the Thanh Xuân plugin and writes -o", async () => {
    const io = memoryIO();
    const out = join(mkdtempSync(join(tmpdir(), "kehoach-import-")), "plan.json");
    const code = await runCli(
      ["import", seed, "--plugin", "thanh-xuan-70", "--year", "2024", "--json", "-o", out],
      io,
    );
    expect(code).toBe(0);
    const plan = JSON.parse(io.out()) as {
      id: string;
      activities: { id: string }[];
      issuer: { unitId: string };
    };
    expect(plan.activities).toHaveLength(30);
    expect(plan.issuer.unitId).toBe("ubnd-quan-thanh-xuan");
    expect(plan.id).toBe("ke-hoach-70-nam-giai-phong-thu-do");
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(plan);
    expect(io.err()).toContain("[import.numbering-gap]");
    expect(io.err()).toMatch(/ke-hoach-70-nam-giai-phong-thu-do\.txt:43:1: cảnh báo\/warning/u);
  });

  it("imports a Markdown plan (pipe tables, a caption above each)", async () => {
    // Written for this test: a caption line, a GFM table, a second table under its own heading.
    const file = join(mkdtempSync(join(tmpdir(), "kehoach-import-")), "ke-hoach.md");
    writeFileSync(
      file,
      [
        "**BIỂU TỔNG HỢP CÁC NHIỆM VỤ NĂM 2026**",
        "",
        "| TT | Nội dung | Đơn vị chủ trì | Thời gian |",
        "| --- | --- | --- | --- |",
        "| 1 | Rà soát thủ tục hành chính | Văn phòng UBND | Quý I/2026 |",
        "| 2 | Số hóa hồ sơ \\| hộ tịch | Phòng Tư pháp | Tháng 6/2026 |",
        "",
        "## Phối hợp",
        "",
        "| TT | Nội dung | Đơn vị chủ trì | Thời gian |",
        "| --- | --- | --- | --- |",
        "| 1 | Tham gia hội thao | Công an phường | Tháng 8/2026 |",
        "",
      ].join("\n"),
    );
    const io = memoryIO();
    expect(await runCli(["import", file, "--json"], io)).toBe(0);
    const plan = JSON.parse(io.out()) as {
      tables: { title: string }[];
      activities: { id: string; title: string; time: { text: string } }[];
    };
    expect(plan.tables.map((table) => table.title)).toEqual([
      "Biểu tổng hợp các nhiệm vụ năm 2026",
      "Phối hợp",
    ]);
    expect(plan.activities.map((a) => [a.id, a.title, a.time.text])).toEqual([
      ["t1-1", "Rà soát thủ tục hành chính", "Quý I/2026"],
      ["t1-2", "Số hóa hồ sơ | hộ tịch", "Tháng 6/2026"],
      ["t2-1", "Tham gia hội thao", "Tháng 8/2026"],
    ]);
  });

  it("prints a readable summary without --json", async () => {
    const io = memoryIO();
    expect(await runCli(["import", seed], io)).toBe(0);
    expect(io.out()).toContain("Bảng 1 / Table 1: 17 hoạt động / activities, 4 mục / sections");
    expect(io.out()).toContain("Bảng 2 / Table 2: 9 hoạt động");
    expect(io.out()).toContain(
      "Mã kế hoạch / Plan id: kh-ubnd-2024-04-cac-hoat-dong-ky-niem-70-nam-ngay-giai-phong-thu-do-10-10-1954-10-10-2024",
    );
  });

  it("without --plugin: repeated warnings on one line with a count, and the matching plugin suggested", async () => {
    const io = memoryIO();
    expect(await runCli(["import", seed], io)).toBe(0);
    const lines = io.err().trimEnd().split("\n");
    // The sentence in nine coordinator cells of table 2: one line, its count and its other places.
    const sentence = lines.filter((line) => line.includes('"Căn cứ chức năng, nhiệm vụ được giao'));
    expect(sentence).toHaveLength(1);
    expect(sentence[0]).toMatch(
      /:51:136: cảnh báo\/warning \[unit\.unresolved\] .* \(×9; cũng ở\/also at 52:42, 53:55, .*, … \+2\)$/u,
    );
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.filter((line) => line.includes("[unit.unresolved]")).length).toBeLessThan(15);
    expect(lines.at(-1)).toBe(
      `gợi ý/hint: plugin thanh-xuan-70 có đơn vị ban hành "UBND quận Thanh Xuân"; nhập lại với / import again with: kehoach import ${seed} --plugin thanh-xuan-70`,
    );
    expect(io.out()).toContain("Đơn vị đã nhận ra / Units resolved: 17");
  });

  it("imports the Ba Đình ward plan with its plugin: every unit and time word read", async () => {
    const io = memoryIO();
    const sample = fileURLToPath(
      new URL("../../../plugin-phuong-ba-dinh-80/plans/sample-plan.txt", import.meta.url),
    );
    expect(await runCli(["import", sample, "--plugin", "phuong-ba-dinh-80", "--json"], io)).toBe(0);
    const plan = JSON.parse(io.out()) as { id: string; diagnostics: { code: string }[] };
    expect(plan.id).toBe("ke-hoach-phuong-ba-dinh-80");
    expect(
      plan.diagnostics.filter((d) => d.code.startsWith("unit.") || d.code === "import.period-unknown"),
    ).toEqual([]);
  });

  it("exits 1 on a binary file named .txt, with a located diagnostic and no stack trace", async () => {
    const io = memoryIO();
    const file = join(mkdtempSync(join(tmpdir(), "kehoach-import-")), "plan.txt");
    writeFileSync(file, new Uint8Array([0, 1, 2, 3, 255, 0, 7, 8]));
    expect(await runCli(["import", file], io)).toBe(1);
    expect(io.err()).toContain("[import.binary]");
    expect(io.err()).not.toMatch(/at .*\.ts:\d+/u);
  });

  it("exits 2 on an unknown plugin or a bad year", async () => {
    expect(await runCli(["import", seed, "--plugin", "nope"], memoryIO())).toBe(2);
    expect(await runCli(["import", seed, "--year", "24"], memoryIO())).toBe(2);
  });

  it("exits 1 on a missing file", async () => {
    const io = memoryIO();
    expect(await runCli(["import", "/nonexistent/plan.docx"], io)).toBe(1);
    expect(io.err()).toContain("cannot read file");
  });
});
