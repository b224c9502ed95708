import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { AccountStore } from "../Store";
import { type StoreContext, StoreIdSchema } from "../StoreContext";
import { StoreError } from "../StoreError";
import { sha256 } from "../sha256";
import { validateInput } from "../validateInput";
import type { Session } from "./Account";
import { accountNotFound, toAccount } from "./storeUsers";

/** The session operations of the {@link AccountStore}. */
export type StoreSessions = Pick<
  AccountStore,
  "createSession" | "getSession" | "revokeSession" | "purgeExpiredSessions"
>;

/** Sessions: a random token returned once and stored only as its SHA-256, with an expiry (default `ttlMs`). */
export function storeSessions(ctx: StoreContext, ttlMs: number): StoreSessions {
  const { backend } = ctx;
  return {
    async createSession(userId, options = {}) {
      ctx.assertOpen();
      const o = validateInput(
        z.object({ ttlMs: z.number().int().positive().optional(), now: z.date().optional() }),
        options,
        "session options",
      );
      const row = await backend.getUser({ id: validateInput(StoreIdSchema, userId, "user id") });
      if (!row) throw accountNotFound(userId);
      if (row.disabled) {
        throw new StoreError("store.bad-input", {
          vi: `tài khoản "${row.username}" đã bị khóa`,
          en: `account "${row.username}" is disabled`,
        });
      }
      const start = o.now ?? ctx.now();
      const token = randomBytes(32).toString("base64url");
      const session: Session = {
        token,
        userId: row.id,
        createdAt: start.toISOString(),
        expiresAt: new Date(start.getTime() + (o.ttlMs ?? ttlMs)).toISOString(),
      };
      const { createdAt, expiresAt } = session;
      await backend.insertSession({ tokenHash: sha256(token), userId: row.id, createdAt, expiresAt });
      return session;
    },
    async getSession(token, at) {
      ctx.assertOpen();
      if (typeof token !== "string" || token.length === 0 || token.length > 200) return null;
      const row = await backend.getSession(sha256(token));
      if (!row) return null;
      if (row.expiresAt <= (at ?? ctx.now()).toISOString()) {
        await backend.deleteSessions({ tokenHash: row.tokenHash });
        return null;
      }
      const user = await backend.getUser({ id: row.userId });
      if (!user || user.disabled) return null;
      return { account: toAccount(user), expiresAt: row.expiresAt };
    },
    async revokeSession(token) {
      ctx.assertOpen();
      if (typeof token !== "string" || token.length === 0) return;
      await backend.deleteSessions({ tokenHash: sha256(token) });
    },
    async purgeExpiredSessions(at) {
      ctx.assertOpen();
      return backend.deleteSessions({ expiredBefore: (at ?? ctx.now()).toISOString() });
    },
  };
}
