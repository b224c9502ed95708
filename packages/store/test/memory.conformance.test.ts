import { openStore } from "../src/index";
import { defineStoreConformance } from "./conformance";

defineStoreConformance("memory", (options) => openStore("memory:", options));
