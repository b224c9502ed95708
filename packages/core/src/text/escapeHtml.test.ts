import { describe, expect, it } from "vitest";
import { decodeEntities } from "./decodeEntities";
import { escapeHtml } from "./escapeHtml";

describe("escapeHtml", () => {
  it("escapes the five characters HTML gives meaning to, and nothing else", () => {
    expect(escapeHtml('Phòng VH&TT <"Văn hóa">')).toBe("Phòng VH&amp;TT &lt;&quot;Văn hóa&quot;&gt;");
    expect(escapeHtml("Hội LHPN 'phường'")).toBe("Hội LHPN &#39;phường&#39;");
    expect(escapeHtml("Ủy ban nhân dân phường Hạ Đình")).toBe("Ủy ban nhân dân phường Hạ Đình");
  });

  it("leaves no markup a reader's browser would run", () => {
    const escaped = escapeHtml('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(escaped).not.toMatch(/[<>"]/);
  });

  it("is undone by decodeEntities", () => {
    for (const text of ["A & B", "<b>", `"quoted" 'single'`, "&amp; already", "Kế hoạch số 12/KH-UBND"]) {
      expect(decodeEntities(escapeHtml(text))).toBe(text);
    }
  });
});
