import { z } from "zod";

/** The roles of the dashboard: who may do what. */
export const RoleSchema = z.enum(["issuer-admin", "unit-officer", "ward-officer", "viewer"]);
/** `issuer-admin` (the issuing committee: returns, rewards, manages users), `unit-officer` (reports for its unit), `ward-officer` (reports a ward's part), `viewer`. */
export type Role = z.infer<typeof RoleSchema>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a slug such as phong-noi-vu");

/** What {@link AccountStore.create} takes. */
export const AccountInputSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .transform((s) => s.normalize("NFC").toLowerCase()),
    displayName: z.string().trim().max(200).optional(),
    password: z.string().min(8).max(1024),
    role: RoleSchema,
    /** The unit the user acts for, e.g. "phong-noi-vu"; a ward officer's defaults to "ubnd-phuong-<ward>". */
    unit: slug.nullable().optional(),
    /** The ward of a ward officer, e.g. "ha-dinh". */
    ward: slug.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.role === "unit-officer" || value.role === "issuer-admin") && !value.unit) {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: `role ${value.role} needs a unit`,
        params: { vi: `vai trò ${value.role} cần một đơn vị` },
      });
    }
    if (value.role === "ward-officer" && !value.ward) {
      ctx.addIssue({
        code: "custom",
        path: ["ward"],
        message: "role ward-officer needs a ward",
        params: { vi: "vai trò ward-officer cần một phường" },
      });
    }
  });
/** What {@link AccountInputSchema} accepts (before defaults are filled in): what {@link AccountStore.create} takes. */
export type AccountInput = z.input<typeof AccountInputSchema>;

/** What {@link AccountStore.update} takes. */
export const AccountPatchSchema = z.object({
  displayName: z.string().trim().max(200).optional(),
  role: RoleSchema.optional(),
  unit: slug.nullable().optional(),
  ward: slug.nullable().optional(),
  disabled: z.boolean().optional(),
});
/** What {@link AccountPatchSchema} accepts (before defaults are filled in): what {@link AccountStore.update} takes. */
export type AccountPatch = z.input<typeof AccountPatchSchema>;

/** A dashboard user, without the password hash. */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: string | null;
  ward: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An open session: give `token` to the client (e.g. as a cookie); it is stored only as a hash. */
export interface Session {
  token: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}
