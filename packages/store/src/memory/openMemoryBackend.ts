import type { Backend, PlanRow } from "../backend/Backend";
import { LATEST_SCHEMA_VERSION } from "../migrations";
import { StoreError } from "../StoreError";
import { memoryAccounts } from "./memoryAccounts";
import { memoryEvents } from "./memoryEvents";
import { memoryPlans } from "./memoryPlans";

/**
 * A store backend held in plain JavaScript structures: for tests, demos and
 * browsers (no file, no native module). Its contents end with the process.
 */
export function openMemoryBackend(): Backend {
  const plans = new Map<string, PlanRow[]>();
  return {
    kind: "memory",
    url: "memory:",
    schema: { from: 0, to: LATEST_SCHEMA_VERSION, applied: [], latest: LATEST_SCHEMA_VERSION },
    ...memoryEvents(plans),
    ...memoryPlans(plans),
    ...memoryAccounts(),
    async backup() {
      throw new StoreError("store.unsupported", {
        vi: "kho trong bộ nhớ không sao lưu được; hãy xuất sự kiện (export-events)",
        en: "an in-memory store cannot be backed up; export its events instead",
      });
    },
    async close() {},
  };
}
