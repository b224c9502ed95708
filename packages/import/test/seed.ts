import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The seed plan text (the first real input), as the Thanh Xuân plugin ships it (identical to shared/seeds/000_ae7acf3b739e7eee.txt). */
export const seedPath = fileURLToPath(
  new URL("../../plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
);
export const seedText = readFileSync(seedPath, "utf8");
