import { useCallback, useEffect, useState } from "react";
import { postJson, setCsrfToken } from "../api/apiClient";
import type { Me } from "../api/types";
import { useApi } from "../api/useApi";

/** Who is signed in, as `/api/auth/me` answers, and the actions that change it. */
export interface Session {
  me: Me;
  /** Whether `/api/auth/me` has answered (or failed): until then the header shows neither name nor sign-in. */
  known: boolean;
  loading: boolean;
  /** Reads need a signed-in account, unless the server opens its transparency view. */
  canRead: boolean;
  /** Fetches the session again (after login/logout). */
  refresh(): void;
  logout(): Promise<void>;
}

const anonymous: Me = { account: null, csrfToken: null, publicRead: false };

/** The session: fetched on load and after `refresh`; keeps the CSRF token of the API client in step. */
export function useSession(onRefresh: () => void): Session {
  const [tick, setTick] = useState(0);
  const state = useApi<Me>(`/api/auth/me?t=${tick}`);
  const me = state.data ?? anonymous;
  useEffect(() => {
    if (state.data) setCsrfToken(state.data.csrfToken);
  }, [state.data]);
  const refresh = useCallback(() => {
    onRefresh();
    setTick((n) => n + 1);
  }, [onRefresh]);
  const logout = useCallback(async () => {
    await postJson("/api/auth/logout", {});
    setCsrfToken(null);
    refresh();
  }, [refresh]);
  return {
    me,
    known: state.data !== null || state.error !== null,
    loading: state.loading,
    canRead: me.account !== null || me.publicRead === true,
    refresh,
    logout,
  };
}
