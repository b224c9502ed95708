// The browser half of the embedding story, bundled by Vite from the installed @kehoach/period and
// @kehoach/core: read a time cell, load the plan the Node story imported, run its events through the
// engine and show the status. The consumer test reads #result in Chromium.
import { createPlanEngine, type PlanEventInput, parsePlan, queryPlanStatus } from "@kehoach/core";
import { parsePeriod } from "@kehoach/period";

async function main(): Promise<void> {
  const period = parsePeriod("Quý III-IV/2024");
  const seed = (await (await fetch("./seed.json")).json()) as { plan: unknown; events: PlanEventInput[] };
  const parsed = parsePlan(seed.plan);
  if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.en).join("\n"));
  const engine = createPlanEngine(parsed.plan);
  const applied = seed.events.map((event) => engine.apply(event).ok);
  const asOf = "2024-06-30";
  const status = queryPlanStatus(engine.plan, engine.stateAt(asOf), { asOf });
  return show({
    period: { kind: period.kind, start: period.start, end: period.end },
    applied,
    started: seed.events.map((e) => status.activities.find((a) => a.id === e.activity)?.status),
    total: status.total,
    overdue: status.overdue,
    classes: status.classes,
  });
}

function show(value: unknown): void {
  const out = document.querySelector("#result");
  if (out) out.textContent = JSON.stringify(value);
}

main().catch((error: unknown) => show({ error: String(error) }));
