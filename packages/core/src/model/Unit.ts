import { IsoDateSchema } from "@kehoach/period";
import { z } from "zod";

/** A stable kebab-case id: "phong-noi-vu", "ha-dinh". */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Kinds of units in Vietnamese local government. */
export const UnitKindSchema = z.enum([
  "government", // UBND
  "department", // Phòng …
  "public-service", // Trung tâm …, Ban QLDA …
  "mass-organisation", // UB MTTQ, Hội LHPN, Hội CCB, Đoàn TNCS HCM, LĐLĐ
  "armed-forces", // Công an, Ban CHQS
  "ward", // a ward's People's Committee
  "residential-group", // tổ dân phố
  "enterprise",
  "group", // a named group: "các phòng, ban, đơn vị liên quan"
]);
/** Kinds of units in Vietnamese local government (validated by {@link UnitKindSchema}). */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** The administrative level a unit or a reference acts at. */
export const UnitScopeSchema = z.enum(["city", "district", "ward", "group"]);
/** The administrative level a unit or a reference acts at (validated by {@link UnitScopeSchema}). */
export type UnitScope = z.infer<typeof UnitScopeSchema>;

/** A unit in a registry (from a plugin). */
export const UnitSchema = z.object({
  /** Stable slug, e.g. "phong-noi-vu". Never reused for another unit. */
  id: IdSchema,
  /** Canonical full name, e.g. "Phòng Nội vụ quận Thanh Xuân". */
  name: z.string().min(1),
  /** Short name used in tables, e.g. "Phòng Nội vụ". */
  short: z.string().nullable().default(null),
  /** Abbreviations and other spellings: "P. NV", "Nội vụ", "NV". */
  aliases: z.array(z.string()).default([]),
  kind: UnitKindSchema,
  scope: UnitScopeSchema,
  /** Parent unit id (a ward's units point at the ward). */
  parent: z.string().nullable().default(null),
  /** For groups: the unit ids it stands for (empty for open groups). */
  members: z.array(z.string()).default([]),
  validFrom: IsoDateSchema.nullable().default(null),
  validTo: IsoDateSchema.nullable().default(null),
});
/** A unit in a registry (from a plugin) (validated by {@link UnitSchema}). */
export type Unit = z.infer<typeof UnitSchema>;
/** What {@link UnitSchema} accepts (before defaults are filled in): a unit in a registry (from a plugin). */
export type UnitInput = z.input<typeof UnitSchema>;

/** A ward (phường) of the district, with its short forms ("KĐ", "TXB"). */
export const WardSchema = z.object({
  id: IdSchema,
  /** Name without the "Phường" prefix: "Khương Đình". */
  name: z.string().min(1),
  /** Short forms used in cells: "KĐ". */
  aliases: z.array(z.string()).default([]),
  /** The district (unit id) it belongs to, or null after the 2025 reform. */
  district: z.string().nullable().default(null),
  validFrom: IsoDateSchema.nullable().default(null),
  validTo: IsoDateSchema.nullable().default(null),
});
/** A ward (phường) of the district, with its short forms ("KĐ", "TXB") (validated by {@link WardSchema}). */
export type Ward = z.infer<typeof WardSchema>;
/** What {@link WardSchema} accepts (before defaults are filled in): a ward (phường) of the district, with its short forms ("KĐ", "TXB"). */
export type WardInput = z.input<typeof WardSchema>;

/** A unit as named in a lead or coordinator cell, resolved against a registry when possible. */
export const UnitRefSchema = z.object({
  /** Registry id, or null when unresolved (then a diagnostic says why). */
  unitId: z.string().nullable(),
  /** Canonical full name (the text as written when unresolved). */
  name: z.string(),
  /** The text as written in the cell. */
  source: z.string(),
  /** Written after "Đề nghị": the committee asks, it cannot order. */
  requested: z.boolean(),
  scope: UnitScopeSchema,
  /** For groups: the unit ids it expands to (e.g. the wards' committees valid at the plan date). */
  members: z.array(z.string()),
  /** The "(1)", "(2)" numbering in the cell, kept because results cite it; null if unnumbered. */
  number: z.number().int().positive().nullable(),
});
/** A unit as named in a lead or coordinator cell, resolved against a registry when possible (validated by {@link UnitRefSchema}). */
export type UnitRef = z.infer<typeof UnitRefSchema>;
