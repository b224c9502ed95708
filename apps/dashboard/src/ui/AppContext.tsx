import { createContext, useContext } from "react";
import type { Me } from "./api/types";

/** What every page reads: the plan, the "as of" date and the signed-in user. */
export interface AppState {
  planId: string;
  /** The statuses of the plan's lifecycle in order (the core ones with its plugin's steps inserted). */
  statuses: readonly string[];
  /** A status's label, as core gives it for this plan (the status itself when unknown). */
  statusLabel(status: string): { vi: string; en: string };
  /** The chosen "as of" date, or null for today. */
  asOf: string | null;
  /** Today in Vietnam (YYYY-MM-DD). */
  today: string;
  me: Me;
  /** Fetches the session again (after login/logout). */
  refreshMe(): void;
  /** Bumped after each change so pages refetch. */
  version: number;
  /** Call after a change (an event was recorded). */
  changed(): void;
}

export const AppContext = createContext<AppState | null>(null);

/** A status's label in the plan's lifecycle, or the status itself outside a plan. */
export function useStatusLabel(): (status: string) => { vi: string; en: string } {
  const value = useContext(AppContext);
  return value ? value.statusLabel : (status) => ({ vi: status, en: status });
}

/** The app state (inside the shell). */
export function useApp(): AppState {
  const value = useContext(AppContext);
  if (!value) throw new Error("useApp outside AppContext");
  return value;
}

/** `?asOf=…` for API calls when a date is chosen (plus the version, to refetch after changes). */
export function asOfQuery(state: AppState, prefix = "?"): string {
  const params = new URLSearchParams();
  if (state.asOf) params.set("asOf", state.asOf);
  params.set("v", String(state.version));
  return `${prefix}${params.toString()}`;
}
