import { readFile, stat, writeFile } from "node:fs/promises";
import type { Diagnostic, Plan, Plugin } from "@kehoach/core";
import { DEFAULT_MAX_BYTES, type ImportResult, importPlan } from "@kehoach/import";
import { tesseractOcr } from "@kehoach/import/ocr";
import { CliError, usageError } from "../CliError";
import { type CliIO, writeJson } from "../CliIO";
import type { CommandModule } from "../CommandModule";
import { createProgressBar } from "../createProgressBar";
import { exitCodes } from "../exitCodes";
import { discoverPlugins, loadPlugin, pluginSearchRoots } from "../plugins/index";
import { summariseDiagnostics } from "../summariseDiagnostics";
import { pluginsForIssuer } from "./suggestPlugins";

interface ImportCommandOptions {
  plugin?: string[];
  year?: string;
  json?: boolean;
  output?: string;
}

/** A readable summary of an import: tables, activity counts, units. */
export function formatImportSummary(result: ImportResult): string {
  const plan = result.plan;
  if (plan === null) return "Không nhập được kế hoạch / No plan could be imported\n";
  const lines = [
    `${plan.title || "(không có tiêu đề / untitled)"} — ${plan.year}`,
    `Mã kế hoạch / Plan id: ${plan.id}`,
  ];
  for (const table of plan.tables) {
    const activities = plan.activities.filter((activity) => activity.table === table.index);
    const sections = activities.filter((activity) => activity.isSection).length;
    lines.push(
      `Bảng ${table.index + 1} / Table ${table.index + 1}: ${activities.length - sections} hoạt động / activities, ${sections} mục / sections — ${table.title}`,
    );
  }
  const resolved = new Set(
    plan.activities
      .flatMap((activity) => [...activity.leads, ...activity.coordinators])
      .flatMap((ref) => (ref.unitId ? [ref.unitId] : [])),
  );
  lines.push(`Đơn vị đã nhận ra / Units resolved: ${resolved.size}`);
  const learned = result.diagnostics.filter((d) => d.code === "import.abbreviation-learned");
  if (learned.length > 0) {
    lines.push(`Viết tắt văn bản định nghĩa / Abbreviations the document defines: ${learned.length}`);
  }
  const count = (severity: Diagnostic["severity"]) =>
    result.diagnostics.filter((d) => d.severity === severity).length;
  lines.push(
    `Chẩn đoán / Diagnostics: ${count("error")} lỗi/errors, ${count("warning")} cảnh báo/warnings, ${count("info")} ghi chú/info`,
  );
  return `${lines.join("\n")}\n`;
}

/** The installed plugins (discovered from their package manifests) that load here, skipping the others. */
async function installedPlugins(): Promise<Plugin[]> {
  const roots = pluginSearchRoots();
  const installed = discoverPlugins(roots);
  const loaded = await Promise.all(
    [...installed.keys()].map((id) => loadPlugin(id, roots, installed).catch(() => null)),
  );
  return loaded.filter((plugin): plugin is Plugin => plugin !== null);
}

/** After an import without a plugin: names the installed plugins whose units know the document's issuer. */
async function suggestPlugins(plan: Plan, file: string, io: CliIO): Promise<void> {
  for (const id of pluginsForIssuer(plan, await installedPlugins())) {
    io.stderr.write(
      `gợi ý/hint: plugin ${id} có đơn vị ban hành "${plan.issuer.source}"; nhập lại với / import again with: kehoach import ${file} --plugin ${id}\n`,
    );
  }
}

/** Runs an import of a file and writes the result as the options ask. Returns the exit code. */
export async function runImport(file: string, options: ImportCommandOptions, io: CliIO): Promise<number> {
  let year: number | undefined;
  if (options.year !== undefined) {
    year = Number(options.year);
    if (!/^\d{4}$/u.test(options.year) || year < 1900 || year > 2200) {
      throw usageError({ vi: `năm không hợp lệ '${options.year}'`, en: `invalid year '${options.year}'` });
    }
  }
  const plugins = await Promise.all((options.plugin ?? []).map((name) => loadPlugin(name)));
  let size = 0;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `không đọc được tệp ${file}: ${reason}`,
      en: `cannot read file ${file}: ${reason}`,
    });
  }
  if (size > DEFAULT_MAX_BYTES) {
    throw new CliError({
      vi: `tệp ${file} lớn ${(size / 1048576).toFixed(1)} MiB, vượt giới hạn ${DEFAULT_MAX_BYTES / 1048576} MiB`,
      en: `file ${file} is ${(size / 1048576).toFixed(1)} MiB, over the ${DEFAULT_MAX_BYTES / 1048576} MiB limit`,
    });
  }
  // Percent of the work: reading the file 10 (a PDF: page by page up to 60, OCR being the slow part),
  // assembling 20 (PDF 65), resolving the rows up to 95, validating to 100.
  const bar = createProgressBar(io, { total: 100, label: "Nhập / Import", json: options.json });
  const data = new Uint8Array(await readFile(file));
  bar.update(5);
  let pagesRead = false;
  const result = await importPlan(
    { data, fileName: file },
    {
      plugins,
      ...(year === undefined ? {} : { year }),
      // Scanned PDF pages are read by the system Tesseract; where it is missing, one error says how to install it.
      ocr: tesseractOcr(),
      onProgress: ({ phase, done, total }) => {
        const paged = total > 0 && phase === "read";
        if (paged) pagesRead = true;
        const assembled = pagesRead ? 65 : 20;
        if (phase === "read") bar.update(paged ? 5 + Math.floor((55 * done) / total) : pagesRead ? 60 : 10);
        else if (phase === "assemble") bar.update(assembled);
        else if (phase === "resolve")
          bar.update(assembled + Math.floor(((95 - assembled) * done) / Math.max(1, total)));
        else bar.update(95);
      },
    },
  );
  bar.update(100);
  bar.stop();
  for (const line of summariseDiagnostics(result.diagnostics)) io.stderr.write(`${line}\n`);
  if (plugins.length === 0 && result.plan !== null) await suggestPlugins(result.plan, file, io);
  if (options.output !== undefined && result.plan !== null) {
    await writeFile(options.output, `${JSON.stringify(result.plan, null, 2)}\n`);
  }
  if (options.json)
    writeJson(io, result.plan === null ? { plan: null, diagnostics: result.diagnostics } : result.plan);
  else io.stdout.write(formatImportSummary(result));
  const failed = result.plan === null || result.diagnostics.some((d) => d.severity === "error");
  return failed ? exitCodes.inputErrors : exitCodes.ok;
}

/** `kehoach import FILE [--plugin ID] [--year YYYY] [--json] [-o plan.json]`. */
export const importCommand: CommandModule = {
  name: "import",
  register(program, { io, setExitCode }) {
    program
      .command("import")
      .description("Nhập kế hoạch từ văn bản, Markdown, .docx, .xlsx, .csv, .pdf / Import a plan document")
      .argument("<file>", "tệp kế hoạch / the plan document")
      .option(
        "--plugin <id>",
        "plugin (đơn vị, phường) / plugin with units and wards, e.g. thanh-xuan-70",
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option("--year <yyyy>", "năm của kế hoạch / the plan year")
      .option("--json", "xuất JSON / print the plan as JSON")
      .option("-o, --output <file>", "ghi kế hoạch ra tệp JSON / write the plan to a JSON file")
      .action(async (file: string, options: ImportCommandOptions) => {
        setExitCode(await runImport(file, options, io));
      });
  },
};
