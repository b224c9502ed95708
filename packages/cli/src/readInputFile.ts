import { readFile } from "node:fs/promises";
import { type BilingualMessage, CliError } from "./CliError";

/**
 * Reads a UTF-8 input file; a missing or unreadable file becomes one bilingual
 * `CliError` (exit 1) naming what the file was for (`{ vi: "tệp kế hoạch", en: "plan file" }`).
 */
export async function readTextFile(path: string, what: BilingualMessage): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `không đọc được ${what.vi} ${path}: ${reason}`,
      en: `cannot read ${what.en} ${path}: ${reason}`,
    });
  }
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
