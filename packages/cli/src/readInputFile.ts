import { readFile } from "node:fs/promises";
import { decodeBytes } from "@kehoach/import";
import { type BilingualMessage, CliError } from "./CliError";

/**
 * Reads a text input file (a plan's JSON, an events file's JSON Lines)
 * through the importer's one decoder: UTF-8 with or without a BOM, UTF-16
 * with or without one, or a legacy Vietnamese encoding it can tell. A missing
 * or unreadable file, or bytes that are not text, become one bilingual
 * `CliError` (exit 1) naming what the file was for (`{ vi: "tệp kế hoạch", en: "plan file" }`).
 */
export async function readTextFile(path: string, what: BilingualMessage): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `không đọc được ${what.vi} ${path}: ${reason}`,
      en: `cannot read ${what.en} ${path}: ${reason}`,
    });
  }
  const decoded = decodeBytes(bytes, path);
  if (!decoded.ok) {
    const why = decoded.diagnostics[0];
    throw new CliError({
      vi: `không đọc được ${what.vi} ${path}: ${why?.vi ?? "không phải văn bản"}`,
      en: `cannot read ${what.en} ${path}: ${why?.en ?? "not text"}`,
    });
  }
  return decoded.text;
}
/** Parses a file's JSON text; invalid JSON becomes one bilingual `CliError` (exit 1). */
export function parseJsonFile(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `${path} không phải JSON hợp lệ: ${reason}`,
      en: `${path} is not valid JSON: ${reason}`,
    });
  }
}
