import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printToPdf } from "../../../../tests/helpers/libreOffice";
import { hasCommand, requireSystemComponent } from "../../../../tests/helpers/systemComponent";

/** Whether LibreOffice is here to print .docx files to PDF (skips with one line; fails under CI). */
export function libreOfficeReady(what: string): boolean {
  return requireSystemComponent(hasCommand("soffice"), "LibreOffice (soffice)", what);
}

/** A temporary folder for one test file's LibreOffice profile and prints; `remove` deletes it. */
export function printFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-pdf-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Prints .docx bytes (or a .docx file read in place) to PDF with LibreOffice and returns the PDF's bytes. */
export function docxToPdf(docx: Uint8Array | string, dir: string, name = "document"): Uint8Array {
  let source = docx as string;
  if (typeof docx !== "string") {
    source = join(dir, `${name}.docx`);
    writeFileSync(source, docx);
  }
  const out = join(dir, name);
  return new Uint8Array(readFileSync(printToPdf(source, out, dir)));
}
