/**
 * The electronic signatures of a signed PDF, as a PDF viewer's signature
 * panel shows them: the reason ("Kèm theo văn bản số 2003/CĐ-VPCP của VĂN
 * PHÒNG CHÍNH PHỦ"), the location ("VĂN PHÒNG CHÍNH PHỦ - Hà Nội") and the
 * signing time. pdfjs-dist parses the signature fields but does not expose
 * their values, so they are read here from the bytes: a signature value
 * dictionary must stay uncompressed in the file (its `/ByteRange` gives the
 * file offsets its `/Contents` is excluded from), so it is found by its
 * `/ByteRange` key and parsed with a small bounded PDF object reader.
 */

/** One electronic signature of a PDF. */
export interface DocumentSignature {
  /** `/Reason`, or null. */
  reason: string | null;
  /** `/Location`, or null. */
  location: string | null;
  /** `/M`, the signing time as ISO 8601 ("2025-10-07T20:43:19+07:00"), or null. */
  signedAt: string | null;
}

/** At most this many signatures are read. */
const MAX_SIGNATURES = 16;
/** How far before `/ByteRange` the object's start is looked for. */
const MAX_LOOK_BACK = 64 * 1024;
/** The largest dictionary parsed, in bytes (a signature's `/Contents` is a few tens of KiB). */
const MAX_OBJECT = 1024 * 1024;
const MAX_DEPTH = 16;

type PdfValue = Map<string, PdfValue> | PdfValue[] | Uint8Array | { name: string } | string;

const KEY = new TextEncoder().encode("/ByteRange");
const OBJ = /(?:^|[\s>\]])\d+\s+\d+\s+obj\b/gu;
/** PDFDocEncoding's characters at 0x80–0xA0 (elsewhere it is Latin-1). */
const PDF_DOC_HIGH = "•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\ufffd€";

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0;
}

function isDelimiter(byte: number): boolean {
  return isSpace(byte) || "()<>[]{}/%".includes(String.fromCharCode(byte));
}

/** A bounded reader of PDF objects (dictionaries, arrays, strings, names, bare tokens). */
class ObjectReader {
  pos: number;
  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    const b = this.bytes;
    while (this.pos < this.end) {
      if (isSpace(b[this.pos]!)) this.pos++;
      else if (b[this.pos] === 0x25)
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  /** The next value, or undefined at the end, past the bounds or too deep. */
  value(depth = 0): PdfValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= this.end) return undefined;
    const c = b[this.pos]!;
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.dictionary(depth);
    if (c === 0x3c) return this.hexString();
    if (c === 0x28) return this.literalString();
    if (c === 0x5b) return this.array(depth);
    if (c === 0x2f) return { name: this.token(this.pos + 1) };
    if (c === 0x3e || c === 0x5d || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return String.fromCharCode(c);
    }
    return this.token(this.pos);
  }

  private token(from: number): string {
    let end = from;
    while (end < this.end && !isDelimiter(this.bytes[end]!)) end++;
    const text = String.fromCharCode(...this.bytes.subarray(from, Math.min(end, from + 256)));
    this.pos = Math.max(end, from + 1);
    return text;
  }

  private dictionary(depth: number): Map<string, PdfValue> | undefined {
    this.pos += 2;
    const dict = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.end) return undefined;
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      const key = this.value(depth + 1);
      if (key === undefined) return undefined;
      if (typeof key !== "object" || !("name" in key)) continue;
      const value = this.value(depth + 1);
      if (value === undefined) return undefined;
      dict.set(key.name, value);
    }
  }

  private array(depth: number): PdfValue[] | undefined {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.end) return undefined;
      if (this.bytes[this.pos] === 0x5d) {
        this.pos++;
        return items;
      }
      const item = this.value(depth + 1);
      if (item === undefined) return undefined;
      items.push(item);
    }
  }

  private hexString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    const digits: number[] = [];
    while (this.pos < this.end && b[this.pos] !== 0x3e) {
      const digit = Number.parseInt(String.fromCharCode(b[this.pos]!), 16);
      if (!Number.isNaN(digit)) digits.push(digit);
      this.pos++;
    }
    this.pos++;
    if (digits.length % 2 === 1) digits.push(0);
    // A signature's /Contents is read past, not kept: only short strings are text.
    if (digits.length > 4096) return new Uint8Array(0);
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = digits[2 * i]! * 16 + digits[2 * i + 1]!;
    return out;
  }

  private literalString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let depth = 0;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const next = b[this.pos++] ?? 0;
        const escaped: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
        if (next >= 0x30 && next <= 0x37) {
          let code = next - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++)
            code = code * 8 + b[this.pos++]! - 0x30;
          out.push(code & 0xff);
        } else if (next === 0x0d || next === 0x0a) {
          if (next === 0x0d && b[this.pos] === 0x0a) this.pos++;
        } else out.push(escaped[next] ?? next);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && depth-- === 0) break;
      out.push(c);
    }
    return new Uint8Array(out);
  }
}

/** A PDF text string: UTF-16BE or UTF-8 with their byte order mark, else PDFDocEncoding. */
export function decodePdfText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  else
    text = Array.from(bytes, (byte) =>
      byte >= 0x80 && byte <= 0xa0 ? PDF_DOC_HIGH[byte - 0x80]! : String.fromCharCode(byte),
    ).join("");
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** "D:20251007204319+07'00'" → "2025-10-07T20:43:19+07:00"; null when it is not a PDF date. */
export function pdfDateToIso(text: string): string | null {
  const match =
    /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/u.exec(text);
  if (match === null) return null;
  const [, y, mo = "01", d = "01", h = "00", mi = "00", s = "00", sign, oh = "00", om = "00"] = match;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  const zone = sign === undefined ? "" : sign === "Z" || sign === "z" ? "Z" : `${sign}${oh}:${om}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
}

function findDictionaryWith(
  value: PdfValue | undefined,
  key: string,
  depth = 0,
): Map<string, PdfValue> | null {
  if (value === undefined || depth > MAX_DEPTH || typeof value === "string" || value instanceof Uint8Array)
    return null;
  if (value instanceof Map) {
    if (value.has(key)) return value;
    for (const item of value.values()) {
      const found = findDictionaryWith(item, key, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDictionaryWith(item, key, depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (
    let i = bytes.indexOf(first, from);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** Where the indirect object holding `at` starts ("12 0 obj"), or -1. */
function objectStart(bytes: Uint8Array, at: number): number {
  const from = Math.max(0, at - MAX_LOOK_BACK);
  const window = new TextDecoder("latin1").decode(bytes.subarray(from, at));
  let start = -1;
  for (const match of window.matchAll(OBJ)) start = from + match.index + match[0].length;
  return start;
}

function text(dict: Map<string, PdfValue>, key: string): string | null {
  const value = dict.get(key);
  if (!(value instanceof Uint8Array)) return null;
  const decoded = decodePdfText(value);
  return decoded === "" ? null : decoded;
}

/**
 * The electronic signatures of a PDF (the `/Reason`, `/Location` and `/M` of
 * each signature value dictionary), in file order; empty for an unsigned
 * PDF. Reads at most 16 signatures; never throws.
 */
export function readPdfSignatures(bytes: Uint8Array): DocumentSignature[] {
  const signatures: DocumentSignature[] = [];
  let at = indexOf(bytes, KEY, 0);
  while (at >= 0 && signatures.length < MAX_SIGNATURES) {
    const start = objectStart(bytes, at);
    if (start >= 0) {
      const reader = new ObjectReader(bytes, start, Math.min(bytes.length, start + MAX_OBJECT));
      const dict = findDictionaryWith(reader.value(), "ByteRange");
      if (dict !== null) {
        const when = text(dict, "M");
        signatures.push({
          reason: text(dict, "Reason"),
          location: text(dict, "Location"),
          signedAt: when === null ? null : pdfDateToIso(when),
        });
      }
    }
    at = indexOf(bytes, KEY, at + KEY.length);
  }
  return signatures;
}
