import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { writeJson } from "../CliIO";
import type { CommandModule } from "../CommandModule";

/** A system component some features and tests use. */
interface Component {
  name: string;
  command: string;
  args: string[];
  usedFor: string;
}

const components: Component[] = [
  { name: "postgresql", command: "pg_ctl", args: ["--version"], usedFor: "store (PostgreSQL)" },
  {
    name: "chromium",
    command: "chromium",
    args: ["--version"],
    usedFor: "dashboard browser tests (PDF export uses pdfmake, no browser)",
  },
  { name: "libreoffice", command: "soffice", args: ["--version"], usedFor: "rendering tests" },
  {
    name: "tesseract",
    command: "tesseract",
    args: ["--version"],
    usedFor: "OCR of scanned PDF plans (import)",
  },
];

function probe(component: Component): string | null {
  try {
    return execFileSync(component.command, component.args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .split("\n")[0]!;
  } catch {
    return null;
  }
}

function installedKehoachPackages(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const names = [
    "cli",
    "period",
    "core",
    "import",
    "export",
    "store",
    "plugin-thanh-xuan-70",
    "plugin-phuong-ba-dinh-80",
  ];
  const found: Record<string, string> = {};
  for (const name of names) {
    try {
      const pkg = require(`@kehoach/${name}/package.json`) as { version: string };
      found[`@kehoach/${name}`] = pkg.version;
    } catch {
      // not installed: left out of the list
    }
  }
  return found;
}

/** `kehoach info`: versions and the system components found, for bug reports. */
export const infoCommand: CommandModule = {
  name: "info",
  register(program, { io }) {
    program
      .command("info")
      .description("Thông tin môi trường cho báo lỗi / Environment details for bug reports")
      .option("--json", "xuất JSON / machine-readable JSON output")
      .action((options: { json?: boolean }) => {
        const info = {
          node: process.version,
          platform: `${process.platform}-${process.arch}`,
          packages: installedKehoachPackages(),
          components: Object.fromEntries(components.map((c) => [c.name, probe(c)])),
        };
        if (options.json) {
          writeJson(io, info);
          return;
        }
        io.stdout.write(`Node.js: ${info.node} (${info.platform})\n`);
        for (const [name, version] of Object.entries(info.packages)) io.stdout.write(`${name}: ${version}\n`);
        for (const component of components) {
          const version = info.components[component.name];
          io.stdout.write(
            `${component.name}: ${version ?? "không có / not found"} — dùng cho / used for ${component.usedFor}\n`,
          );
        }
      });
  },
};
