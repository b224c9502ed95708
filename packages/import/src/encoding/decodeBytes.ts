import type { Diagnostic } from "@kehoach/core";
import { diagnostic } from "../diagnostics";
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from "./legacyEncodings";

/** The text of a byte input and how it was decoded. */
export interface DecodedText {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be", or "latin-1" when the bytes were not valid UTF-8. */
  encoding: string;
  diagnostics: Diagnostic[];
  /** True when the bytes look like a binary file, not text. */
  binary: boolean;
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

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with
 * a BOM, else Latin-1 (each byte one character, as legacy Vietnamese fonts
 * store them). Never throws.
 */
export function decodeBytes(bytes: Uint8Array, file?: string): DecodedText {
  const loc = file === undefined ? { line: 1 } : { file, line: 1 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      diagnostics: [],
      binary: false,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
      diagnostics: [],
      binary: false,
    };
  }
  if (looksBinary(bytes)) {
    return {
      text: "",
      encoding: "binary",
      binary: true,
      diagnostics: [
        diagnostic(
          "import.binary",
          "error",
          { vi: "Tệp có dữ liệu nhị phân, không phải văn bản", en: "The file holds binary data, not text" },
          loc,
        ),
      ],
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
    return { text, encoding: "utf-8", diagnostics: [], binary: false };
  } catch {
    // Not UTF-8 as a whole: decode line by line, so a file mixing UTF-8 lines
    // with legacy 8-bit lines keeps both readable.
    const utf8 = new TextDecoder("utf-8", { fatal: true });
    const latin1 = new TextDecoder("latin1");
    const lines: string[] = [];
    let lineStart = start;
    for (let i = start; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      const slice = bytes.subarray(lineStart, i);
      try {
        lines.push(utf8.decode(slice));
      } catch {
        lines.push(latin1.decode(slice));
      }
      lineStart = i + 1;
    }
    return { text: lines.join("\n"), encoding: "latin-1", diagnostics: [], binary: false };
  }
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
