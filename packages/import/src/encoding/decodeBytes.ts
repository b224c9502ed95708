import type { Diagnostic } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import {
  type CandidateEncoding,
  chooseEncoding,
  decodeAs,
  EIGHT_BIT_CANDIDATES,
  encodingLabels,
  UTF16_CANDIDATES,
} from "./chooseEncoding";
import { decodeUtf8Strictly } from "./decodeUtf8";
import {
  convertLegacy,
  detectLegacyEncoding,
  type LegacyEncoding,
  mayHoldLegacyEncoding,
} from "./legacyEncodings";

/** The text of a byte input and how it was decoded. */
export interface DecodedText {
  text: string;
  /**
   * "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3" or "vni" (the
   * encoding of the lines that were not UTF-8), or "binary" / "unknown" when
   * the bytes could not be read as text.
   */
  encoding: string;
  diagnostics: Diagnostic[];
  /** True when the bytes look like a binary file, not text. */
  binary: boolean;
  /** False when the bytes are binary or fit no supported encoding: `text` is empty and an error says why. */
  ok: boolean;
}

/** Whether bytes look binary: NUL bytes or many control characters in the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.05;
}

/** How many bytes of a file an encoding decision reads (the decision is made once, on a sample). */
const SAMPLE_BYTES = 256 * 1024;

type Location = { file?: string; line: number };

function locationOf(file: string | undefined, line: number): Location {
  return file === undefined ? { line } : { file, line };
}

function failure(encoding: "binary" | "unknown", found: Diagnostic): DecodedText {
  return { text: "", encoding, diagnostics: [found], binary: encoding === "binary", ok: false };
}

function binaryFailure(file: string | undefined): DecodedText {
  return failure(
    "binary",
    diagnostic(
      "import.binary",
      "error",
      { vi: "Tệp có dữ liệu nhị phân, không phải văn bản", en: "The file holds binary data, not text" },
      locationOf(file, 1),
    ),
  );
}

function percent(quality: number): string {
  return `${Math.round(quality * 100)}%`;
}

/** UTF-16, with its byte order mark or (when the bytes hold NULs) without one, decided by score. */
function decodeUtf16(bytes: Uint8Array, file: string | undefined): DecodedText | null {
  const bom =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : null;
  let encoding: CandidateEncoding;
  let how: { vi: string; en: string };
  if (bom !== null) {
    encoding = bom;
    how = { vi: "có BOM", en: "with a byte order mark" };
  } else {
    if (!bytes.subarray(0, 65536).includes(0)) return null;
    const decision = chooseEncoding(bytes.subarray(0, SAMPLE_BYTES), UTF16_CANDIDATES);
    if (decision.encoding === null) return null;
    encoding = decision.encoding;
    const quality = percent(decision.scores[0]?.quality ?? 1);
    how = {
      vi: `không có BOM, nhận ra theo nội dung: ${quality} bằng chứng là tiếng Việt`,
      en: `no byte order mark, recognised from the content: ${quality} of the evidence reads as Vietnamese`,
    };
  }
  const text = (decodeAs(bytes.subarray(bom === null ? 0 : 2), encoding) ?? "").replace(/^\ufeff/u, "");
  const label = encodingLabels[encoding];
  return {
    text,
    encoding,
    binary: false,
    ok: true,
    diagnostics: [
      diagnostic(
        "import.encoding-detected",
        "info",
        {
          vi: `Tệp mã hóa ${label} (${how.vi}); đã đọc thành Unicode`,
          en: `The file is ${label} (${how.en}); read as Unicode`,
        },
        locationOf(file, 1),
      ),
    ],
  };
}

/**
 * Decodes the bytes of a text file, never guessing silently: UTF-8 (with or
 * without BOM); UTF-16 LE/BE with a BOM, or without one when the bytes hold
 * NULs and one byte order reads as text; else, line by line, the lines that
 * are not UTF-8 in the legacy encoding that {@link chooseEncoding} scores
 * best among Windows-1258, TCVN3 and VNI-Windows (a file may mix UTF-8
 * lines with legacy ones), with a warning. Bytes that fit no supported
 * encoding give an `import.encoding-unknown` error and no text; binary bytes
 * an `import.binary` error. Text is NFC where it was converted. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, file?: string): DecodedText {
  const utf16 = decodeUtf16(bytes, file);
  if (utf16 !== null) return utf16;
  if (looksBinary(bytes)) return binaryFailure(file);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = decodeUtf8Strictly(bytes.subarray(start));
  if (text === null) return decodeMixedLines(bytes, start, file);
  return { text, encoding: "utf-8", diagnostics: [], binary: false, ok: true };
}

/** The lines of a file that is not UTF-8 as a whole: UTF-8 lines kept, the others decoded as scored. */
function decodeMixedLines(bytes: Uint8Array, start: number, file: string | undefined): DecodedText {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const lines: (string | Uint8Array)[] = [];
  const legacy: number[] = [];
  let utf8Accented = false;
  let lineStart = start;
  for (let i = start; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const slice = bytes.subarray(lineStart, i);
    try {
      const line = utf8.decode(slice);
      utf8Accented ||= /\P{ASCII}/u.test(line);
      lines.push(line);
    } catch {
      legacy.push(lines.length);
      lines.push(slice);
    }
    lineStart = i + 1;
  }
  const sample = sampleOf(legacy.map((index) => lines[index] as Uint8Array));
  const decision = chooseEncoding(sample, EIGHT_BIT_CANDIDATES);
  const first = (legacy[0] ?? 0) + 1;
  if (decision.encoding === null && !utf8Accented) {
    const tried = decision.scores
      .map((score) => `${encodingLabels[score.encoding]} ${percent(score.quality)}`)
      .join(", ");
    return failure(
      "unknown",
      diagnostic(
        "import.encoding-unknown",
        "error",
        {
          vi: `Không nhận ra bảng mã của tệp: từ dòng ${first}, các byte không đọc được thành tiếng Việt theo UTF-8, UTF-16 hay bảng mã cũ nào (${tried}); hãy lưu lại tệp dưới dạng UTF-8`,
          en: `The file's encoding is not recognised: from line ${first}, its bytes do not read as Vietnamese in UTF-8, UTF-16 or any legacy encoding (${tried}); save the file as UTF-8`,
        },
        locationOf(file, first),
      ),
    );
  }
  const encoding = decision.encoding;
  const text = lines
    .map((line) =>
      typeof line === "string"
        ? line
        : encoding === null
          ? new TextDecoder("utf-8").decode(line)
          : (decodeAs(line, encoding) ?? ""),
    )
    .join("\n");
  return {
    text,
    encoding: encoding ?? "utf-8",
    binary: false,
    ok: true,
    diagnostics: [
      encoding === null
        ? damagedUtf8(legacy.length, first, file)
        : legacyDetected(encoding, decision.scores[0]?.quality ?? 1, legacy.length, first, file),
    ],
  };
}

/** The legacy lines, up to {@link SAMPLE_BYTES}, joined by newlines. */
function sampleOf(lines: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const line of lines) {
    if (size >= SAMPLE_BYTES) break;
    parts.push(line, Uint8Array.of(0x0a));
    size += line.length + 1;
  }
  const sample = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    sample.set(part, at);
    at += part.length;
  }
  return sample;
}

function legacyDetected(
  encoding: CandidateEncoding,
  quality: number,
  count: number,
  first: number,
  file: string | undefined,
): Diagnostic {
  const label = encodingLabels[encoding];
  return diagnostic(
    "import.encoding-legacy",
    "warning",
    {
      vi: `Đã chuyển ${count} dòng từ bảng mã ${label} sang Unicode (${percent(quality)} từ có dấu đọc thành tiếng Việt)`,
      en: `Converted ${count} line(s) from the ${label} encoding to Unicode (${percent(quality)} of the accented words read as Vietnamese)`,
    },
    locationOf(file, first),
  );
}

function damagedUtf8(count: number, first: number, file: string | undefined): Diagnostic {
  return diagnostic(
    "import.encoding-invalid",
    "warning",
    {
      vi: `Tệp UTF-8 có ${count} dòng chứa byte hỏng (từ dòng ${first}); các byte đó được thay bằng "\ufffd"`,
      en: `The UTF-8 file has ${count} line(s) with broken bytes (from line ${first}); those bytes are replaced by "\ufffd"`,
    },
    locationOf(file, first),
  );
}

/** Result of converting the lines of a text that may hold legacy-encoded parts. */
export interface LegacyConversion {
  lines: string[];
  diagnostics: Diagnostic[];
}

const encodingNames: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC)", vni: "VNI-Windows" };

/**
 * Converts each line written in TCVN3 or VNI-Windows to Unicode, line by
 * line (files mixing encodings exist), with one warning per encoding found
 * that names the first line and how many lines were converted.
 */
export function convertLegacyLines(lines: readonly string[], file?: string): LegacyConversion {
  const out: string[] = [];
  const found = new Map<LegacyEncoding, { first: number; count: number }>();
  lines.forEach((line, index) => {
    if (!/[\u0080-\u00ff]/u.test(line)) {
      out.push(line);
      return;
    }
    const { encoding } = detectLegacyEncoding(line);
    if (encoding === null) {
      out.push(line);
      return;
    }
    out.push(convertLegacy(line, encoding));
    const entry = found.get(encoding);
    if (entry) entry.count++;
    else found.set(encoding, { first: index + 1, count: 1 });
  });
  const diagnostics = [...found].map(([encoding, { first, count }]) =>
    diagnostic(
      "import.encoding-legacy",
      "warning",
      {
        vi: `Đã chuyển ${count} dòng từ bảng mã ${encodingNames[encoding]} sang Unicode`,
        en: `Converted ${count} line(s) from the ${encodingNames[encoding]} encoding to Unicode`,
      },
      file === undefined ? { line: first } : { file, line: first },
    ),
  );
  return { lines: out, diagnostics };
}

/** What {@link readSourceText} read: the decoded text, and its lines with legacy-encoded ones converted. */
export interface SourceText {
  /** The text as decoded ({@link decodeBytes}), or the string given with a leading BOM dropped. */
  text: string;
  lines: string[];
  /** Whether some line was converted from a legacy encoding (the lines then differ from the text's). */
  converted: boolean;
}

/**
 * The text of a text file, given as a string (a leading BOM dropped) or as
 * bytes ({@link decodeBytes}), and its lines, each line written in a legacy
 * encoding converted ({@link convertLegacyLines}); the diagnostics of both are
 * added to `diagnostics`. Null when the bytes cannot be decoded. What the
 * text, Markdown and CSV readers start from.
 */
export function readSourceText(
  input: string | Uint8Array,
  diagnostics: Diagnostic[],
  file?: string,
): SourceText | null {
  let text: string;
  if (typeof input === "string") text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    const decoded = decodeBytes(input, file);
    for (const d of decoded.diagnostics) diagnostics.push(d);
    if (!decoded.ok) return null;
    text = decoded.text;
  }
  const lines = text.split(/\r\n|\r|\n/u);
  // A text with no legacy evidence anywhere (a Unicode file) has no line to convert: one scan, not a count per line.
  if (!mayHoldLegacyEncoding(text)) return { text, lines, converted: false };
  const converted = convertLegacyLines(lines, file);
  for (const d of converted.diagnostics) diagnostics.push(d);
  // convertLegacyLines warns once for each encoding it converted lines from.
  return { text, lines: converted.lines, converted: converted.diagnostics.length > 0 };
}

/** The lines of {@link readSourceText}, or null when the bytes cannot be decoded. */
export function readSourceLines(
  input: string | Uint8Array,
  diagnostics: Diagnostic[],
  file?: string,
): string[] | null {
  return readSourceText(input, diagnostics, file)?.lines ?? null;
}
