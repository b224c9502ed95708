import { z } from "zod";
import type { Backend } from "./backend/Backend";

/** What every part of a store shares: its adapter, its clock and the check that it is still open. */
export interface StoreContext {
  backend: Backend;
  now(): Date;
  /** Raises `store.closed` once the store is closed. */
  assertOpen(): void;
}

/** A plan, activity or user id as the store takes it. */
export const StoreIdSchema = z.string().min(1).max(200);
