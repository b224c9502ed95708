import { type CoreDiagnosticCode, coreDiagnostic, coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import type { Diagnostic } from "../model/Diagnostic";
import { type LifecycleExtension, LifecycleExtensionSchema } from "./LifecycleExtension";

const coreStates = ["planned", "inProgress", "reported", "rewarded", "cancelled"];
const finalStates = new Set(["rewarded", "cancelled"]);
const coreEvents = new Set(["START", "PROGRESS", "REPORT", "RETURN", "REWARD", "CANCEL", "EXTEND"]);

function problem(code: CoreDiagnosticCode, vi: string, en: string, path: (string | number)[]): Diagnostic {
  return coreDiagnostic(code, "error", { vi, en }, { path });
}

/**
 * Checks a lifecycle extension: its shape (zod), and that each step follows
 * an existing non-final state, adds a new state name and a new event name.
 * Returns the problems found (empty when it is usable).
 */
export function validateLifecycleExtension(extension: unknown): Diagnostic[] {
  const parsed = LifecycleExtensionSchema.safeParse(extension);
  if (!parsed.success) {
    return coreZodDiagnostics(
      "lifecycle.extension-invalid",
      { vi: "Phần mở rộng vòng đời", en: "lifecycle extension" },
      parsed.error.issues,
    );
  }
  const ext: LifecycleExtension = parsed.data;
  const states = new Set(coreStates);
  const events = new Set(coreEvents);
  const out: Diagnostic[] = [];
  ext.steps.forEach((s, i) => {
    if (!states.has(s.after) || finalStates.has(s.after)) {
      out.push(
        problem(
          "lifecycle.extension-after",
          `bước "${s.state}" phải theo sau một trạng thái chưa kết thúc, không phải "${s.after}"`,
          `step "${s.state}" must follow an existing non-final state, not "${s.after}"`,
          ["steps", i, "after"],
        ),
      );
    }
    if (states.has(s.state)) {
      out.push(
        problem(
          "lifecycle.extension-state",
          `trạng thái "${s.state}" đã có`,
          `state "${s.state}" already exists`,
          ["steps", i, "state"],
        ),
      );
    }
    if (events.has(s.event)) {
      out.push(
        problem(
          "lifecycle.extension-event",
          `sự kiện "${s.event}" đã có`,
          `event "${s.event}" already exists`,
          ["steps", i, "event"],
        ),
      );
    }
    states.add(s.state);
    events.add(s.event);
  });
  return out;
}
