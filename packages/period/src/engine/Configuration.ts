import type { Parser, Refiner } from "./Chunk";

/**
 * The parts a phrase is read with: parsers (tried at every token, longest match wins)
 * and refiners (applied in order). Made by `createConfiguration`; users may add their own.
 */
export interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
}
