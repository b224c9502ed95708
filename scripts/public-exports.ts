// Lists the names a package entry exports, split into values and types, with the
// TypeScript compiler API. The public-API tests pin these lists; run it by hand
// to count a package's surface: `npx tsx scripts/public-exports.ts [--list] packages/core/src/index.ts`.
import { resolve } from "node:path";
import ts from "typescript";

/** The names an entry module exports: `values` exist at run time, `types` only in type positions. */
export interface PublicExports {
  values: string[];
  types: string[];
  /** Exported names whose declaration has no doc comment. */
  undocumented: string[];
}

/** Reads the exports of each entry file (paths to `.ts` sources), resolving `@kehoach/*` to sources. */
export function listPublicExports(entries: string[]): Map<string, PublicExports> {
  const program = ts.createProgram(
    entries.map((entry) => resolve(entry)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      customConditions: ["@kehoach/source"],
      allowImportingTsExtensions: true,
      resolveJsonModule: true,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
    },
  );
  const checker = program.getTypeChecker();
  const result = new Map<string, PublicExports>();
  for (const entry of entries) {
    const source = program.getSourceFile(resolve(entry));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`Không đọc được / cannot read ${entry}`);
    const values: string[] = [];
    const types: string[] = [];
    const undocumented: string[] = [];
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.getName());
      if (!isDocumented(target)) undocumented.push(symbol.getName());
    }
    result.set(entry, { values: values.sort(), types: types.sort(), undocumented: undocumented.sort() });
  }
  return result;
}

/** True when some declaration of the symbol carries a `/** … *\/` comment with text. */
function isDocumented(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((declaration) => {
    const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
    return ts.getJSDocCommentsAndTags(node).some((doc) => ts.isJSDoc(doc) && Boolean(doc.comment));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = process.argv.includes("--list");
  const entries = process.argv.slice(2).filter((arg) => arg !== "--list");
  for (const [entry, { values, types, undocumented }] of listPublicExports(entries)) {
    console.log(`${entry}: ${values.length + types.length} (${values.length} values, ${types.length} types)`);
    if (undocumented.length > 0) console.log(`  undocumented: ${undocumented.join(", ")}`);
    if (list) console.log(JSON.stringify({ values, types, undocumented }, null, 2));
  }
}
