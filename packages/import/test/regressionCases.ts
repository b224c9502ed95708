// The documents whose whole ImportResult the regression test pins (plan, diagnostics,
// row ledger, document metadata): the seed and a generated plan, each as text, .docx,
// .xlsx and .csv, with the Thanh Xuân plugin (the seed also without it).
import { thanhXuan70 } from "@kehoach/plugin-thanh-xuan-70";
import Papa from "papaparse";
import { type ImportInput, type ImportOptions, type ImportResult, importPlan } from "../src/index";
import { generatedPlanCsv, generatedPlanDocx, generatedPlanText, generatedPlanXlsx } from "./generatedPlan";
import { seedText } from "./seed";
import { seedDocx, seedXlsx } from "./seedRenditions";

/** One pinned import: a name (the fixture's file name) and how to make its input. */
export interface RegressionCase {
  name: string;
  input: () => Promise<ImportInput>;
  options: ImportOptions;
}

/** Rows of the generated plan in the pinned cases (enough to meet every kind of row and cell it makes). */
export const GENERATED_ROWS = 150;

function seedCsv(): string {
  const records = seedText.split("\n").map((line) => (line.includes("\t") ? line.split("\t") : [line]));
  return Papa.unparse(records, { delimiter: ",", newline: "\n", quotes: false });
}

const plugin: ImportOptions = { plugins: [thanhXuan70] };

export const regressionCases: RegressionCase[] = [
  { name: "seed.txt", input: async () => ({ data: seedText, fileName: "seed.txt" }), options: plugin },
  { name: "seed-no-plugin.txt", input: async () => ({ data: seedText, fileName: "seed.txt" }), options: {} },
  {
    name: "seed.docx",
    input: async () => ({ data: await seedDocx(), fileName: "seed.docx" }),
    options: plugin,
  },
  {
    name: "seed.xlsx",
    input: async () => ({ data: await seedXlsx(), fileName: "seed.xlsx" }),
    options: plugin,
  },
  { name: "seed.csv", input: async () => ({ data: seedCsv(), fileName: "seed.csv" }), options: plugin },
  {
    name: "generated.txt",
    input: async () => ({ data: generatedPlanText(GENERATED_ROWS), fileName: "generated.txt" }),
    options: plugin,
  },
  {
    name: "generated-no-plugin.txt",
    input: async () => ({ data: generatedPlanText(GENERATED_ROWS), fileName: "generated.txt" }),
    options: {},
  },
  {
    name: "generated.docx",
    input: async () => ({ data: await generatedPlanDocx(GENERATED_ROWS), fileName: "generated.docx" }),
    options: plugin,
  },
  {
    name: "generated.xlsx",
    input: async () => ({ data: await generatedPlanXlsx(GENERATED_ROWS), fileName: "generated.xlsx" }),
    options: plugin,
  },
  {
    name: "generated.csv",
    input: async () => ({ data: generatedPlanCsv(GENERATED_ROWS), fileName: "generated.csv" }),
    options: plugin,
  },
];

/** The case's ImportResult as JSON text (two-space indented, one value per line: diffs stay readable). */
export async function importResultJson(test: RegressionCase): Promise<string> {
  const result: ImportResult = await importPlan(await test.input(), test.options);
  return `${JSON.stringify(result, null, 1)}\n`;
}
