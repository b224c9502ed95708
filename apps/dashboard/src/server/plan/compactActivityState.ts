import type { ActivityState, LifecycleContext, ProgressEntry, ReportEntry } from "@kehoach/core";

/** What a lifecycle machine remembers, without its histories: the counts and the latest entries instead. */
export interface CompactContext {
  status: string;
  percent: number | null;
  achieved: Record<string, number>;
  startedAt: string | null;
  reportedAt: string | null;
  rewardedAt: string | null;
  cancelledAt: string | null;
  /** How many PROGRESS, REPORT, RETURN and EXTEND entries the full history holds. */
  counts: { progress: number; reports: number; returns: number; extensions: number };
  latestProgress: ProgressEntry | null;
  latestReport: ReportEntry | null;
}

/** An activity's state as `POST …/events` answers it: the full history is `GET …/activities/:id`. */
export interface CompactActivityState extends CompactContext {
  id: string;
  wardParts: (CompactContext & { ward: string })[];
}

function compactContext(status: string, c: LifecycleContext): CompactContext {
  return {
    status,
    percent: c.percent,
    achieved: c.achieved,
    startedAt: c.startedAt,
    reportedAt: c.reportedAt,
    rewardedAt: c.rewardedAt,
    cancelledAt: c.cancelledAt,
    counts: {
      progress: c.progress.length,
      reports: c.reports.length,
      returns: c.returns.length,
      extensions: c.extensions.length,
    },
    latestProgress: c.progress[c.progress.length - 1] ?? null,
    latestReport: c.reports[c.reports.length - 1] ?? null,
  };
}

/**
 * The state a POST answers: status, percent, dates, counts and the latest
 * entries, a few hundred bytes whatever the activity's history (the whole
 * context grew with every PROGRESS: 499 KB after 2,000 events).
 */
export function compactActivityState(state: ActivityState): CompactActivityState {
  return {
    id: state.id,
    ...compactContext(state.status, state.context),
    wardParts: state.wardParts.map((p) => ({ ward: p.ward, ...compactContext(p.status, p.context) })),
  };
}
