import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The seed plan text (the first real input), read from the copy the Thanh Xuân plugin ships inside this repository. */
export const seedPath = fileURLToPath(
  new URL("../../plugin-thanh-xuan-70/plans/ke-hoach-70-nam-giai-phong-thu-do.txt", import.meta.url),
);
export const seedText = readFileSync(seedPath, "utf8");
