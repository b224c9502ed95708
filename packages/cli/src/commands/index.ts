import type { CommandModule } from "../CommandModule";
import { dbCommand } from "./db";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { infoCommand } from "./info";
import { periodCommand } from "./period";
import { pluginCommand } from "./plugin";
import { statusCommand } from "./status";

/**
 * Every subcommand of `kehoach`, in the order `--help` lists them.
 * A package that brings a command adds its module here.
 */
export const commandModules: readonly CommandModule[] = [
  infoCommand,
  periodCommand,
  importCommand,
  statusCommand,
  exportCommand,
  dbCommand,
  pluginCommand,
];
