import { describe, expect, it } from "vitest";
import { createInlineMarkupReader, parseInlineMarkup } from "./parseInlineMarkup";

describe("createInlineMarkupReader", () => {
  it("reads every cell as parseInlineMarkup does, sharing one RichText per repeated text", () => {
    const read = createInlineMarkupReader();
    const lead = read("Phòng <b>Văn hóa</b> và Thông tin", 2);
    expect(lead).toEqual(parseInlineMarkup("Phòng <b>Văn hóa</b> và Thông tin"));
    expect(read("Phòng <b>Văn hóa</b> và Thông tin", 2)).toBe(lead);
    expect(read("Quý II/2024")).toBe(read("Quý II/2024"));
  });

  it("stops remembering a column whose texts do not repeat, and still reads them right", () => {
    const read = createInlineMarkupReader();
    // Column 1: distinct titles; column 2: a lead that repeats on every row.
    for (let row = 0; row < 600; row++) {
      const title = `Nhiệm vụ *số* ${row}`;
      expect(read(title, 1)).toEqual(parseInlineMarkup(title));
      read("UBND các phường", 2);
    }
    // Past the sample, a repeated title is read again (a new object equal to the first) …
    const again = read("Nhiệm vụ *số* 599", 1);
    expect(again).toEqual(parseInlineMarkup("Nhiệm vụ *số* 599"));
    expect(read("Nhiệm vụ *số* 599", 1)).not.toBe(again);
    // … while the repeating column keeps sharing.
    expect(read("UBND các phường", 2)).toBe(read("UBND các phường", 2));
  });
});
