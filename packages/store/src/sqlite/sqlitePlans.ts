import type Database from "better-sqlite3";
import type { PlanBackend, PlanRow, SnapshotRow } from "../backend/Backend";
import { guardSqlite } from "./sqliteEvents";
import type { SqliteStatements } from "./sqliteStatements";

/** Plan versions and snapshots on SQLite. */
export function sqlitePlans(db: Database.Database, path: string, s: SqliteStatements): PlanBackend {
  const guard = <T>(fn: () => T): T => guardSqlite(path, fn);
  return {
    async savePlan(plan, build) {
      return guard(() =>
        db
          .transaction(() => {
            const latest = (s.latestPlan().get(plan) as PlanRow | undefined) ?? null;
            const row = build(latest);
            if (!row) {
              if (!latest) throw new Error("savePlan: nothing to keep");
              return { row: latest, inserted: false };
            }
            s.insertPlan().run(row);
            return { row, inserted: true };
          })
          .immediate(),
      );
    },
    async getPlan(plan, version) {
      return guard(
        () =>
          ((version === undefined ? s.latestPlan().get(plan) : s.planVersion().get(plan, version)) as
            | PlanRow
            | undefined) ?? null,
      );
    },
    async listPlans(plan) {
      return guard(
        () =>
          (plan === undefined ? s.latestPlans().all() : s.planVersions().all(plan)) as Omit<
            PlanRow,
            "body"
          >[],
      );
    },
    async saveSnapshot(row) {
      guard(() => s.insertSnapshot().run(row));
    },
    async latestSnapshot(plan, stream, machineVersion) {
      return guard(
        () =>
          ((machineVersion === undefined
            ? s.latestSnapshot().get(plan, stream)
            : s.latestSnapshotOf().get(plan, stream, machineVersion)) as SnapshotRow | undefined) ?? null,
      );
    },
  };
}
