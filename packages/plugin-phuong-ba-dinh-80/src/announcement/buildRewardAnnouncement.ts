import type { Diagnostic } from "@kehoach/core";
import { pluginDiagnostic, pluginZodDiagnostics } from "../diagnosticCodes";
import {
  AnnouncementInputSchema,
  REWARDS_TABLE_ID,
  type RewardAnnouncement,
  type RewardedCollective,
} from "./RewardAnnouncement";

const COLLECTIVE = /^\s*tập thể\s*:\s*(\S.*?)\s*$/iu;
const INDIVIDUAL = /^\s*cá nhân\s*:/iu;

/**
 * Reads the rewarded collectives out of a progress report (the report
 * `@kehoach/export` builds with `report: "progress"`): every "Tập thể: …"
 * recipient of its rewards table, in plan order, each with the activity, the
 * form and the decision. Never throws: an input that is not a report gives
 * `announcement: null` and an error diagnostic; a report without a rewards
 * table (a plan table report) gives an empty list and a warning.
 */
export function buildRewardAnnouncement(report: unknown): {
  announcement: RewardAnnouncement | null;
  diagnostics: Diagnostic[];
} {
  const parsed = AnnouncementInputSchema.safeParse(report);
  if (!parsed.success) {
    return {
      announcement: null,
      diagnostics: pluginZodDiagnostics(
        "announcement.invalid-report",
        { vi: "Báo cáo", en: "report" },
        parsed.error.issues,
      ),
    };
  }
  const input = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const tables = input.parts
    .flatMap((part) => part.blocks)
    .flatMap((block) => ("table" in block && block.table.id === REWARDS_TABLE_ID ? [block.table] : []));
  if (tables.length === 0) {
    diagnostics.push(
      pluginDiagnostic("announcement.no-rewards", "warning", {
        vi: "Báo cáo không có biểu khen thưởng: hãy xuất báo cáo tiến độ (--report progress)",
        en: "The report has no rewards table: export the progress report (--report progress)",
      }),
    );
  }
  const collectives: RewardedCollective[] = [];
  let individuals = 0;
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.kind !== "item") continue;
      const cell = (key: string) => row.cells[key]?.text.normalize("NFC").trim() ?? "";
      for (const line of cell("recipients").split("\n")) {
        const match = COLLECTIVE.exec(line);
        if (match?.[1]) {
          collectives.push({
            name: match[1],
            activityCode: cell("code"),
            activityTitle: cell("title"),
            form: cell("form"),
            decision: cell("decision"),
          });
        } else if (INDIVIDUAL.test(line)) individuals += 1;
      }
    }
  }
  const closing = input.closing;
  return {
    announcement: {
      planId: input.planId,
      issuer: input.letterhead?.issuer ?? ["ỦY BAN NHÂN DÂN"],
      place: input.letterhead?.place ?? null,
      date: input.letterhead?.date ?? input.asOf,
      asOf: input.asOf,
      collectives,
      individuals,
      authority: closing?.authority ?? "TM. ỦY BAN NHÂN DÂN",
      position: closing?.position ?? "CHỦ TỊCH",
      signer: closing?.signer ?? null,
      recipients: closing?.recipients ?? [],
    },
    diagnostics,
  };
}
