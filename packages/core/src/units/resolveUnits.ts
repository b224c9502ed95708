import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";
import { type CoreDiagnosticCode, coreDiagnostic, coreZodDiagnostics } from "../errors/coreDiagnosticCodes";
import { type Diagnostic, type SourceLocation, SourceLocationSchema } from "../model/Diagnostic";
import type { Unit, UnitRef } from "../model/Unit";
import { normalizeWithOffsets } from "../text/normalizeWithOffsets";
import { isValidAt } from "./isValidAt";
import { splitUnitCell } from "./splitUnitCell";
import type { UnitRegistry } from "./UnitRegistry";
import { wardCommitteeId } from "./wardCommittee";

/** Options of {@link resolveUnits}. */
export const ResolveUnitsOptionsSchema = z.object({
  registry: z.custom<UnitRegistry>(
    (value) =>
      typeof value === "object" &&
      value !== null &&
      typeof (value as UnitRegistry).lookupAll === "function" &&
      typeof (value as UnitRegistry).membersAt === "function",
    {
      message: "registry must come from createUnitRegistry",
      params: { vi: "registry phải được tạo bằng createUnitRegistry" },
    },
  ),
  /** The plan date (ISO): groups expand to the wards valid then, and units outside their validity are flagged. */
  date: IsoDateSchema.nullish(),
  /** Where the cell is (file, line, cell): copied into every diagnostic, with the span added. */
  location: SourceLocationSchema.nullish(),
});
/** What {@link ResolveUnitsOptionsSchema} accepts (before defaults are filled in): options of {@link resolveUnits}. */
export type ResolveUnitsOptions = z.input<typeof ResolveUnitsOptionsSchema>;

/** What {@link resolveUnits} returns. */
export interface ResolveUnitsResult {
  refs: UnitRef[];
  diagnostics: Diagnostic[];
}

const AFTER = "(?![\\p{L}\\p{N}])";
const REQUESTED = new RegExp(`^đề nghị${AFTER}\\s*`, "iu");
const TRAILING_VERB = /\s+(?:phối hợp(?:\s+thực hiện)?|thực hiện|chủ trì)$/iu;
const CONNECTOR = new RegExp(`\\s*,\\s*|\\s+(?:phối hợp với|cùng với|cùng|với|và)${AFTER}\\s*`, "giu");
const ALL_WARDS = /\s+các phường$/iu;
const WARD_LIST = /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:phường|P\.)\s*(.+)$/iu;
const MAX_GROUP = 8;

interface Piece {
  text: string;
  start: number;
  end: number;
}

interface Context {
  registry: UnitRegistry;
  date: string | null;
  requested: boolean;
  number: number | null;
  refs: UnitRef[];
  diagnostics: Diagnostic[];
  toSource(offset: number): number;
  location: SourceLocation | null;
}

function spanOf(ctx: Context, piece: Piece) {
  return { start: ctx.toSource(piece.start), end: ctx.toSource(piece.end) };
}

function diagnose(
  ctx: Context,
  piece: Piece,
  code: CoreDiagnosticCode,
  severity: Diagnostic["severity"],
  vi: string,
  en: string,
) {
  ctx.diagnostics.push(
    coreDiagnostic(code, severity, { vi, en }, { ...(ctx.location ?? {}), span: spanOf(ctx, piece) }),
  );
}

function refOf(ctx: Context, unit: Unit, piece: Piece): UnitRef {
  const group = unit.kind === "group";
  return {
    unitId: unit.id,
    name: unit.name,
    source: piece.text,
    requested: ctx.requested,
    scope: group ? "group" : unit.scope,
    members: group ? ctx.registry.membersAt(unit, ctx.date) : [],
    number: ctx.number,
  };
}

/** Looks a piece up; pushes its ref (and any diagnostic) when it names exactly one unit. */
function tryResolve(ctx: Context, piece: Piece): boolean {
  const candidates = ctx.registry.lookupAll(piece.text);
  if (candidates.length === 0) return false;
  const valid = candidates.filter((u) => isValidAt(u, ctx.date));
  const chosen = valid.length > 0 ? valid : candidates;
  if (chosen.length > 1) {
    ctx.refs.push(unresolved(ctx, piece));
    diagnose(
      ctx,
      piece,
      "unit.ambiguous",
      "warning",
      `"${piece.text}" có thể là nhiều đơn vị: ${chosen.map((u) => u.id).join(", ")}`,
      `"${piece.text}" may name several units: ${chosen.map((u) => u.id).join(", ")}`,
    );
    return true;
  }
  const unit = chosen[0];
  if (!unit) return false;
  ctx.refs.push(refOf(ctx, unit, piece));
  if (valid.length === 0 && ctx.date) {
    diagnose(
      ctx,
      piece,
      "unit.not-valid-at-date",
      "warning",
      `"${unit.name}" không còn (hoặc chưa) tồn tại vào ngày ${ctx.date}`,
      `"${unit.name}" does not exist on ${ctx.date}`,
    );
  }
  return true;
}

function unresolved(ctx: Context, piece: Piece): UnitRef {
  return {
    unitId: null,
    name: piece.text,
    source: piece.text,
    requested: ctx.requested,
    scope: "group",
    members: [],
    number: ctx.number,
  };
}

function splitPieces(piece: Piece, pattern: RegExp): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const m of piece.text.matchAll(pattern)) {
    out.push({
      text: piece.text.slice(from, m.index),
      start: piece.start + from,
      end: piece.start + m.index,
    });
    from = m.index + m[0].length;
  }
  out.push({ text: piece.text.slice(from), start: piece.start + from, end: piece.end });
  return out.filter((p) => p.text.trim().length > 0);
}

function join(source: string, a: Piece, b: Piece): Piece {
  return { text: source.slice(a.start, b.end), start: a.start, end: b.end };
}

/** "UBND, Hội CCB, Đoàn TNCS HCM các phường": "các phường" distributes over the list. */
function tryAllWards(ctx: Context, source: string, piece: Piece): boolean {
  const m = ALL_WARDS.exec(piece.text);
  if (!m) return false;
  const head: Piece = { text: piece.text.slice(0, m.index), start: piece.start, end: piece.start + m.index };
  const parts = splitPieces(head, CONNECTOR);
  if (parts.length < 2) return false;
  const units = parts.map((p) => ctx.registry.lookupAll(`${p.text} các phường`));
  if (units.some((u) => u.length !== 1)) return false;
  parts.forEach((p, i) => {
    const unit = units[i]?.[0];
    if (unit) ctx.refs.push(refOf(ctx, unit, i === parts.length - 1 ? join(source, p, piece) : p));
  });
  return true;
}

/** "UBND phường KĐ, TXB", "phường Nhân Chính": the wards' People's Committees. */
function tryWardList(ctx: Context, piece: Piece): boolean {
  const m = WARD_LIST.exec(piece.text);
  if (!m || m[1] === undefined) return false;
  const listStart = piece.start + piece.text.length - m[1].length;
  const parts = splitPieces({ text: m[1], start: listStart, end: piece.end }, CONNECTOR);
  const wards = parts.map((p) => ctx.registry.lookupWard(p.text, { date: ctx.date }));
  if (parts.length === 0 || wards.some((w) => w === null)) return false;
  wards.forEach((ward, i) => {
    const committee = ward ? ctx.registry.get(wardCommitteeId(ward.id)) : undefined;
    const part = parts[i];
    if (committee && part)
      ctx.refs.push(
        refOf(
          ctx,
          committee,
          i === 0 ? { ...part, text: piece.text.slice(0, part.end - piece.start), start: piece.start } : part,
        ),
      );
  });
  return true;
}

/** Resolves one item: whole, "… các phường", a ward list, or split at commas and conjunctions. */
function resolveItem(ctx: Context, source: string, piece: Piece): void {
  if (tryResolve(ctx, piece) || tryAllWards(ctx, source, piece) || tryWardList(ctx, piece)) return;
  const parts = splitPieces(piece, CONNECTOR);
  const refsBefore = ctx.refs.length;
  const diagnosticsBefore = ctx.diagnostics.length;
  let resolved = 0;
  let open: Piece | null = null;
  const flush = () => {
    if (open) {
      ctx.refs.push(unresolved(ctx, open));
      reportUnresolved(ctx, open);
      open = null;
    }
  };
  let i = 0;
  while (i < parts.length) {
    const first = parts[i];
    if (!first) break;
    let next = i + 1;
    for (let j = Math.min(parts.length - 1, i + MAX_GROUP - 1); j >= i; j--) {
      const last = parts[j];
      if (!last) continue;
      const candidate = j === i ? first : join(source, first, last);
      const mark = ctx.refs.length;
      const markDiagnostics = ctx.diagnostics.length;
      if (tryResolve(ctx, candidate)) {
        // Keep the order of the cell: an open unresolved run goes before this ref.
        const added = ctx.refs.splice(mark);
        const addedDiagnostics = ctx.diagnostics.splice(markDiagnostics);
        flush();
        ctx.refs.push(...added);
        ctx.diagnostics.push(...addedDiagnostics);
        resolved++;
        next = j + 1;
        break;
      }
      if (j === i) open = open ? join(source, open, first) : first;
    }
    i = next;
  }
  flush();
  if (resolved === 0) {
    ctx.refs.splice(refsBefore);
    ctx.diagnostics.splice(diagnosticsBefore);
    ctx.refs.push(unresolved(ctx, piece));
    reportUnresolved(ctx, piece);
  }
}

function reportUnresolved(ctx: Context, piece: Piece): void {
  const words = piece.text.split(/\s+/u).length;
  const sentence = words > 8;
  diagnose(
    ctx,
    piece,
    "unit.unresolved",
    "warning",
    sentence
      ? `Không nhận ra đơn vị trong "${piece.text}" (có vẻ là một câu chứ không phải tên đơn vị); giữ nguyên văn`
      : `Không nhận ra đơn vị "${piece.text}"; giữ nguyên văn`,
    sentence
      ? `No unit recognised in "${piece.text}" (it reads as a sentence, not a unit name); kept as written`
      : `Unknown unit "${piece.text}"; kept as written`,
  );
}

/**
 * Turns a lead or coordinator cell into unit references: "(1) Trung tâm Văn
 * hóa - Thông tin và Thể thao quận; (2) P. QLĐT (3) Đề nghị Hội LHPN quận" gives
 * three refs numbered 1, 2, 3, the last `requested`. Lists ("Các đơn vị: GD&ĐT;
 * VH&TT"), conjunctions ("Hội CCB quận phối hợp với Đoàn TNCS HCM quận"), groups
 * ("UBND các phường" expanded to the wards valid at `date`; "UBND, Hội CCB, Đoàn
 * TNCS HCM các phường" per organisation) and ward short forms ("UBND phường KĐ,
 * TXB") are understood. Text that names no unit is kept as one unresolved ref
 * (`unitId: null`) with a "unit.unresolved" diagnostic — never dropped, never
 * guessed. Spans in diagnostics are offsets into `cellText`. Never throws.
 */
export function resolveUnits(cellText: string, options: ResolveUnitsOptions): ResolveUnitsResult {
  const parsed = ResolveUnitsOptionsSchema.safeParse(options);
  if (!parsed.success) {
    return {
      refs: [],
      diagnostics: coreZodDiagnostics(
        "unit.invalid-options",
        { vi: "Tham số", en: "options" },
        parsed.error.issues,
      ),
    };
  }
  if (typeof cellText !== "string") {
    return {
      refs: [],
      diagnostics: [
        coreDiagnostic(
          "unit.invalid-text",
          "error",
          { vi: "Ô không phải là văn bản", en: "The cell is not text" },
          null,
        ),
      ],
    };
  }
  const { text, toSource } = normalizeWithOffsets(cellText);
  const ctx: Context = {
    registry: parsed.data.registry,
    date: parsed.data.date ?? null,
    requested: false,
    number: null,
    refs: [],
    diagnostics: [],
    toSource,
    location: parsed.data.location ?? null,
  };
  for (const item of splitUnitCell(text)) {
    let piece: Piece = { text: item.text, start: item.start, end: item.end };
    ctx.number = item.number;
    const requested = REQUESTED.exec(piece.text);
    ctx.requested = requested !== null;
    if (requested)
      piece = {
        text: piece.text.slice(requested[0].length),
        start: piece.start + requested[0].length,
        end: piece.end,
      };
    const verb = TRAILING_VERB.exec(piece.text);
    if (verb)
      piece = { text: piece.text.slice(0, verb.index), start: piece.start, end: piece.start + verb.index };
    if (piece.text.trim()) resolveItem(ctx, text, piece);
  }
  return { refs: ctx.refs, diagnostics: ctx.diagnostics };
}
