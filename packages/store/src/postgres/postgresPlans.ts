import type { PlanBackend, PlanRow, SnapshotRow } from "../backend/Backend";
import { inTransaction, type PostgresConnection } from "./postgresConnection";

const PLAN_META = `plan_id AS plan, version, title, hash, created_at AS "createdAt", note`;
const SNAPSHOT_COLUMNS = `plan_id AS plan, stream, version, machine_version AS "machineVersion", data, created_at AS "createdAt"`;
const LATEST_PLAN_SQL = `SELECT ${PLAN_META}, body FROM plans WHERE plan_id = $1 ORDER BY version DESC LIMIT 1`;

/** Plan versions (saved under a per-plan advisory lock) and snapshots on PostgreSQL. */
export function postgresPlans(connection: PostgresConnection): PlanBackend {
  const { query } = connection;
  return {
    savePlan(plan, build) {
      return connection.withClient((client) =>
        inTransaction(client, async () => {
          await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [plan]);
          const latest = (await client.query<PlanRow>(LATEST_PLAN_SQL, [plan])).rows[0] ?? null;
          const row = build(latest);
          if (!row) {
            if (!latest) throw new Error("savePlan: nothing to keep");
            return { row: latest, inserted: false };
          }
          await client.query(
            "INSERT INTO plans (plan_id, version, title, hash, body, created_at, note) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            [row.plan, row.version, row.title, row.hash, row.body, row.createdAt, row.note],
          );
          return { row, inserted: true };
        }),
      );
    },
    async getPlan(plan, version) {
      const rows =
        version === undefined
          ? await query<PlanRow>(LATEST_PLAN_SQL, [plan])
          : await query<PlanRow>(`SELECT ${PLAN_META}, body FROM plans WHERE plan_id = $1 AND version = $2`, [
              plan,
              version,
            ]);
      return rows[0] ?? null;
    },
    async listPlans(plan) {
      return plan === undefined
        ? query(`SELECT DISTINCT ON (plan_id) ${PLAN_META} FROM plans ORDER BY plan_id, version DESC`)
        : query(`SELECT ${PLAN_META} FROM plans WHERE plan_id = $1 ORDER BY version`, [plan]);
    },
    async saveSnapshot(row) {
      await query(
        `INSERT INTO snapshots (plan_id, stream, version, machine_version, data, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (plan_id, stream, machine_version, version) DO UPDATE SET data = EXCLUDED.data, created_at = EXCLUDED.created_at`,
        [row.plan, row.stream, row.version, row.machineVersion, row.data, row.createdAt],
      );
    },
    async latestSnapshot(plan, stream, machineVersion) {
      const rows =
        machineVersion === undefined
          ? await query<SnapshotRow>(
              `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE plan_id = $1 AND stream = $2 ORDER BY version DESC, created_at DESC LIMIT 1`,
              [plan, stream],
            )
          : await query<SnapshotRow>(
              `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE plan_id = $1 AND stream = $2 AND machine_version = $3
               ORDER BY version DESC LIMIT 1`,
              [plan, stream, machineVersion],
            );
      return rows[0] ?? null;
    },
  };
}
