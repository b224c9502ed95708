import { join } from "node:path";
import { openStore } from "../src/index";
import { defineStoreConformance } from "./conformance";
import { tempDir } from "./tempDir";

const dir = tempDir();
let n = 0;
defineStoreConformance("sqlite", (options) =>
  openStore(`sqlite:${join(dir, `c${++n}`, "kehoach.sqlite")}`, options),
);
