import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PlanInput } from "@kehoach/core";
import { openStore } from "@kehoach/store";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { exitCodes } from "../exitCodes";
import { runCli } from "../runCli";

/** The importer's encoding fixtures: one small plan of our own saved in each encoding. */
const encodings = fileURLToPath(new URL("../../../../fixtures/encodings/", import.meta.url));
const coreFixtures = fileURLToPath(new URL("../../../../fixtures/thanh-xuan-70/", import.meta.url));
const planPath = join(coreFixtures, "seed-plan.json");
const eventsPath = join(coreFixtures, "events-2024.jsonl");

const dir = mkdtempSync(join(tmpdir(), "kehoach-encodings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of a file with a UTF-8 byte order mark in front, as Notepad saves it. */
function withBom(path: string, name: string): string {
  const out = join(dir, name);
  writeFileSync(out, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
  return out;
}

/** A copy of a file in UTF-16 LE with its byte order mark (Notepad's "Unicode"). */
function asUtf16(path: string, name: string): string {
  const out = join(dir, name);
  writeFileSync(
    out,
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path, "utf8"), "utf16le")]),
  );
  return out;
}

describe("kehoach import: encodings and exit codes", () => {
  const summary = "Bảng 1 / Table 1: 5 hoạt động / activities, 2 mục / sections";

  it("a Windows-1258 file imports (exit 0) with the conversion said on stderr", async () => {
    const io = memoryIO();
    expect(await runCli(["import", join(encodings, "ke-hoach.windows-1258.txt")], io)).toBe(exitCodes.ok);
    expect(io.out()).toContain(summary);
    expect(io.err()).toMatch(
      /ke-hoach\.windows-1258\.txt:1: cảnh báo\/warning \[import\.encoding-legacy\] Đã chuyển 11 dòng từ bảng mã Windows-1258/u,
    );
    expect(io.err()).not.toMatch(/Ì|Ð|õ/u);
  });

  it("UTF-16 with and without a BOM, and UTF-8 with a BOM, import (exit 0)", async () => {
    for (const file of ["ke-hoach.utf-16le-bom.txt", "ke-hoach.utf-16be.txt", "ke-hoach.utf-8-bom.txt"]) {
      const io = memoryIO();
      expect(await runCli(["import", join(encodings, file), "--json"], io), file).toBe(exitCodes.ok);
      const plan = JSON.parse(io.out()) as { activities: { title: string }[] };
      expect(plan.activities[1]?.title).toBe("Khảo sát nhu cầu đọc của người dân và học sinh trên địa bàn");
    }
  });

  it("a file whose bytes fit no supported encoding exits 1 with one error and no plan", async () => {
    const io = memoryIO();
    const file = join(encodings, "ke-hoach.koi8-r.txt");
    expect(await runCli(["import", file, "--json"], io)).toBe(exitCodes.inputErrors);
    expect(JSON.parse(io.out())).toMatchObject({
      plan: null,
      diagnostics: [{ code: "import.encoding-unknown" }],
    });
    expect(io.err()).toMatch(/lỗi\/error \[import\.encoding-unknown\] Không nhận ra bảng mã của tệp/u);
  });
});

describe("every JSON reader of the CLI accepts a byte order mark", () => {
  it("status reads a plan and an events file saved with a BOM, as without", async () => {
    const plain = memoryIO();
    const args = ["--as-of", "2024-12-31", "--json"];
    expect(await runCli(["status", planPath, "--events", eventsPath, ...args], plain)).toBe(0);
    const bom = memoryIO();
    const code = await runCli(
      ["status", withBom(planPath, "plan.json"), "--events", withBom(eventsPath, "events.jsonl"), ...args],
      bom,
    );
    expect(bom.err()).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(bom.out())).toEqual(JSON.parse(plain.out()));
    expect(JSON.parse(bom.out()).events).toEqual({ accepted: 56, duplicates: 0, rejected: [] });
  });

  it("status reads an events file in UTF-16", async () => {
    const io = memoryIO();
    const events = asUtf16(eventsPath, "events-utf16.jsonl");
    expect(
      await runCli(["status", planPath, "--events", events, "--as-of", "2024-12-31", "--json"], io),
    ).toBe(0);
    expect(JSON.parse(io.out()).events.accepted).toBe(56);
  });

  it("export reads an events file saved with a BOM", async () => {
    const io = memoryIO();
    const events = withBom(eventsPath, "export-events.jsonl");
    const out = join(dir, "progress.md");
    expect(
      await runCli(
        ["export", planPath, "--events", events, "--as-of", "2024-12-31", "--report", "progress", "-o", out],
        io,
      ),
    ).toBe(0);
    expect(io.err()).toBe("");
    expect(readFileSync(out, "utf8")).toContain("Hoàn thành");
  });

  it("db import-events imports a file saved with a BOM, line 1 included", async () => {
    const db = join(dir, "k.sqlite");
    const plan = JSON.parse(readFileSync(planPath, "utf8")) as PlanInput;
    const store = await openStore(db);
    await store.savePlan(plan);
    await store.close();
    const io = memoryIO();
    const file = withBom(eventsPath, "db-events.jsonl");
    expect(await runCli(["db", "import-events", file, "--plan", plan.id, "--db", db, "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ imported: 56, duplicates: 0, diagnostics: [], rejected: [] });
  });
});
