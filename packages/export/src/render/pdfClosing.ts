import type { Content } from "pdfmake/interfaces.js";
import type { Closing } from "../report/Report";

/**
 * The closing block as two pdfmake columns kept on one page: "Nơi nhận" with its recipients on the
 * left, the authority, position and signer on the right; `fontSize` is the body size in points.
 */
export function pdfClosing(c: Closing, fontSize: number): Content {
  return {
    columns: [
      {
        width: "50%",
        stack: [
          { text: "Nơi nhận:", bold: true, italics: true },
          ...c.recipients.map((r, i) => ({
            text: `- ${r}${i === c.recipients.length - 1 ? "." : ";"}`,
            fontSize: fontSize - 1.5,
          })),
        ],
      },
      {
        width: "50%",
        stack: [
          { text: c.authority, bold: true, alignment: "center" as const },
          { text: c.position, bold: true, alignment: "center" as const },
          { text: c.signer ?? "", bold: true, alignment: "center" as const, margin: [0, 50, 0, 0] },
        ],
      },
    ],
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}
