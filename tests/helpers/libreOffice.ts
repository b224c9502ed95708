import { execFileSync } from "node:child_process";
import { basename, join } from "node:path";

/**
 * Prints a document to PDF with LibreOffice (headless, with its own profile
 * under `profileDir`, default `outDir`, so parallel runs do not share one),
 * into `outDir`. Returns the PDF's path.
 */
export function printToPdf(document: string, outDir: string, profileDir = outDir): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(profileDir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      document,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
  return join(outDir, basename(document).replace(/\.[^.]+$/u, ".pdf"));
}
