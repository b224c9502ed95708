import { describe, expect, it } from "vitest";
import { decodePdfText, pdfDateToIso, readPdfSignatures } from "./readSignatures";

/** UTF-16BE with its byte order mark, as hex: how signing tools write Vietnamese into a PDF string. */
function utf16Hex(text: string): string {
  let hex = "FEFF";
  for (const char of text) hex += char.codePointAt(0)!.toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/** A PDF body written by hand: a signature field and its value dictionary, with a (fake) PKCS#7 blob. */
function signedBody(): Uint8Array {
  const body = [
    "%PDF-1.7",
    "1 0 obj << /Type /Catalog /AcroForm << /Fields [3 0 R] /SigFlags 3 >> >> endobj",
    "3 0 obj << /FT /Sig /T (Signature1) /V 4 0 R >> endobj",
    `4 0 obj << /Type /Sig /Filter /Adobe.PPKLite /Reason ${utf16Hex("Kèm theo văn bản số 15/CĐ-UBND của ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ")}`,
    // A literal string with an escaped bracket and an octal escape (\\055 is "-").
    "/Location (UBND PHUONG NAM HA \\055 Ha Tinh \\(VN\\)) /Prop_Build << /App << /Name (Signer) >> >>",
    "/M (D:20260305091000+07'00') /ByteRange [0 100 300 50 ]",
    `/Contents <${"30".repeat(6000)}> >> endobj`,
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  return new TextEncoder().encode(body);
}

describe("readPdfSignatures", () => {
  it("reads each signature's reason, location and time, as a viewer's signature panel shows them", () => {
    expect(readPdfSignatures(signedBody())).toEqual([
      {
        reason: "Kèm theo văn bản số 15/CĐ-UBND của ỦY BAN NHÂN DÂN PHƯỜNG NAM HÀ",
        location: "UBND PHUONG NAM HA - Ha Tinh (VN)",
        signedAt: "2026-03-05T09:10:00+07:00",
      },
    ]);
  });

  it("finds nothing in an unsigned PDF, and never throws on a cut or garbled one", () => {
    expect(
      readPdfSignatures(new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj")),
    ).toEqual([]);
    const body = signedBody();
    for (const cut of [40, 200, 260, body.length - 5000]) {
      expect(() => readPdfSignatures(body.subarray(0, cut))).not.toThrow();
    }
    expect(readPdfSignatures(new TextEncoder().encode("/ByteRange /ByteRange << << ((( [[["))).toEqual([]);
  });

  it("decodes PDF text strings: UTF-16BE, UTF-8 with a BOM, PDFDocEncoding", () => {
    expect(decodePdfText(new Uint8Array([0xfe, 0xff, 0x1e, 0xa0, 0x00, 0x61]))).toBe("Ạa");
    expect(decodePdfText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa1]))).toBe("á");
    expect(decodePdfText(new Uint8Array([0x41, 0x92, 0x20, 0xa9]))).toBe("A™ ©");
    expect(pdfDateToIso("D:20251007204319Z")).toBe("2025-10-07T20:43:19Z");
    expect(pdfDateToIso("D:2025")).toBe("2025-01-01T00:00:00");
    expect(pdfDateToIso("yesterday")).toBeNull();
  });
});
