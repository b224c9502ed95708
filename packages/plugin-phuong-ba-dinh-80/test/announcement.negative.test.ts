import { KehoachError, type Plan } from "@kehoach/core";
import { exportPlan } from "@kehoach/export";
import { describe, expect, it } from "vitest";
import { buildRewardAnnouncement, phuongBaDinh80, renderRewardAnnouncement, samplePlan } from "../src/index";
import { importWithVocabulary } from "./importWithVocabulary";

describe("the reward announcement refuses what is not a progress report", () => {
  it.each([null, 42, "text", {}, { kind: "progress", planId: "x", parts: [] }])(
    "%j is not a report: an error diagnostic, and render throws a KehoachError",
    (input) => {
      const { announcement, diagnostics } = buildRewardAnnouncement(input);
      expect(announcement).toBeNull();
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics[0]).toMatchObject({ code: "announcement.invalid-report", severity: "error" });
      // Core's wording for zod problems, in Vietnamese, located: "Báo cáo không hợp lệ tại parts: …".
      expect(diagnostics[0]?.vi).toMatch(/^Báo cáo không hợp lệ/u);
      expect(diagnostics[0]?.vi).not.toMatch(/Invalid input|expected/u);
      expect(diagnostics[0]?.en).toMatch(/^invalid report/u);
      expect(diagnostics[0]?.location?.path).toBeDefined();
      expect(() => renderRewardAnnouncement(input)).toThrow(KehoachError);
    },
  );

  it("warns on a plan table report (no rewards table) and lists nobody", async () => {
    const plan = (await importWithVocabulary(samplePlan, phuongBaDinh80)).plan as Plan;
    const result = await exportPlan(plan, { report: "plan", format: "md" });
    if (!result.ok) throw new Error("export failed");
    const { announcement, diagnostics } = buildRewardAnnouncement(result.report);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["announcement.no-rewards", "warning"]]);
    expect(announcement?.collectives).toEqual([]);
  });

  it("ignores recipients that are neither collectives nor individuals, and section rows", () => {
    const report = {
      kind: "progress",
      planId: "p",
      parts: [
        {
          blocks: [
            {
              type: "table",
              table: {
                id: "progress-rewards",
                rows: [
                  { kind: "section", cells: { recipients: { text: "Tập thể: Không tính" } } },
                  {
                    kind: "item",
                    cells: {
                      code: { text: "1" },
                      recipients: { text: "Ghi chú\nTập thể:  \nTập thể: TDP 1" },
                    },
                  },
                ],
              },
            },
          ],
        },
      ],
    };
    expect(buildRewardAnnouncement(report).announcement?.collectives.map((c) => c.name)).toEqual(["TDP 1"]);
  });
});
