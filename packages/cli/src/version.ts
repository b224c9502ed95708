import pkg from "../package.json" with { type: "json" };

/** The version of `@kehoach/cli`. */
export const version: string = pkg.version;
