import { useCallback, useEffect, useState } from "react";
import { getJson } from "./apiClient";

/** The state of a GET request. */
export interface ApiState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** Fetches again. */
  reload(): void;
}

/** Fetches a JSON resource whenever `path` changes (null: nothing to fetch). */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick forces a reload
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    getJson<T>(path, controller.signal).then(
      (value) => {
        setData(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
