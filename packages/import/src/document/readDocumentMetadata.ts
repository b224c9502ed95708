import type { DocumentSignature } from "../readers/pdf/readSignatures";
import type { SourceBlock } from "../SourceDocument";
import { foldLabel } from "../table/columnSynonyms";
import { richTextToString } from "../text/RichText";
import { isDocumentFrameLine, isDocumentTypeLine, MOTTO } from "./documentLines";

/** Who signed the document: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Nguyễn Ngọc Phúc". */
export interface DocumentSigner {
  /** The signing authority line, "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", or null. */
  authority: string | null;
  /** The signer's position, "PHÓ CHỦ TỊCH". */
  position: string;
  /** The signer's name, or null when the block names a body ("BAN TỔ CHỨC"). */
  name: string | null;
}

/** What the frame of a whole document says: letterhead, number, place and date, title, signer. */
export interface DocumentMetadata {
  /** The issuer as printed in the letterhead ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"), or null. */
  issuer: string | null;
  /** The number as printed after "Số:" ("277/KH-UBND", "/KH-UBND" when left blank), or null. */
  numberText: string | null;
  /** The number part ("277"), null when blank. */
  number: string | null;
  /** The symbol part ("KH-UBND"). */
  symbol: string | null;
  /** The place of the place-and-date line ("Hà Nội"). */
  place: string | null;
  /** The place-and-date line as printed. */
  datePrinted: string | null;
  /** The issue date (ISO), when day, month and year are printed. */
  date: string | null;
  /** "YYYY-MM" when only month and year are printed. */
  month: string | null;
  /** The year printed in the date line. */
  year: number | null;
  /** The document type heading ("KẾ HOẠCH", "CHƯƠNG TRÌNH"). */
  type: string | null;
  /** The title under the type heading, lines joined with a space. */
  title: string | null;
  signer: DocumentSigner | null;
  /**
   * A signed PDF's electronic signatures (reason, location, signing time).
   * Where the page prints no letterhead or date line, the issuer, place and
   * date are read from them.
   */
  signatures: DocumentSignature[];
  /** Lines (block numbers) of the blocks this was read from. */
  lines: number[];
}

/** A piece of the document's frame: a paragraph, or one cell of a row outside the tables. */
interface Piece {
  text: string;
  line: number;
  /** Column of the cell (0 for paragraphs). */
  column: number;
  paragraph: boolean;
}

const NUMBER = /^số\s*[:.]?\s*([\p{N}\s]*)\/\s*([\p{Lu}Đ][\p{L}Đđ&\d.-]*)/iu;
const PLACE_DATE =
  /^([\p{L}][\p{L}\s.-]{1,40}?),\s*ngày\s*(\d{1,2})?\s*(?:tháng|\/)\s*(\d{1,2})?\s*(?:năm|\/)\s*(\d{4})?/iu;
/** A signature stamp drawn on the page: "Thời gian ký: 07/10/2025 20:43:19 +07:00". */
const SIGNED_AT = /^thời gian ký\s*:\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;
const AUTHORITY = /^(?:KT|TM|TL|TUQ|Q)\s*[./]\s*/u;
/** A body that signs as a whole, alone on its line at the end ("BAN TỔ CHỨC"). */
const SIGNING_BODY =
  /^(?:BAN TỔ CHỨC|BAN CHỈ ĐẠO|BAN BIÊN TẬP|BAN THƯỜNG VỤ|TỔ CÔNG TÁC|HỘI ĐỒNG [\p{Lu} ]+)$/u;
const POSITION =
  /(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG PHÒNG|THỦ TƯỚNG|HIỆU TRƯỞNG|CỤC TRƯỞNG|BÍ THƯ|TỔNG GIÁM ĐỐC)$/u;
/** An organisation word that starts the direct issuer in a two-level letterhead ("UBND THÀNH PHỐ HÀ NỘI SỞ Y TẾ"). */
const ORGANISATION = /(?<![\p{L}])(?<!VĂN )(?:ỦY BAN NHÂN DÂN|UBND|SỞ|BỘ|PHÒNG|BAN|CỤC|TRUNG TÂM|TRƯỜNG)\s/gu;

function isUpper(text: string): boolean {
  return text === text.toLocaleUpperCase("vi") && /\p{L}/u.test(text);
}

function clean(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[*_]+/gu, "")
    .replace(/[\s\u00a0]+/gu, " ")
    .trim();
}

function piecesOf(blocks: readonly SourceBlock[]): Piece[] {
  const pieces: Piece[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      // A Markdown or text letterhead puts both columns on one line: "ISSUER — MOTTO".
      for (const part of richTextToString(block.rich).split(/\s+—\s+|\t+/u)) {
        const text = clean(part);
        if (text !== "") pieces.push({ text, line: block.line, column: 0, paragraph: true });
      }
      continue;
    }
    block.cells.forEach((cell, column) => {
      if (cell.merge !== null) return;
      const text = clean(richTextToString(cell.rich));
      if (text !== "") pieces.push({ text, line: block.line, column, paragraph: false });
    });
  }
  return pieces;
}

function directIssuer(text: string): string {
  const stripped = text.trim();
  let last = 0;
  for (const match of stripped.matchAll(ORGANISATION)) if (match.index > 0) last = match.index;
  return stripped.slice(last).trim();
}

function isoDate(day: string | undefined, month: string | undefined, year: string | undefined) {
  const y = year === undefined ? null : Number(year);
  const m = month === undefined ? null : Number(month);
  const d = day === undefined ? null : Number(day);
  const valid = (n: number | null, max: number) => n !== null && n >= 1 && n <= max;
  const date =
    y !== null && valid(m, 12) && valid(d, 31)
      ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
      : null;
  const monthOnly = y !== null && valid(m, 12) && date === null ? `${y}-${String(m).padStart(2, "0")}` : null;
  return { date, month: monthOnly, year: y };
}

/** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc" → authority, position, name. */
export function parseSigner(text: string): DocumentSigner | null {
  const cleaned = clean(text)
    .replace(/\(đã ký\)|\(ký(?:,| và)? [^)]*\)/giu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const words = cleaned.split(" ");
  let split = words.length;
  while (split > 0 && !isUpper(words[split - 1]!)) split--;
  const caps = words.slice(0, split).join(" ");
  const name =
    words
      .slice(split)
      .join(" ")
      .replace(/[./]+$/u, "")
      .trim() || null;
  if (caps === "") return null;
  const authorityMatch = AUTHORITY.exec(caps);
  if (authorityMatch === null) return { authority: null, position: caps, name };
  const position = POSITION.exec(caps.slice(authorityMatch[0].length))?.[0];
  if (position === undefined) return { authority: caps, position: "", name };
  const authority = caps.slice(0, caps.length - position.length).trim();
  return { authority: authority === "" ? null : authority, position, name };
}

/**
 * Reads the frame of a whole document — the blocks outside its plan tables,
 * in order: the issuer from the letterhead, the number ("Số: 277/KH-UBND"),
 * place and date ("Hà Nội, ngày 14 tháng 7 năm 2026"), the type heading and
 * the title under it, and the signature block. Missing parts are null; a
 * document with no frame (a bare table) gives all nulls.
 */
export function readDocumentMetadata(
  blocks: readonly SourceBlock[],
  signatures: readonly DocumentSignature[] = [],
): DocumentMetadata {
  const pieces = piecesOf(blocks);
  const meta: DocumentMetadata = {
    issuer: null,
    numberText: null,
    number: null,
    symbol: null,
    place: null,
    datePrinted: null,
    date: null,
    month: null,
    year: null,
    type: null,
    title: null,
    signer: null,
    signatures: [...signatures],
    lines: [],
  };
  const used = new Set<number>();
  const typeAt = pieces.findIndex((piece) => piece.paragraph && isDocumentTypeLine(piece.text));
  const head = typeAt < 0 ? pieces.slice(0, 12) : pieces.slice(0, typeAt);
  for (const piece of head) {
    const number = NUMBER.exec(piece.text);
    if (meta.numberText === null && number !== null) {
      meta.number = number[1]!.replace(/\s+/gu, "") || null;
      meta.symbol = number[2]!;
      meta.numberText = `${meta.number ?? ""}/${meta.symbol}`;
      used.add(piece.line);
      continue;
    }
    const placeDate = PLACE_DATE.exec(piece.text);
    if (meta.datePrinted === null && placeDate !== null) {
      meta.place = placeDate[1]!.trim();
      meta.datePrinted = piece.text;
      Object.assign(meta, isoDate(placeDate[2], placeDate[3], placeDate[4]));
      used.add(piece.line);
    }
  }
  // An electronically signed copy without a date line is dated by its signature stamp.
  const stamp = meta.datePrinted === null ? head.find((piece) => SIGNED_AT.test(piece.text)) : undefined;
  if (stamp !== undefined) {
    const [, day, month, year] = SIGNED_AT.exec(stamp.text)!;
    meta.datePrinted = stamp.text;
    Object.assign(meta, isoDate(day, month, year));
    used.add(stamp.line);
  }
  meta.issuer = letterheadIssuer(head, used);
  fillFromSignatures(meta, signatures);
  if (typeAt >= 0) {
    const typePiece = pieces[typeAt]!;
    meta.type = typePiece.text;
    used.add(typePiece.line);
    const title: string[] = [];
    for (let i = typeAt + 1; i < pieces.length && title.length < 4; i++) {
      const piece = pieces[i]!;
      const folded = foldLabel(piece.text);
      if (!piece.paragraph || piece.text.length > 300 || isDocumentFrameLine(piece.text)) break;
      if (
        // The body ("Căn cứ …", "I. …"), the "(Kèm theo …)" line, or an appendix's caption ("BIỂU TỔNG HỢP", "PHỤ LỤC").
        /^(?:can cu|thuc hien|i\s|[-–—_]{3,}|\(?\s*kem theo\s|bieu tong hop|bieu so|phu luc)/u.test(folded) ||
        /^[-–—_.]+$/u.test(piece.text)
      )
        break;
      // "Thời gian: …", "Địa điểm, hình thức: …" are particulars, not the title.
      if (/^[^:]{1,40}:\s/u.test(piece.text)) break;
      title.push(piece.text);
      used.add(piece.line);
      if (/[.:;]$/u.test(piece.text)) break;
    }
    meta.title = title.length === 0 ? null : title.join(" ");
  }
  meta.signer = readSigner(pieces, typeAt < 0 ? 0 : typeAt + 1, used);
  meta.lines = [...used].sort((a, b) => a - b);
  return meta;
}

/**
 * What a signed PDF's signature says, where the page does not: the issuer
 * (the reason's "… của VĂN PHÒNG CHÍNH PHỦ", else the location's
 * "VĂN PHÒNG CHÍNH PHỦ - Hà Nội" before the dash), the place (after the
 * dash) and the signing day.
 */
function fillFromSignatures(meta: DocumentMetadata, signatures: readonly DocumentSignature[]): void {
  for (const signature of signatures) {
    const [organisation, place] = (signature.location ?? "").split(/\s+[-–]\s+/u);
    const ofWhom = /\bcủa\s+(.+)$/iu.exec(signature.reason ?? "")?.[1]?.trim();
    const issuer = [ofWhom, organisation?.trim()].find(
      (name) => name !== undefined && name !== "" && isUpper(name),
    );
    meta.issuer ??= issuer ?? null;
    if (meta.place === null && place !== undefined && place.trim() !== "") meta.place = place.trim();
    if (meta.datePrinted === null && meta.date === null && signature.signedAt !== null)
      Object.assign(
        meta,
        isoDate(
          signature.signedAt.slice(8, 10),
          signature.signedAt.slice(5, 7),
          signature.signedAt.slice(0, 4),
        ),
      );
  }
}

/** The issuer beside (or above) the national motto: a letterhead without the motto is not trusted. */
function letterheadIssuer(head: readonly Piece[], used: Set<number>): string | null {
  const motto = head.findIndex((piece) => MOTTO.test(foldLabel(piece.text)));
  if (motto < 0) return null;
  const line = head[motto]!.line;
  const candidates = [
    ...head.filter((piece, i) => i !== motto && piece.line === line),
    ...(motto > 0 ? [head[motto - 1]!] : []),
  ];
  const found = candidates.find((piece) => isUpper(piece.text) && !MOTTO.test(foldLabel(piece.text)));
  used.add(line);
  if (found !== undefined) {
    used.add(found.line);
    return directIssuer(found.text);
  }
  // A PDF gives the letterhead's left column first, line by line: "ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: …".
  const lines: Piece[] = [];
  for (const piece of head.slice(0, motto)) {
    if (!isUpper(piece.text) || NUMBER.test(piece.text)) break;
    lines.push(piece);
  }
  if (lines.length === 0) return null;
  for (const piece of lines) used.add(piece.line);
  return directIssuer(lines.map((piece) => piece.text).join(" "));
}

/** The leading words in capitals of a line ("PHÓ CHỦ TỊCH" of "PHÓ CHỦ TỊCH Nguyễn Văn A"). */
function capsPrefix(text: string): string {
  const words = text.split(" ");
  let end = 0;
  while (end < words.length && isUpper(words[end]!)) end++;
  return words.slice(0, end).join(" ");
}

function isSignatureStart(text: string, last: boolean): boolean {
  if (AUTHORITY.test(text)) return true;
  if (last && SIGNING_BODY.test(text)) return true;
  const caps = capsPrefix(text);
  return (
    caps !== "" && POSITION.test(caps) && /^(?:PHÓ\s+)?\p{Lu}/u.test(caps) && caps.split(" ").length <= 5
  );
}

function readSigner(pieces: readonly Piece[], from: number, used: Set<number>): DocumentSigner | null {
  const start = pieces.findIndex(
    (piece, i) => i >= from && isSignatureStart(piece.text, i >= pieces.length - 3),
  );
  if (start < 0) return null;
  const first = pieces[start]!;
  const parts = [first.text];
  const lines = [first.line];
  for (let i = start + 1; i < pieces.length && parts.length < 4; i++) {
    const piece = pieces[i]!;
    if (piece.column !== first.column || piece.paragraph !== first.paragraph) continue;
    if (/^[-–+]|^nơi nhận/iu.test(piece.text)) break;
    parts.push(piece.text);
    lines.push(piece.line);
    if (!isUpper(piece.text)) break;
  }
  const signer = parseSigner(parts.join(" "));
  if (signer !== null) for (const line of lines) used.add(line);
  return signer;
}
