import { describe, expect, it } from "vitest";
import { EVENT_ROW_FIELDS } from "../src/backend/eventRowFields";
import { hashEventRow } from "../src/hashEventRow";

/**
 * The chain hash is a stored format: every store written so far holds hashes in it. It is
 * SHA-256 of the previous hash, a newline, and the JSON array of the row's fields in this order.
 * The expected value below was computed with `sha256sum` from that layout, written by hand:
 *   printf '%s\n%s' "abab…ab" '[7,"e-7","thanh-xuan-70",null,…]' | sha256sum
 */
describe("hashEventRow", () => {
  const row = {
    position: 7,
    eventId: "e-7",
    plan: "thanh-xuan-70",
    planVersion: null,
    activity: "t1-2.2",
    ward: "ha-dinh",
    streamVersion: 3,
    type: "PROGRESS",
    byUnit: "phong-noi-vu",
    byPerson: null,
    at: "2024-09-15T08:30:00+07:00",
    machineVersion: "1",
    payload: '{"note":"Đã xong"}',
    recordedAt: "2024-09-16T00:00:00.000Z",
    prevHash: "ab".repeat(32),
  };

  it("is SHA-256 of the previous hash and the fields in their stored order (pinned)", () => {
    expect(hashEventRow(row)).toBe("5555d3278642fbe9534060b8b71295f3d3872a30588c3849832e60f21383c500");
  });

  it("covers every field of the row but the two hashes, in the order the SQL stores them", () => {
    expect(EVENT_ROW_FIELDS.map((f) => f.key)).toEqual([...Object.keys(row), "hash"]);
    for (const key of Object.keys(row).filter((k) => k !== "prevHash")) {
      const changed = {
        ...row,
        [key]: key === "planVersion" ? 2 : `${String(row[key as keyof typeof row])}x`,
      };
      expect(hashEventRow(changed), key).not.toBe(hashEventRow(row));
    }
  });
});
