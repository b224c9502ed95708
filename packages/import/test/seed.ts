import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The seed plan text (the first real input). */
export const seedPath = fileURLToPath(
  new URL("../../../../shared/seeds/000_ae7acf3b739e7eee.txt", import.meta.url),
);
export const seedText = readFileSync(seedPath, "utf8");
