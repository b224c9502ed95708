import { describe, expect, it } from "vitest";
import type { DocumentRef } from "../model/DocumentRef";
import { findDocumentRefs, formatDocumentRef, parseDocumentRef } from "./index";

describe("document references: bad input", () => {
  it("returns null or [] for text without references", () => {
    expect(parseDocumentRef("")).toBeNull();
    expect(parseDocumentRef("Tổ chức thi cấp quận, phường")).toBeNull();
    expect(findDocumentRefs("Kế hoạch của địa phương")).toEqual([]);
  });
  it("never throws on non-string input", () => {
    expect(findDocumentRefs(undefined as unknown as string)).toEqual([]);
    expect(parseDocumentRef(42 as unknown as string)).toBeNull();
  });
  it("gives a null date for an impossible day but keeps the reference", () => {
    const ref = parseDocumentRef("Kế hoạch số 7/KH-UBND ngày 30/02/2024");
    expect(ref).toMatchObject({ number: "7", date: null, month: "2024-02" });
  });
  it("ignores an impossible month", () => {
    expect(parseDocumentRef("Kế hoạch số 7/KH-UBND ngày 03/13/2024")).toMatchObject({
      date: null,
      month: null,
    });
  });
  it("formats invalid refs as the empty string", () => {
    expect(formatDocumentRef({ kind: "nope" } as unknown as DocumentRef)).toBe("");
  });
  it("stays fast on long hostile input", () => {
    const hostile = `${"Kế hoạch số ".repeat(5000)}${"1/".repeat(5000)}${"a-".repeat(20000)}`;
    expect(Array.isArray(findDocumentRefs(hostile))).toBe(true);
  });
});
