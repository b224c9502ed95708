import { wardCommitteeId } from "@kehoach/core";
import type { Account } from "@kehoach/store";

/**
 * The unit a user acts for in lifecycle events: the account's unit, or the
 * ward's People's Committee (`wardCommitteeId` of core) for a ward officer without
 * one. Viewers (and accounts with neither) act for no unit.
 */
export function accountActor(account: Account): string | null {
  if (account.role === "viewer") return null;
  if (account.unit) return account.unit;
  if (account.ward) return wardCommitteeId(account.ward);
  return null;
}

/** The account as the API shows it (no secrets), with the unit it acts for. */
export function publicAccount(account: Account) {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    unit: account.unit,
    ward: account.ward,
    actor: accountActor(account),
  };
}

/** The account as the API shows it. */
export type PublicAccount = ReturnType<typeof publicAccount>;
