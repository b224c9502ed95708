import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { runCli } from "../runCli";

// The core's realistic year: the whole seed plan and its 56 events of 2024.
const fixtures = fileURLToPath(new URL("../../../../fixtures/thanh-xuan-70/", import.meta.url));
const planPath = join(fixtures, "seed-plan.json");
const eventsPath = join(fixtures, "events-2024.jsonl");
const dir = mkdtempSync(join(tmpdir(), "kehoach-export-progress-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const progress = (...rest: string[]) => [
  "export",
  planPath,
  "--report",
  "progress",
  "--events",
  eventsPath,
  ...rest,
];

describe("kehoach export --report progress", () => {
  it("writes the progress report as of a date as Markdown on stdout", async () => {
    const io = memoryIO();
    expect(await runCli(progress("--as-of", "2024-12-31", "--format", "md"), io)).toBe(0);
    const md = io.outBytes().toString("utf8");
    expect(md).toContain("# BÁO CÁO");
    expect(md).toContain("| 4 | Chưa hoàn thành, quá hạn | 1 | 3,8 |");
    expect(md).toContain("| 4.4 |");
    expect(io.err()).toBe("");
  });

  it("counts differently as of 2024-10-10", async () => {
    const io = memoryIO();
    expect(await runCli(progress("--as-of", "2024-10-10", "--format", "md"), io)).toBe(0);
    expect(io.outBytes().toString("utf8")).toContain("| 1 | Hoàn thành đúng hạn | 4 | 15,4 |");
  });

  it("writes a .docx to a file", async () => {
    const io = memoryIO();
    const file = join(dir, "bao-cao.docx");
    expect(await runCli(progress("--as-of", "2024-12-31", "-o", file), io)).toBe(0);
    // a zip whose directory names the Word parts (the XML itself is read back in @kehoach/export's tests)
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.toString("latin1")).toContain("word/document.xml");
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it("limits the report to one unit", async () => {
    const io = memoryIO();
    const args = progress(
      "--as-of",
      "2024-12-31",
      "--format",
      "csv",
      "--unit",
      "phong-lao-dong-thuong-binh-xa-hoi",
    );
    expect(await runCli(args, io)).toBe(0);
    const csv = io.outBytes().toString("utf8");
    expect(csv).toContain("4.1");
    expect(csv).not.toContain("Liên hoan Nghệ thuật quần chúng");
  });

  it("reports rejected events and lines that are not JSON with their line numbers, writes the report, exits 1", async () => {
    const lines = readFileSync(eventsPath, "utf8").trimEnd().split("\n");
    const bad = join(dir, "bad.jsonl");
    writeFileSync(
      bad,
      [
        ...lines.slice(0, 3),
        "{not json",
        JSON.stringify({
          id: "x-1",
          activity: "t1-4.1",
          type: "REWARD",
          by: { unit: "ubnd-quan-thanh-xuan" },
          at: "2024-05-01T08:00:00+07:00",
          payload: {},
        }),
      ].join("\n"),
    );
    const io = memoryIO();
    const code = await runCli(
      [
        "export",
        planPath,
        "--report",
        "progress",
        "--events",
        bad,
        "--as-of",
        "2024-12-31",
        "--format",
        "md",
      ],
      io,
    );
    expect(code).toBe(1);
    expect(io.err()).toContain("Dòng 4: [event.not-json]");
    expect(io.err()).toMatch(/Dòng 5: .*x-1.*lifecycle\.invalid-transition/);
    expect(io.err()).toContain("| Line 5: ");
    expect(io.outBytes().toString("utf8")).toContain("# BÁO CÁO");
  });

  it("refuses a bad --as-of (exit 2) and an unknown unit (exit 1)", async () => {
    const io = memoryIO();
    expect(await runCli(progress("--as-of", "31/12/2024", "--format", "md"), io)).toBe(2);
    expect(io.err()).toContain("--as-of");
    const io2 = memoryIO();
    expect(
      await runCli(progress("--as-of", "2024-12-31", "--format", "md", "--unit", "phong-khong-co"), io2),
    ).toBe(1);
    expect(io2.err()).toContain("phong-khong-co");
  });

  it("without --events reports every activity as not started", async () => {
    const io = memoryIO();
    expect(
      await runCli(
        ["export", planPath, "--report", "progress", "--as-of", "2024-03-01", "--format", "md"],
        io,
      ),
    ).toBe(0);
    expect(io.outBytes().toString("utf8")).toContain("0/26 nhiệm vụ đã được triển khai");
  });
});
