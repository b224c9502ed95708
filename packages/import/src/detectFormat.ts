import type { ImportFormat } from "./SourceDocument";

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const codes = Array.from(needle, (char) => char.charCodeAt(0));
  outer: for (let i = 0; i + codes.length <= bytes.length; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The format of an input: from the file extension when it names one, else
 * from the content (`%PDF-` in the first KiB is a PDF, a zip holding `word/` is .docx, `xl/` .xlsx; text with
 * a GFM pipe table (a "| --- |" delimiter row under a "| … |" header) is Markdown, text with tabs is extracted
 * text, with commas or semicolons and no tab CSV). `.md`/`.markdown` files are Markdown.
 */
export function detectFormat(data: string | Uint8Array, fileName?: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (extension === "docx") return "docx";
  if (extension === "xlsx" || extension === "xlsm") return "xlsx";
  if (extension === "csv") return "csv";
  if (extension === "pdf") return "pdf";
  if (extension === "md" || extension === "markdown") {
    if (typeof data === "string" || !(data[0] === 0x50 && data[1] === 0x4b)) return "markdown";
  }
  if (extension === "txt" || extension === "tsv") {
    if (typeof data === "string" || !(data[0] === 0x50 && data[1] === 0x4b)) return "text";
  }
  if (typeof data !== "string" && containsAscii(data.subarray(0, 1024), "%PDF-")) return "pdf";
  if (
    typeof data !== "string" &&
    data[0] === 0x50 &&
    data[1] === 0x4b &&
    data[2] === 0x03 &&
    data[3] === 0x04
  ) {
    if (
      containsAscii(data.subarray(Math.max(0, data.length - 65536)), "word/") ||
      containsAscii(data.subarray(0, 65536), "word/")
    )
      return "docx";
    return "xlsx";
  }
  const head =
    typeof data === "string" ? data.slice(0, 8192) : new TextDecoder("latin1").decode(data.subarray(0, 8192));
  // A GFM pipe table's delimiter row ("| --- | :---: |") under its header.
  if (/^\|[^\n]*\|[ \t]*\r?\n\|?[ \t]*:?-{3,}:?[ \t]*\|/mu.test(head)) return "markdown";
  if (!head.includes("\t") && /^[^\n]*[,;][^\n]*[,;]/mu.test(head) && !/^\*\*/mu.test(head)) return "csv";
  return "text";
}
