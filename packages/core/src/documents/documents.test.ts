import { describe, expect, it } from "vitest";
import { findDocumentRefs, formatDocumentRef, parseDocumentRef } from "./index";

/** The content cell of activity 2.1 as the seed writes it, read across the page break. */
const CELL_2_1 =
  "Tổ chức thông tin, tuyên truyền các hoạt động kỷ niệm 70 năm Ngày Giải phóng Thủ đô, những thành tựu phát triển kinh tế - xã hội, quốc phòng - an ninh của Thủ đô; quảng bá hình ảnh Thủ đô gắn với nhiệm vụ chính trị của địa phương <i>(1) Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận về tổ chức các hoạt động phục vụ các ngày lễ, ngày kỷ niệm và các sự kiện lịch sử chính trị năm 2024 trên địa bàn quận; (2) Kế hoạch số 63/KH-UBND ngày 02/02/2024 của UBND quận về tổ chức các hoạt động kỷ niệm 70 năm ngày Giải phóng Thủ đô (10/10/1954-10/10/2024) và một số ngày lễ, kỷ niệm quan trọng trong năm 2024; (3) Công văn số 331/UBND-VH&amp;TT ngày 16/02/2024 về tăng cường công tác thông tin, tuyên truyền kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2024); (4) Công văn số 386/UBND-VH&amp;TT ngày 27/02/2024 của UBND quận về hưởng ứng cuộc thi ảnh nghệ thuật Hà Nội mở rộng chào mừng 70 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2024); (5) Công văn số 541/UBND-VH&amp;TT ngày 15/3/2024 của</i> <i>UBND quận về tăng cường công tác trang trí, cổ động trực quan chào mừng các ngày lễ lớn của Thủ đô, đất nước;...</i>";

describe("parseDocumentRef", () => {
  it("reads a plan reference", () => {
    expect(parseDocumentRef("Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận")).toEqual({
      kind: "plan",
      number: "02",
      symbol: "KH-UBND",
      date: "2024-01-02",
      month: null,
      issuer: "UBND quận",
      subject: null,
      text: "Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận",
    });
  });
  it("decodes entities in a letter's symbol", () => {
    const ref = parseDocumentRef("Công văn số 331/UBND-VH&amp;TT ngày 16/02/2024");
    expect(ref).toMatchObject({ kind: "letter", number: "331", symbol: "UBND-VH&TT", date: "2024-02-16" });
    expect(ref?.text).toBe("Công văn số 331/UBND-VH&TT ngày 16/02/2024");
  });
  it("reads 'Văn bản' as a letter", () => {
    expect(parseDocumentRef("Văn bản số 2423/UBND-NV ngày 07/12/2023")).toMatchObject({
      kind: "letter",
      number: "2423",
      symbol: "UBND-NV",
      date: "2023-12-07",
    });
  });
  it("reads a reward decision", () => {
    expect(parseDocumentRef("Quyết định số 123/QĐ-UBND ngày 15/11/2024")).toMatchObject({
      kind: "decision",
      number: "123",
      symbol: "QĐ-UBND",
      date: "2024-11-15",
    });
  });
  it("keeps a draft's blanks", () => {
    expect(
      parseDocumentRef("Kèm theo Kế hoạch số: /KH-UBND ngày /4/2024 của UBND quận Thanh Xuân"),
    ).toMatchObject({
      kind: "plan",
      number: null,
      symbol: "KH-UBND",
      date: null,
      month: "2024-04",
      issuer: "UBND quận Thanh Xuân",
      text: "Kế hoạch số: /KH-UBND ngày /4/2024 của UBND quận Thanh Xuân",
    });
  });
  it("reads dates written in words", () => {
    expect(parseDocumentRef("Quyết định số 5/QĐ-UBND ngày 05 tháng 3 năm 2024")?.date).toBe("2024-03-05");
  });
  it("reads a bare number and symbol, inferring the kind", () => {
    expect(parseDocumentRef("theo 123/QĐ-UBND")).toMatchObject({
      kind: "decision",
      number: "123",
      symbol: "QĐ-UBND",
    });
    expect(parseDocumentRef("số 45/UBND-QLĐT")).toMatchObject({ kind: "letter", symbol: "UBND-QLĐT" });
  });
  it("reads NFD input", () => {
    expect(parseDocumentRef("Kê\u0301 hoa\u0323ch sô\u0301 02/KH-UBND")?.kind).toBe("plan");
  });
});

describe("findDocumentRefs", () => {
  it("finds all five references of the 2.1 content cell, across the page break", () => {
    const found = findDocumentRefs(CELL_2_1);
    expect(found.map((f) => [f.ref.kind, f.ref.number, f.ref.symbol, f.ref.date, f.ref.issuer])).toEqual([
      ["plan", "02", "KH-UBND", "2024-01-02", "UBND quận"],
      ["plan", "63", "KH-UBND", "2024-02-02", "UBND quận"],
      ["letter", "331", "UBND-VH&TT", "2024-02-16", null],
      ["letter", "386", "UBND-VH&TT", "2024-02-27", "UBND quận"],
      ["letter", "541", "UBND-VH&TT", "2024-03-15", "UBND quận"],
    ]);
    expect(found[1]?.ref.subject).toBe(
      "tổ chức các hoạt động kỷ niệm 70 năm ngày Giải phóng Thủ đô (10/10/1954-10/10/2024) và một số ngày lễ, kỷ niệm quan trọng trong năm 2024",
    );
    expect(found[4]?.ref.subject).toBe(
      "tăng cường công tác trang trí, cổ động trực quan chào mừng các ngày lễ lớn của Thủ đô, đất nước",
    );
  });
  it("gives spans into the text as given (entities not decoded)", () => {
    const found = findDocumentRefs(CELL_2_1);
    const third = found[2];
    expect(third && CELL_2_1.slice(third.span.start, third.span.end)).toMatch(
      /^Công văn số 331\/UBND-VH&amp;TT ngày 16\/02\/2024 về tăng cường/,
    );
  });
  it("reads an issuer ending at a colon", () => {
    const [first] = findDocumentRefs(
      "Thực hiện các yêu cầu tại Công văn số 45/UBND-QLĐT ngày 08/01/2024 của UBND quận: Tăng cường kiểm tra",
    );
    expect(first?.ref).toMatchObject({
      number: "45",
      symbol: "UBND-QLĐT",
      issuer: "UBND quận",
      subject: null,
    });
  });
  it("does not read dates or scores as references", () => {
    expect(findDocumentRefs("(10/10/1954-10/10/2024) tháng 6,7/2024; tỷ số 3/2")).toEqual([]);
  });
});

describe("formatDocumentRef", () => {
  it.each([
    "Kế hoạch số 02/KH-UBND ngày 02/01/2024 của UBND quận",
    "Công văn số 331/UBND-VH&TT ngày 16/02/2024",
    "Quyết định số 123/QĐ-UBND ngày 15/11/2024",
    "Kế hoạch số /KH-UBND ngày /4/2024 của UBND quận Thanh Xuân",
    "Kế hoạch số 99/KH-UBND ngày 29/02/2024 của UBND quận về tổ chức Cuộc thi Đại sứ văn hóa đọc",
  ])("round-trips %s", (text) => {
    const ref = parseDocumentRef(text);
    expect(ref && formatDocumentRef(ref)).toBe(text);
  });
  it("writes the number and symbol alone", () => {
    const ref = parseDocumentRef("Quyết định số 123/QĐ-UBND ngày 15/11/2024");
    expect(ref && formatDocumentRef(ref, { style: "symbol" })).toBe("123/QĐ-UBND");
  });
});
