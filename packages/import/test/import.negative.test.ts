import { describe, expect, it } from "vitest";
import { convertTcvn3, convertVni, detectLegacyEncoding, importPlan } from "../src/index";

const header = "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp thực hiện\tThời gian";

describe("malformed input", () => {
  it("keeps <script> and <img onerror> as literal text", async () => {
    const text = `${header}\n1\t<script>alert(1)</script> và <img src=x onerror=alert(1)>\tPhòng Nội vụ\t\tTrong năm 2024`;
    const { plan } = await importPlan({ data: text });
    expect(plan?.activities[0]?.title).toBe("<script>alert(1)</script> và <img src=x onerror=alert(1)>");
  });

  it("refuses a binary file named .txt with a located error", async () => {
    const result = await importPlan({ data: new Uint8Array([0, 159, 146, 150, 0, 1]), fileName: "plan.txt" });
    expect(result.plan).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({
      code: "import.binary",
      severity: "error",
      location: { file: "plan.txt", line: 1 },
    });
  });

  it("refuses input over maxBytes", async () => {
    const result = await importPlan({ data: "x".repeat(2000) }, { maxBytes: 1000 });
    expect(result.diagnostics[0]?.code).toBe("import.too-large");
  });

  it("reports a truncated .docx", async () => {
    const result = await importPlan({
      data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      fileName: "plan.docx",
    });
    expect(result.plan).toBeNull();
    expect(result.diagnostics[0]?.code).toBe("import.zip-invalid");
  });

  it("takes a table with no header with the default columns and a warning", async () => {
    const result = await importPlan({ data: "1\tTổ chức hội nghị\tPhòng Nội vụ\t\tTháng 5/2024" });
    expect(result.diagnostics.some((d) => d.code === "import.no-header" && d.location?.line === 1)).toBe(
      true,
    );
    expect(result.plan?.activities[0]?.title).toBe("Tổ chức hội nghị");
  });

  it("keeps extra cells and reports them", async () => {
    const result = await importPlan({ data: `${header}\n1\tA\tPhòng Nội vụ\t\tTrong năm 2024\tthừa` });
    expect(result.diagnostics.some((d) => d.code === "import.extra-cells")).toBe(true);
    expect(result.plan?.activities[0]?.extra).toEqual({ "#6": "thừa" });
  });

  it("reports an orphan continuation row in the ledger", async () => {
    const result = await importPlan({ data: `${header}\n\tsome text\t\t\t` });
    expect(result.ledger.find((entry) => entry.line === 2)).toMatchObject({
      kind: "diagnostic",
      diagnostic: "import.orphan-row",
    });
  });

  it("recognises other column names and orders, restarts and Roman sections", async () => {
    const text = [
      "STT\tCơ quan chủ trì\tNội dung công việc\tThời gian triển khai\tGhi chú",
      "I\t\tCông tác tuyên truyền\t\t",
      "1\tPhòng Đào tạo\tTập huấn\tTháng 3/2025\tưu tiên",
      "2\tPhòng Đào tạo\tHội thảo\tTháng 4/2025\t",
      "II\t\tCông tác thi đua\t\t",
      "1\tPhòng Nội vụ\tPhát động\tQuý II/2025\t",
    ].join("\n");
    const { plan } = await importPlan({ data: text });
    expect(plan?.activities.map((a) => a.id)).toEqual(["t1-I", "t1-I.1", "t1-I.2", "t1-II", "t1-II.1"]);
    expect(plan?.activities[1]).toMatchObject({
      title: "Tập huấn",
      parent: "t1-I",
      extra: { "Ghi chú": "ưu tiên" },
    });
    expect(plan?.activities[1]?.time.text).toBe("Tháng 3/2025");
  });
});

describe("legacy encodings", () => {
  it("converts TCVN3 (ABC) from the published table", () => {
    expect(convertTcvn3("B¶o Th¾ng")).toBe("Bảo Thắng");
    expect(convertTcvn3("M\u00adêng Kh\u00ad¬ng")).toBe("Mường Khương");
    expect(convertTcvn3("KÕ ho¹ch")).toBe("Kế hoạch");
    expect(detectLegacyEncoding("KÕ ho¹ch tæ chøc c¸c ho¹t ®éng").encoding).toBe("tcvn3");
  });

  it("converts VNI-Windows", () => {
    expect(convertVni("Keá hoaïch")).toBe("Kế hoạch");
    expect(convertVni("Thuû ñoâ")).toBe("Thủ đô");
    expect(convertVni("Vieät Nam")).toBe("Việt Nam");
    expect(detectLegacyEncoding("Keá hoaïch toå chöùc caùc hoaït ñoäng").encoding).toBe("vni");
  });

  it("leaves Unicode Vietnamese alone", () => {
    expect(detectLegacyEncoding("Kế hoạch tổ chức các hoạt động kỷ niệm").encoding).toBeNull();
  });

  it("converts a TCVN3 line in an otherwise Unicode file, with a warning", async () => {
    const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
    const utf8 = new TextEncoder().encode(`${header}\n`);
    const legacy = latin1("1\tTæ chøc héi nghÞ\tPhßng Néi vô\t\tTh¸ng 5/2024");
    const data = new Uint8Array([...utf8, ...legacy]);
    const result = await importPlan({ data, fileName: "mixed.txt" });
    expect(result.plan?.activities[0]?.title).toBe("Tổ chức hội nghị");
    expect(
      result.diagnostics.some((d) => d.code === "import.encoding-legacy" && d.location?.line === 2),
    ).toBe(true);
  });
});
