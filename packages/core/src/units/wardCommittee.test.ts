import { describe, expect, it } from "vitest";
import { createUnitRegistry } from "./createUnitRegistry";
import { wardCommitteeId, wardOfCommittee } from "./wardCommittee";

describe("wardCommitteeId / wardOfCommittee", () => {
  it("builds a ward committee's id and reads the ward back", () => {
    expect(wardCommitteeId("ha-dinh")).toBe("ubnd-phuong-ha-dinh");
    expect(wardOfCommittee("ubnd-phuong-ha-dinh")).toBe("ha-dinh");
    for (const ward of ["ba-dinh", "kim-giang", "thanh-xuan-bac", "phuong-liet"]) {
      expect(wardOfCommittee(wardCommitteeId(ward))).toBe(ward);
    }
  });

  it("is null for units that are not a ward's committee", () => {
    expect(wardOfCommittee("phong-noi-vu")).toBeNull();
    expect(wardOfCommittee("ubnd-quan-thanh-xuan")).toBeNull();
    expect(wardOfCommittee("ubnd-cac-phuong")).toBeNull();
    expect(wardOfCommittee("hoi-cuu-chien-binh-phuong-ha-dinh")).toBeNull();
    expect(wardOfCommittee("van-phong-hdnd-ubnd-phuong-ba-dinh")).toBeNull();
    expect(wardOfCommittee("ubnd-phuong-")).toBeNull();
    expect(wardOfCommittee("")).toBeNull();
  });

  it("names the committee unit the registry derives from each ward", () => {
    const registry = createUnitRegistry(
      [],
      [
        {
          id: "ha-dinh",
          name: "Hạ Đình",
          aliases: [],
          district: null,
          validFrom: null,
          validTo: null,
        },
      ],
    );
    const committee = registry.get(wardCommitteeId("ha-dinh"));
    expect(committee?.short).toBe("UBND phường Hạ Đình");
    expect(committee && wardOfCommittee(committee.id)).toBe("ha-dinh");
  });
});
