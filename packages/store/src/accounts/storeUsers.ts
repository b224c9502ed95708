import { randomUUID } from "node:crypto";
import { wardCommitteeId } from "@kehoach/core";
import { z } from "zod";
import type { UserRow } from "../backend/Backend";
import type { AccountStore } from "../Store";
import { type StoreContext, StoreIdSchema } from "../StoreContext";
import { StoreError } from "../StoreError";
import { validateInput } from "../validateInput";
import { type Account, AccountInputSchema, AccountPatchSchema, type Role, RoleSchema } from "./Account";
import { hashPassword, verifyPassword } from "./passwordHash";

/** The user operations of the {@link AccountStore}; sessions are in `storeSessions`. */
export type StoreUsers = Omit<
  AccountStore,
  "createSession" | "getSession" | "revokeSession" | "purgeExpiredSessions"
>;

/** A hash to compare against when a user does not exist, so that both paths take the same time. */
let dummyHash: Promise<string> | undefined;

/** Users: created with a scrypt password hash, looked up by id or NFC lower-case username, updated, authenticated. */
export function storeUsers(ctx: StoreContext): StoreUsers {
  const { backend } = ctx;
  const userById = async (id: string): Promise<UserRow> => {
    const row = await backend.getUser({ id: validateInput(StoreIdSchema, id, "user id") });
    if (!row) throw accountNotFound(id);
    return row;
  };
  return {
    async create(input) {
      ctx.assertOpen();
      const a = validateInput(AccountInputSchema, input, "account");
      const ward = a.ward ?? null;
      const at = ctx.now().toISOString();
      const row: UserRow = {
        id: randomUUID(),
        username: a.username,
        displayName: (a.displayName ?? a.username).normalize("NFC"),
        role: a.role,
        unit: a.unit ?? (a.role === "ward-officer" && ward ? wardCommitteeId(ward) : null),
        ward,
        passwordHash: await hashPassword(a.password),
        disabled: false,
        createdAt: at,
        updatedAt: at,
      };
      await backend.insertUser(row);
      return toAccount(row);
    },
    async get(id) {
      ctx.assertOpen();
      const row = await backend.getUser({ id: validateInput(StoreIdSchema, id, "user id") });
      return row ? toAccount(row) : null;
    },
    async findByUsername(username) {
      ctx.assertOpen();
      const row = await backend.getUser({
        username: usernameKey(validateInput(z.string(), username, "username")),
      });
      return row ? toAccount(row) : null;
    },
    async list() {
      ctx.assertOpen();
      return (await backend.listUsers()).map(toAccount);
    },
    async update(id, patch) {
      ctx.assertOpen();
      const p = validateInput(AccountPatchSchema, patch, "account patch");
      const next = patchedUser(await userById(id), p, ctx.now());
      await backend.updateUser(next);
      if (next.disabled) await backend.deleteSessions({ userId: id });
      return toAccount(next);
    },
    async setPassword(id, password) {
      ctx.assertOpen();
      const pw = validateInput(z.string().min(8).max(1024), password, "password");
      const row = await userById(id);
      const updatedAt = ctx.now().toISOString();
      await backend.updateUser({ ...row, passwordHash: await hashPassword(pw), updatedAt });
      await backend.deleteSessions({ userId: id });
    },
    async authenticate(username, password) {
      ctx.assertOpen();
      const name = usernameKey(validateInput(z.string().max(256), username, "username"));
      const pw = validateInput(z.string().max(1024), password, "password");
      const row = await backend.getUser({ username: name });
      if (!row) {
        dummyHash ??= hashPassword("kehoach-dummy-password");
        await verifyPassword(pw, await dummyHash);
        return null;
      }
      const ok = await verifyPassword(pw, row.passwordHash);
      return ok && !row.disabled ? toAccount(row) : null;
    },
  };
}

/** A user row as the public {@link Account} (no password hash). */
export function toAccount(row: UserRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    unit: row.unit,
    ward: row.ward,
    disabled: row.disabled,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** `account.not-found`. */
export function accountNotFound(id: string): StoreError {
  return new StoreError("account.not-found", { vi: `không có tài khoản "${id}"`, en: `no account "${id}"` });
}

/** How usernames are stored and looked up: trimmed, NFC, lower case. */
function usernameKey(username: string): string {
  return username.trim().normalize("NFC").toLowerCase();
}

/** The user row after a patch; refuses a role without the unit or ward it needs. */
function patchedUser(row: UserRow, p: z.infer<typeof AccountPatchSchema>, now: Date): UserRow {
  const next: UserRow = {
    ...row,
    displayName: p.displayName?.normalize("NFC") ?? row.displayName,
    role: p.role ?? row.role,
    unit: p.unit === undefined ? row.unit : p.unit,
    ward: p.ward === undefined ? row.ward : p.ward,
    disabled: p.disabled ?? row.disabled,
    updatedAt: now.toISOString(),
  };
  validateInput(
    RoleSchema.refine((role) => role === "viewer" || role === "ward-officer" || next.unit !== null, {
      message: "this role needs a unit",
      params: { vi: "vai trò này cần một đơn vị" },
    }).refine((role) => role !== "ward-officer" || next.ward !== null, {
      message: "a ward officer needs a ward",
      params: { vi: "cán bộ phường cần một phường" },
    }),
    next.role,
    "account patch",
  );
  return next;
}
