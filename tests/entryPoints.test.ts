import { describe, expect, it } from "vitest";
import { loadedPackages } from "./helpers/loadedPackages";

/**
 * The subpath entry points load only what they name, in both module formats, from the built
 * packages as a consumer gets them: an SQLite store never loads `pg`, a PostgreSQL one never
 * loads `better-sqlite3`, and each report writer loads its own library and none of the others.
 */
const formats = ["esm", "cjs"] as const;
const drivers = ["pg", "better-sqlite3"];
const writers = ["docx", "exceljs", "pdfmake"];

/** The scenario's lines that import the Thanh Xuân plan shipped with its plugin (a .txt document). */
const importShippedPlan = `
  const { readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const { importPlan } = await load("@kehoach/import");
  const file = join(root, "packages", "plugin-thanh-xuan-70", "plans", "ke-hoach-70-nam-giai-phong-thu-do.txt");
  const { plan } = await importPlan({ data: new Uint8Array(await readFile(file)), fileName: "ke-hoach.txt" });
  const { buildPlanTableReport } = await load("@kehoach/export/report");
  const { report } = buildPlanTableReport(plan);`;

describe.each(formats)("entry points (%s)", (format) => {
  it("@kehoach/store/sqlite opens, writes and reads an SQLite store without loading pg", () => {
    const { packages, result } = loadedPackages(
      format,
      `const { openSqliteStore } = await load("@kehoach/store/sqlite");
       const store = await openSqliteStore(dir + "/kehoach.sqlite");
       const saved = await store.accounts.create({ username: "can-bo", password: "mat-khau-dai", role: "viewer" });
       const found = await store.accounts.findByUsername("can-bo");
       await store.close();
       return { kind: store.kind, same: found?.id === saved.id };`,
    );
    expect(result).toEqual({ kind: "sqlite", same: true });
    expect(packages).toContain("better-sqlite3");
    expect(packages.filter((p) => p.startsWith("pg"))).toEqual([]);
  });

  it('openStore("sqlite:…") loads better-sqlite3 and not pg; openStore("memory:") loads neither', () => {
    const sqlite = loadedPackages(
      format,
      `const { openStore } = await load("@kehoach/store");
       const store = await openStore("sqlite:" + dir + "/kehoach.sqlite");
       await store.close();
       return store.schema.to;`,
    );
    expect(sqlite.result).toBeGreaterThan(0);
    expect(sqlite.packages).toContain("better-sqlite3");
    expect(sqlite.packages.filter((p) => p.startsWith("pg"))).toEqual([]);

    const memory = loadedPackages(
      format,
      `const { openStore } = await load("@kehoach/store");
       const store = await openStore("memory:");
       await store.close();
       return store.kind;`,
    );
    expect(memory.result).toBe("memory");
    expect(memory.packages.filter((p) => drivers.includes(p) || p.startsWith("pg"))).toEqual([]);
  });

  it('@kehoach/store/postgres and openStore("postgres://…") load pg and not better-sqlite3', () => {
    const { packages, result } = loadedPackages(
      format,
      `const { openPostgresStore } = await load("@kehoach/store/postgres");
       const { openStore, isStoreError } = await load("@kehoach/store");
       const codes = [];
       for (const open of [openPostgresStore, openStore]) {
         // Nothing listens on port 1: the driver loads, connects, and is refused. isStoreError comes from
         // the main entry and the error from a subpath: one StoreError class across entries (CJS too).
         await open("postgres://kehoach@127.0.0.1:1/kehoach").catch((e) =>
           codes.push(isStoreError(e) ? e.code : String(e)),
         );
       }
       return codes;`,
    );
    expect(result).toEqual(["store.unreachable", "store.unreachable"]);
    expect(packages).toContain("pg");
    expect(packages).not.toContain("better-sqlite3");
  });

  it("@kehoach/export/report with /xlsx writes a workbook without loading docx or pdfmake", () => {
    const { packages, result } = loadedPackages(
      format,
      `${importShippedPlan}
       const { renderXlsx } = await load("@kehoach/export/xlsx");
       const bytes = await renderXlsx(report);
       return { zip: String.fromCharCode(bytes[0], bytes[1]), big: bytes.length > 10000 };`,
    );
    expect(result).toEqual({ zip: "PK", big: true });
    expect(packages.filter((p) => writers.includes(p))).toEqual(["exceljs"]);
  });

  it("@kehoach/export/report with /docx writes a document without loading exceljs or pdfmake", () => {
    const { packages, result } = loadedPackages(
      format,
      `${importShippedPlan}
       const { renderDocx } = await load("@kehoach/export/docx");
       const bytes = await renderDocx(report);
       return { zip: String.fromCharCode(bytes[0], bytes[1]), big: bytes.length > 5000 };`,
    );
    expect(result).toEqual({ zip: "PK", big: true });
    expect(packages.filter((p) => writers.includes(p))).toEqual(["docx"]);
  });

  it("@kehoach/export/report with /pdf writes a PDF without loading docx or exceljs", () => {
    const { packages, result } = loadedPackages(
      format,
      `${importShippedPlan}
       const { renderPdf } = await load("@kehoach/export/pdf");
       const bytes = await renderPdf(report);
       return { header: new TextDecoder().decode(bytes.subarray(0, 5)), big: bytes.length > 10000 };`,
    );
    expect(result).toEqual({ header: "%PDF-", big: true });
    expect(packages.filter((p) => writers.includes(p))).toEqual(["pdfmake"]);
  });

  it("@kehoach/export/report alone loads no writer library", () => {
    const { packages, result } = loadedPackages(
      format,
      `${importShippedPlan}
       return report.parts.length > 0;`,
    );
    expect(result).toBe(true);
    expect(packages.filter((p) => writers.includes(p))).toEqual([]);
  });
});
