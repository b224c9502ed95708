// The commit thread's entry when the store runs from its TypeScript sources
// (tests, `--conditions=@kehoach/source`): tsx for the worker's own module
// loader, then the worker proper. The build has its own entry (tsup.config.ts).
import { register } from "tsx/esm/api";

register();
await import("./sqliteCommitWorker.ts");
