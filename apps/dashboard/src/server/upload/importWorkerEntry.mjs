// The import worker's entry: TypeScript sources through tsx (the worker has
// its own module loader), then the worker proper.
import { register } from "tsx/esm/api";

register();
await import("./importWorker.ts");
