import type { PlanBackend, PlanRow, SnapshotRow } from "../backend/Backend";

/** Plan versions and snapshots in memory; `plans` is shared with the event log (which reads the latest version). */
export function memoryPlans(plans: Map<string, PlanRow[]>): PlanBackend {
  const snapshots: SnapshotRow[] = [];
  return {
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
  };
}
