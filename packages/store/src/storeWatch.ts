import { z } from "zod";
import type { Backend } from "./backend/Backend";
import type { LogChange, Store } from "./Store";
import { type StoreContext, StoreIdSchema } from "./StoreContext";
import { validateInput } from "./validateInput";

/** The store's watchers and plan locks (see `Store.watch`, `Store.withPlanLock`). */
export interface StoreWatch extends Pick<Store, "watch" | "withPlanLock"> {
  /** Tells every watcher of a commit made through this store (called by the event log after each commit). */
  committed(change: LogChange): void;
  /** Stops the adapter's listener, if one was started. */
  close(): Promise<void>;
}

const FunctionSchema = z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", {
  message: "a function",
});

/**
 * Builds a store's watchers over its adapter: commits made through this store
 * are told at once; other processes' are told by the adapter's listener
 * (`backend.listen`, started by the first `watch` and kept until the store
 * closes: one connection per store, however many watch).
 */
export function storeWatch(ctx: StoreContext): StoreWatch {
  const { backend } = ctx;
  const listeners = new Set<(change: LogChange) => void>();
  let listening: Promise<() => Promise<void>> | null = null;
  const tell = (change: LogChange) => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch {
        // A listener's failure is its own: the commit it was told of stands, and the others are still told.
      }
    }
  };
  const listen = (b: Required<Pick<Backend, "listen">>) => {
    if (!listening) {
      listening = b.listen(tell);
      listening.catch(() => {
        listening = null;
      });
    }
    return listening;
  };
  return {
    async watch(listener) {
      ctx.assertOpen();
      const fn = validateInput(FunctionSchema, listener, "watch listener") as (change: LogChange) => void;
      const { listen: backendListen } = backend;
      if (backendListen) await listen({ listen: backendListen.bind(backend) });
      listeners.add(fn);
      return {
        crossProcess: backendListen !== undefined,
        async close() {
          listeners.delete(fn);
        },
      };
    },
    async withPlanLock(plan, task) {
      ctx.assertOpen();
      const id = validateInput(StoreIdSchema, plan, "plan id").normalize("NFC");
      const run = validateInput(FunctionSchema, task, "withPlanLock task") as typeof task;
      return backend.lockPlan ? backend.lockPlan(id, run) : run();
    },
    committed: tell,
    async close() {
      listeners.clear();
      const started = listening;
      listening = null;
      const stop = await started?.catch(() => null);
      await stop?.();
    },
  };
}
