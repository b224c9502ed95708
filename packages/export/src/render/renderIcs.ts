import { z } from "zod";
import { cellText } from "../report/cellText";
import { type Report, type ReportRow, ReportSchema } from "../report/Report";
import { assertValid } from "./assertValid";
import { reportTables } from "./reportTables";

/** Options of {@link renderIcs}. */
export const IcsOptionsSchema = z.object({
  /** Only the activities this unit leads or takes part in (unit id). */
  unit: z.string().min(1).optional(),
  /** Calendar name (default: the report title). */
  name: z.string().optional(),
  /** DTSTAMP of every event, ISO date-time (default: now). Fix it for reproducible files. */
  stamp: z.iso.datetime({ offset: true }).optional(),
  /** Days before the date to remind (a VALARM); null for none (default 7). */
  alarmDaysBefore: z.number().int().min(0).max(365).nullable().default(7),
  /** Domain used in UIDs (default "kehoach"). */
  uidDomain: z.string().min(1).default("kehoach"),
});
/** What {@link IcsOptionsSchema} accepts (before defaults are filled in): options of {@link renderIcs}. */
export type IcsOptions = z.input<typeof IcsOptionsSchema>;

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function compactDate(date: string): string {
  return date.replaceAll("-", "");
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function stampOf(iso: string | undefined): string {
  const d = iso ? new Date(iso) : new Date();
  return `${d.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** The date an activity is due: its deadline, else the end of its period. */
export function dueDate(row: ReportRow): string | null {
  return row.activity?.deadline ?? row.activity?.end ?? null;
}

/**
 * Renders an iCalendar (RFC 5545) file with one all-day event per activity on
 * its deadline (or the end of its period), so a unit can subscribe to its own
 * deadlines: `unit` keeps the activities it leads or takes part in. Events
 * carry the code and title, the time cell, leads and coordinators, stable UIDs
 * (plan and activity id) and a reminder. Activities with no date are left out.
 */
export function renderIcs(report: Report, options: IcsOptions = {}): string {
  const valid = assertValid(ReportSchema, report, "report");
  const opts = assertValid(IcsOptionsSchema, options, "options");
  const stamp = stampOf(opts.stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//kehoach//@kehoach/export//VI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(opts.name ?? valid.title)}`,
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
  ];
  const seen = new Set<string>();
  for (const table of reportTables(valid)) {
    for (const row of table.rows) {
      const activity = row.activity;
      const due = dueDate(row);
      if (!activity || !due || row.kind === "section") continue;
      if (opts.unit && !activity.leads.includes(opts.unit) && !activity.coordinators.includes(opts.unit))
        continue;
      if (seen.has(activity.id)) continue;
      seen.add(activity.id);
      const leads = cellText(row.cells.leads);
      const coordinators = cellText(row.cells.coordinators);
      const description = [
        `Thời gian: ${activity.timeText}`,
        leads ? `Đơn vị chủ trì: ${leads}` : "",
        coordinators ? `Đơn vị phối hợp: ${coordinators}` : "",
        activity.deadline ? `Hạn: ${due}` : `Kết thúc: ${due}`,
      ]
        .filter(Boolean)
        .join("\n");
      lines.push(
        "BEGIN:VEVENT",
        `UID:${escapeIcsText(`${valid.planId}/${activity.id}@${opts.uidDomain}`)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compactDate(due)}`,
        `DTEND;VALUE=DATE:${compactDate(nextDay(due))}`,
        `SUMMARY:${escapeIcsText(`${activity.code} ${activity.title}`)}`,
        `DESCRIPTION:${escapeIcsText(description)}`,
        `CATEGORIES:${escapeIcsText(activity.deadline ? "Hạn chót" : "Kết thúc")}`,
        "TRANSP:TRANSPARENT",
      );
      if (opts.alarmDaysBefore !== null) {
        lines.push(
          "BEGIN:VALARM",
          "ACTION:DISPLAY",
          `DESCRIPTION:${escapeIcsText(`Sắp đến hạn: ${activity.code} ${activity.title}`)}`,
          `TRIGGER:-P${opts.alarmDaysBefore}D`,
          "END:VALARM",
        );
      }
      lines.push("END:VEVENT");
    }
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldIcsLine).join("\r\n")}\r\n`;
}
