// Every package names the diagnostic codes it can emit in one exported union, and
// builds its diagnostics through a creator typed with it (core's `createDiagnostic`
// and `zodIssuesToDiagnostics` instantiated with the union), so a misspelt code does
// not compile. This test lists each package's codes, checks that no source writes a
// diagnostic code by hand outside those creators, and that what the packages return
// in practice carries codes from their lists.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { cliDiagnosticCodes } from "@kehoach/cli";
import { type CoreDiagnosticCode, coreDiagnosticCodes, createDiagnostic, parsePlan } from "@kehoach/core";
import { exportDiagnosticCodes, exportPlan } from "@kehoach/export";
import { importDiagnosticCodes } from "@kehoach/import";
import { buildRewardAnnouncement, phuongBaDinh80DiagnosticCodes } from "@kehoach/plugin-phuong-ba-dinh-80";
import { importEventsJsonl, openStore, storeDiagnosticCodes } from "@kehoach/store";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

describe("each package's diagnostic codes", () => {
  it("core lists its own and the lifecycle's", () => {
    expect(coreDiagnosticCodes).toContain("unit.unresolved");
    expect(coreDiagnosticCodes).toContain("plan.invalid_type");
    expect(coreDiagnosticCodes).toContain("lifecycle.invalid-transition");
    expect(coreDiagnosticCodes).toContain("engine.invalid-plan");
    expect(coreDiagnosticCodes.length).toBe(new Set(coreDiagnosticCodes).size);
    expect(coreDiagnosticCodes.length).toBeGreaterThan(70);
  });

  it("the store, export, the CLI and the Ba Đình plugin list theirs", () => {
    expect([...storeDiagnosticCodes].sort()).toEqual([
      "events.bad-json",
      "events.duplicate-id",
      "events.invalid",
      "store.chain-deleted",
      "store.chain-edited",
      "store.chain-inserted",
      "store.chain-truncated",
      "store.chain-unreadable",
    ]);
    expect([...exportDiagnosticCodes].sort()).toEqual([
      "export.duplicate-format",
      "export.empty-report",
      "export.event-rejected",
      "export.invalid-exporter",
      "export.invalid-input",
      "export.invalid-options",
      "export.state-after-as-of",
      "export.state-missing-activity",
      "export.state-plan-mismatch",
      "export.unknown-format",
      "export.unknown-unit",
    ]);
    expect([...cliDiagnosticCodes].sort()).toEqual(["cli.invalid-arguments", "event.not-json"]);
    expect([...phuongBaDinh80DiagnosticCodes].sort()).toEqual([
      "announcement.invalid-report",
      "announcement.no-rewards",
    ]);
    expect(importDiagnosticCodes).toContain("import.plan-invalid");
  });

  it("no two packages claim the same code", () => {
    const all = [
      ...coreDiagnosticCodes,
      ...importDiagnosticCodes,
      ...storeDiagnosticCodes,
      ...exportDiagnosticCodes,
      ...cliDiagnosticCodes,
      ...phuongBaDinh80DiagnosticCodes,
    ];
    expect(all.length).toBe(new Set(all).size);
  });

  it("a misspelt code does not compile with a package's union", () => {
    const typed = createDiagnostic<CoreDiagnosticCode>;
    // @ts-expect-error "unit.unresolvd" is not a core diagnostic code
    const misspelt = typed("unit.unresolvd", "error", { vi: "x", en: "x" });
    expect(misspelt.code).toBe("unit.unresolvd");
    expect(typed("unit.unresolved", "error", { vi: "x", en: "x" }).code).toBe("unit.unresolved");
  });
});

describe("diagnostic codes are written only through the typed creators", () => {
  const packages = [
    "core",
    "import",
    "store",
    "export",
    "cli",
    "plugin-phuong-ba-dinh-80",
    "plugin-thanh-xuan-70",
  ];

  it("no source builds a diagnostic object with a literal code", () => {
    // A diagnostic object literal: a dotted code with a severity beside it (errors and ledger entries
    // carry typed codes of their own: StoreErrorCode, ExportDiagnosticCode, ImportDiagnosticCode).
    const literal = /\bcode:\s*["'`][a-z]+\.[a-z0-9_-]+["'`],\s*severity:/gu;
    const found = packages.flatMap((name) =>
      sources(join(root, "packages", name, "src")).flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(literal)].map((m) => `${relative(root, file)}: ${m[0]}`),
      ),
    );
    expect(found).toEqual([]);
  });
});

describe("what the packages return carries codes from their lists", () => {
  it("core's parsePlan", () => {
    const codes = [...parsePlan("{").diagnostics, ...parsePlan({ year: "2024" }).diagnostics].map(
      (d) => d.code,
    );
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) expect(coreDiagnosticCodes).toContain(code);
  });

  it("the store's importEventsJsonl", async () => {
    const store = await openStore("memory:");
    try {
      const result = await importEventsJsonl(store, '{not json\n{"id":"x"}\n', { plan: "any" });
      expect(result.diagnostics.map((d) => d.code)).toEqual(["events.bad-json", "events.invalid"]);
      for (const d of result.diagnostics) expect(storeDiagnosticCodes).toContain(d.code);
    } finally {
      await store.close();
    }
  });

  it("export's exportPlan and the Ba Đình plugin's announcement", async () => {
    const exported = await exportPlan({}, { format: "nope" });
    expect(exported.diagnostics.length).toBeGreaterThan(0);
    for (const d of exported.diagnostics) expect(exportDiagnosticCodes).toContain(d.code);
    const announcement = buildRewardAnnouncement(null);
    expect(announcement.diagnostics.map((d) => d.code)).toEqual(["announcement.invalid-report"]);
  });
});
