import { describe, expect, it } from "vitest";
import { builtinColumnSynonyms, createRememberingMatcher } from "./columnSynonyms";

describe("mayNameCodeOrTitle", () => {
  const matcher = createRememberingMatcher();
  const variants = (label: string) => [
    label,
    label.toUpperCase(),
    `(${label})`,
    `${label}.`,
    `${label} công việc`,
    `${label}/nhiệm vụ`,
    label.replace(" ", "\u00a0"),
    label.replace(" ", "\t"),
    label.replace(" ", "&nbsp;"),
    ` ${label}`,
    `- ${label}`,
  ];

  it("never rules out a label that names a code or content column", () => {
    for (const synonym of builtinColumnSynonyms)
      for (const label of variants(synonym.label)) {
        const role = matcher.roleOf(label);
        if (role === "code" || role === "title") expect(matcher.mayNameCodeOrTitle(label), label).toBe(true);
      }
  });

  it("rules out data cells by their first words", () => {
    for (const label of [
      "Phòng Văn hóa và Thông tin",
      "Tuần đầu tháng 4/2024",
      "- Kiểm tra, đôn đốc 17 hộ",
      "Công tác tuyên truyền",
      "Công an quận",
      "Công",
    ])
      expect(matcher.mayNameCodeOrTitle(label), label).toBe(false);
    for (const label of ["Công việc", "- Nội dung", "Số", "Số lượng"])
      expect(matcher.mayNameCodeOrTitle(label), label).toBe(true);
  });

  it("leaves every label possible when a code or content wording may stand anywhere", () => {
    const loose = createRememberingMatcher([{ role: "title", label: "đề mục", match: "contains" }]);
    expect(loose.mayNameCodeOrTitle("Phòng Văn hóa")).toBe(true);
  });
});
