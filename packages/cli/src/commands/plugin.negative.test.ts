import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryIO } from "../../test/memoryIO";
import { exitCodes } from "../exitCodes";
import { runCli } from "../runCli";
import { planPluginScaffold, renderTemplate } from "./pluginScaffold";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kehoach-plugin-neg-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("kehoach plugin new refuses bad usage with exit 2 and writes nothing", () => {
  it.each([
    [["plugin", "new", "Phuong Moc"], "kebab-case"],
    [["plugin", "new", "x"], "name"],
    [["plugin", "new", "moc", "--year", "20x6"], "--year"],
    [["plugin", "new", "moc", "--year", "1970"], "year"],
    [["plugin", "new", "moc", "--date", "1975-02-30"], "date"],
    [["plugin", "new", "moc", "--ward", 'Mọc"; process.exit(1); "'], "ward"],
    [["plugin", "new", "moc", "--ward", `$${"{"}process.env.HOME}`], "ward"],
    [["plugin", "new", "moc", "--scope", "my office"], "scope"],
    [["plugin", "new", "moc", "--groups", "0"], "groups"],
  ])("%j", async (args, what) => {
    const io = memoryIO();
    expect(await runCli([...args, "--dir", dir], io)).toBe(exitCodes.usage);
    expect(io.err()).toMatch(/^Lỗi: .* \| Error: /u);
    expect(io.err()).toContain(what);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a folder that exists and is not empty", async () => {
    mkdirSync(join(dir, "plugin-moc"));
    writeFileSync(join(dir, "plugin-moc", "keep.txt"), "mine");
    const io = memoryIO();
    expect(await runCli(["plugin", "new", "moc", "--dir", dir], io)).toBe(exitCodes.usage);
    expect(io.err()).toContain("không trống");
    expect(readdirSync(join(dir, "plugin-moc"))).toEqual(["keep.txt"]);
    rmSync(join(dir, "plugin-moc"), { recursive: true });
  });

  it("needs a name", async () => {
    const io = memoryIO();
    expect(await runCli(["plugin", "new"], io)).toBe(exitCodes.usage);
  });
});

describe("the scaffold's building blocks", () => {
  it("throws on a placeholder the templates forgot to fill (a bug, never user text)", () => {
    expect(() => renderTemplate("{{name}} {{nope}}", { name: "x" })).toThrow("{{nope}}");
    expect(renderTemplate("{ {name} } {{name}}", { name: "x" })).toBe("{ {name} } x");
  });

  it("computes the anniversary and the sample's dates around the day", () => {
    const plan = planPluginScaffold({
      name: "plugin-ba-dinh-80",
      ward: "Ba Đình",
      event: "Cách mạng Tháng Tám",
      date: "1945-08-19",
      year: 2025,
    });
    expect(plan.folder).toBe("plugin-ba-dinh-80");
    expect(plan.values).toMatchObject({
      camelName: "baDinh80",
      wardId: "ba-dinh",
      years: "80",
      on: "2025-08-19",
      dayBefore: "16/8/2025",
      quarter: "III",
      // The ward's units exist from 1 July 2025: the plan date is never earlier.
      planDate: "2025-07-01",
    });
    expect(planPluginScaffold({ name: "phuong-moc-30-4", year: 2026 }).values.camelName).toBe("phuongMoc304");
    expect(() => planPluginScaffold({ name: "30-4", year: 2026 })).toThrow("kebab-case");
  });
});
