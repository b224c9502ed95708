// The embedding story of a district tool, written as a consumer writes it against the installed
// packages: read a time cell, import the seed plan with its plugin, run events through the plan runtime,
// ask for the status, export the progress report as .xlsx. Prints one JSON line of what it saw.
// The consumer tests compile it as is (TypeScript, node16 and bundler resolution, .mts and .cts)
// and strip its types for the plain ESM and CommonJS scripts.
import { writeFileSync } from "node:fs";
import { createKehoach, createPlanRuntime, type PlanEventInput, queryPlanStatus } from "@kehoach/core";
import { exportPlan } from "@kehoach/export";
import { importPlan } from "@kehoach/import";
import { parsePeriod } from "@kehoach/period";
import { keHoach70NamGiaiPhongThuDo, thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";

async function main(xlsxFile: string, seedFile: string | undefined): Promise<void> {
  const period = parsePeriod("Quý III-IV/2024");
  // The plugins this tool has installed; each plan runs with those it names (plan.plugins).
  const kehoach = createKehoach({ plugins: [thanhXuan70] });
  const imported = await importPlan(
    { data: keHoach70NamGiaiPhongThuDo, fileName: "ke-hoach-70-nam-giai-phong-thu-do.txt" },
    { plugins: [thanhXuan70] },
  );
  const plan = imported.plan;
  if (!plan) throw new Error(imported.diagnostics.map((d) => d.en).join("\n"));

  const led = plan.activities.filter((a) => !a.isSection && a.leads[0]?.unitId);
  const events: PlanEventInput[] = led.slice(0, 3).map((activity, i) => ({
    id: `consumer-${i + 1}`,
    activity: activity.id,
    type: "START",
    by: { unit: activity.leads[0]?.unitId ?? "" },
    at: `2024-0${i + 3}-05T08:30:00+07:00`,
    payload: {},
  }));
  const runtime = createPlanRuntime({ plan, kehoach });
  const applied = events.map((event, i) => runtime.add({ position: i + 1, event }).ok);
  const asOf = "2024-06-30";
  const status = queryPlanStatus(runtime.plan, runtime.stateAt(asOf), { asOf });

  const xlsx = await exportPlan(plan, { format: "xlsx", report: "progress", asOf, events, kehoach });
  if (!xlsx.ok) throw new Error(xlsx.diagnostics.map((d) => d.en).join("\n"));
  writeFileSync(xlsxFile, xlsx.data);
  if (seedFile) writeFileSync(seedFile, JSON.stringify({ plan, events }));

  console.log(
    JSON.stringify({
      period: { kind: period.kind, start: period.start, end: period.end },
      plan: { id: plan.id, activities: plan.activities.length, tables: plan.tables.length },
      applied,
      started: events.map((e) => status.activities.find((a) => a.id === e.activity)?.status),
      total: status.total,
      overdue: status.overdue,
      classes: status.classes,
      xlsx: { bytes: xlsx.data.byteLength, extension: xlsx.exporter.extension },
    }),
  );
}

main(process.argv[2] ?? "progress.xlsx", process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
