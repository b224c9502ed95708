import { spawn } from "node:child_process";
import { z } from "zod";
import type { PageLayout } from "../readers/pdf/PageLayout";
import type { PdfOcr, PdfOcrRequest } from "../readers/pdf/readPdf";
import { eraseRules, findImageRules } from "./findImageRules";
import { readPgm, writePgm } from "./GrayImage";
import { parseTesseractTsv } from "./parseTesseractTsv";

/** Options of {@link tesseractOcr}. */
export const TesseractOcrOptionsSchema = z
  .object({
    /** Rendering resolution (default 300 dpi). */
    dpi: z.number().int().min(72).max(600).optional(),
    /** Tesseract language(s) (default "vie"). */
    language: z
      .string()
      .regex(/^[a-z_]+(\+[a-z_]+)*$/u)
      .optional(),
    /** The `tesseract` command (default from PATH). */
    tesseract: z.string().optional(),
    /** The `pdftoppm` command (default from PATH). */
    pdftoppm: z.string().optional(),
  })
  .strict();
/** Options of {@link tesseractOcr}. */
export type TesseractOcrOptions = z.input<typeof TesseractOcrOptionsSchema>;

/** The install line shown when Tesseract, its Vietnamese data or poppler is missing. */
export const OCR_INSTALL_HINT = {
  vi: "Cần Tesseract (dữ liệu tiếng Việt) và poppler để đọc PDF bản quét: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils",
  en: "Reading scanned PDFs needs Tesseract (with Vietnamese data) and poppler: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils",
} as const;

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs a command (a child process: the work is off this thread), feeding `input` on stdin. */
function run(command: string, args: string[], input?: Uint8Array): Promise<Run> {
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    } catch (error) {
      resolve({ code: null, stdout: Buffer.alloc(0), stderr: String(error) });
      return;
    }
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString();
    });
    child.stdin!.on("error", () => {
      // the command exited before reading all of its input: its exit code says why
    });
    child.on("error", (error) => resolve({ code: null, stdout: Buffer.alloc(0), stderr: String(error) }));
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    child.stdin!.end(input ?? new Uint8Array());
  });
}

/**
 * OCR for scanned PDF pages through the system's poppler and Tesseract
 * (child processes): each page is rendered to a grey image (`pdftoppm
 * -gray`), its ruling lines are found as long runs of ink and erased, and
 * Tesseract (`-l vie`, TSV output) gives the words with their boxes. The
 * page comes back as words and rules in PDF points, which the PDF reader
 * turns into tables as it does a born-digital page.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { importPlan } from "@kehoach/import";
 * import { tesseractOcr } from "@kehoach/import/ocr";
 * import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
 *
 * // Pages with a text layer are read as they are; only scanned pages go through Tesseract.
 * const data = new Uint8Array(await readFile("ke-hoach.pdf"));
 * const { plan } = await importPlan({ data, fileName: "ke-hoach.pdf" }, { ocr: tesseractOcr(), plugins: [thanhXuan70] });
 * plan?.id; // "ke-hoach-70-nam-giai-phong-thu-do"
 * ```
 */
export function tesseractOcr(options: TesseractOcrOptions = {}): PdfOcr {
  const opts = TesseractOcrOptionsSchema.parse(options);
  const dpi = opts.dpi ?? 300;
  const language = opts.language ?? "vie";
  const tesseract = opts.tesseract ?? "tesseract";
  const pdftoppm = opts.pdftoppm ?? "pdftoppm";
  return {
    async unavailable() {
      const [langs, poppler] = await Promise.all([run(tesseract, ["--list-langs"]), run(pdftoppm, ["-v"])]);
      const listed = `${langs.stdout.toString()}\n${langs.stderr}`.split(/\r?\n/u).map((l) => l.trim());
      const hasLanguages = language.split("+").every((lang) => listed.includes(lang));
      if (langs.code !== 0 || !hasLanguages || poppler.code !== 0) return { ...OCR_INSTALL_HINT };
      return null;
    },
    async readPage(request: PdfOcrRequest): Promise<PageLayout> {
      const page = String(request.page);
      const rendered = await run(
        pdftoppm,
        ["-gray", "-r", String(dpi), "-f", page, "-l", page, "-"],
        request.bytes,
      );
      if (rendered.code !== 0)
        throw new Error(`pdftoppm: ${rendered.stderr.trim() || `exit ${rendered.code}`}`);
      const image = readPgm(new Uint8Array(rendered.stdout));
      if ("error" in image) throw new Error(`pdftoppm: ${image.error}`);
      const thickness = Math.max(3, Math.round(dpi / 50));
      const rules = findImageRules(image, Math.round(dpi * 0.4), thickness);
      const cleaned = eraseRules(image, rules, thickness);
      const read = await run(tesseract, ["stdin", "stdout", "-l", language, "tsv"], writePgm(cleaned));
      if (read.code !== 0) throw new Error(`tesseract: ${read.stderr.trim() || `exit ${read.code}`}`);
      const scale = request.width / image.width;
      return {
        page: request.page,
        width: request.width,
        height: request.height,
        words: parseTesseractTsv(read.stdout.toString("utf8"), scale),
        rules: rules.map((r) => ({ x0: r.x0 * scale, y0: r.y0 * scale, x1: r.x1 * scale, y1: r.y1 * scale })),
      };
    },
  };
}
