import type { Backend, EventRow, PlanRow, SessionRow, SnapshotRow, UserRow } from "../backend/Backend";
import { GENESIS_HASH } from "../hashEventRow";
import { LATEST_SCHEMA_VERSION } from "../migrations";
import { StoreError } from "../StoreError";

/**
 * A store backend held in plain JavaScript structures: for tests, demos and
 * browsers (no file, no native module). Its contents end with the process.
 */
export function openMemoryBackend(): Backend {
  const events: EventRow[] = [];
  const byId = new Map<string, EventRow>();
  const streams = new Map<string, number>();
  let head = { position: 0, hash: GENESIS_HASH };
  const plans = new Map<string, PlanRow[]>();
  const snapshots: SnapshotRow[] = [];
  const users = new Map<string, UserRow>();
  const sessions = new Map<string, SessionRow>();
  const streamKey = (plan: string, activity: string) => JSON.stringify([plan, activity]);

  return {
    kind: "memory",
    url: "memory:",
    schema: { from: 0, to: LATEST_SCHEMA_VERSION, applied: [], latest: LATEST_SCHEMA_VERSION },
    async append(key, plan) {
      const existing = key.ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [{ ...row }] : [];
      });
      const versions = plans.get(key.plan);
      const result = plan({
        head: { ...head },
        streamVersion: streams.get(streamKey(key.plan, key.activity)) ?? 0,
        existing,
        latestPlanVersion: versions?.[versions.length - 1]?.version ?? null,
      });
      for (const row of result.rows) {
        const copy = { ...row };
        events.push(copy);
        byId.set(copy.eventId, copy);
        streams.set(streamKey(copy.plan, copy.activity), copy.streamVersion);
        head = { position: copy.position, hash: copy.hash };
      }
      return result;
    },
    async head() {
      return { ...head };
    },
    async streamVersion(plan, activity) {
      return streams.get(streamKey(plan, activity)) ?? 0;
    },
    async *readEvents(filter, batchSize) {
      // Positions are 1-based and gapless, so the array index is position - 1.
      let index = filter.afterPosition;
      let left = filter.limit ?? Number.POSITIVE_INFINITY;
      while (left > 0 && index < events.length) {
        const batch: EventRow[] = [];
        while (index < events.length && batch.length < batchSize && batch.length < left) {
          const row = events[index++];
          if (!row) break;
          if (filter.plan !== undefined && row.plan !== filter.plan) continue;
          if (filter.activity !== undefined && row.activity !== filter.activity) continue;
          batch.push({ ...row });
        }
        if (batch.length === 0) continue;
        left -= batch.length;
        yield batch;
      }
    },
    async countEvents(plan, afterPosition) {
      let n = 0;
      for (let i = afterPosition; i < events.length; i++) if (events[i]?.plan === plan) n++;
      return n;
    },
    async savePlan(plan, build) {
      const versions = plans.get(plan) ?? [];
      const latest = versions[versions.length - 1] ?? null;
      const row = build(latest ? { ...latest } : null);
      if (!row) {
        if (!latest) throw new Error("savePlan: nothing to keep");
        return { row: { ...latest }, inserted: false };
      }
      versions.push({ ...row });
      plans.set(plan, versions);
      return { row, inserted: true };
    },
    async getPlan(plan, version) {
      const versions = plans.get(plan) ?? [];
      const row =
        version === undefined ? versions[versions.length - 1] : versions.find((v) => v.version === version);
      return row ? { ...row } : null;
    },
    async listPlans(plan) {
      const strip = ({ body: _body, ...rest }: PlanRow) => rest;
      if (plan !== undefined) return (plans.get(plan) ?? []).map(strip);
      return [...plans.keys()].sort().flatMap((id) => {
        const versions = plans.get(id) ?? [];
        const last = versions[versions.length - 1];
        return last ? [strip(last)] : [];
      });
    },
    async saveSnapshot(row) {
      const same = snapshots.findIndex(
        (s) =>
          s.plan === row.plan &&
          s.stream === row.stream &&
          s.machineVersion === row.machineVersion &&
          s.version === row.version,
      );
      if (same !== -1) snapshots.splice(same, 1);
      snapshots.push({ ...row });
    },
    async latestSnapshot(plan, stream, machineVersion) {
      let best: SnapshotRow | null = null;
      for (const s of snapshots) {
        if (s.plan !== plan || s.stream !== stream) continue;
        if (machineVersion !== undefined && s.machineVersion !== machineVersion) continue;
        if (!best || s.version >= best.version) best = s;
      }
      return best ? { ...best } : null;
    },
    async insertUser(row) {
      for (const u of users.values()) {
        if (u.username === row.username) {
          throw new StoreError(
            "account.username-taken",
            {
              vi: `tên đăng nhập "${row.username}" đã có người dùng`,
              en: `username "${row.username}" is already taken`,
            },
            { username: row.username },
          );
        }
      }
      users.set(row.id, { ...row });
    },
    async getUser(by) {
      if ("id" in by) {
        const row = users.get(by.id);
        return row ? { ...row } : null;
      }
      for (const u of users.values()) if (u.username === by.username) return { ...u };
      return null;
    },
    async listUsers() {
      return [...users.values()].sort((a, b) => (a.username < b.username ? -1 : 1)).map((u) => ({ ...u }));
    },
    async updateUser(row) {
      if (users.has(row.id)) users.set(row.id, { ...row });
    },
    async insertSession(row) {
      sessions.set(row.tokenHash, { ...row });
    },
    async getSession(tokenHash) {
      const row = sessions.get(tokenHash);
      return row ? { ...row } : null;
    },
    async deleteSessions(by) {
      let n = 0;
      for (const [key, row] of sessions) {
        const hit =
          "tokenHash" in by
            ? key === by.tokenHash
            : "userId" in by
              ? row.userId === by.userId
              : row.expiresAt <= by.expiredBefore;
        if (hit) {
          sessions.delete(key);
          n++;
        }
      }
      return n;
    },
    async backup() {
      throw new StoreError("store.unsupported", {
        vi: "kho trong bộ nhớ không sao lưu được; hãy xuất sự kiện (export-events)",
        en: "an in-memory store cannot be backed up; export its events instead",
      });
    },
    async close() {},
  };
}
