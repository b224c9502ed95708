import type { Content } from "pdfmake/interfaces.js";
import { formatVietnameseDateLine } from "../report/formatVietnameseDate";
import type { Letterhead } from "../report/Report";

type Margin = [number, number, number, number];

/** A short centred rule under a letterhead column, `width` points long. */
function rule(width: number): Content {
  return {
    canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7 }],
    alignment: "center" as const,
    margin: [0, 4, 0, 2] as Margin,
  };
}

/** The issuer's column (40 %): the superior body, the issuer in bold, a rule, the document number. */
function issuerColumn(head: Letterhead): Content[] {
  return [
    ...(head.superior ? [{ text: head.superior, alignment: "center" as const }] : []),
    ...head.issuer.map((l) => ({ text: l, bold: true, alignment: "center" as const })),
    rule(70),
    ...(head.number
      ? [
          {
            text: `Số: ${head.number.value ?? "      "}/${head.number.symbol}`,
            alignment: "center" as const,
            margin: [0, 4, 0, 0] as Margin,
          },
        ]
      : []),
  ];
}

/** The national motto's column (60 %): the motto, the slogan, a rule, the place and date in italics. */
function mottoColumn(head: Letterhead, fontSize: number): Content[] {
  return [
    {
      text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      bold: true,
      alignment: "center" as const,
      fontSize: fontSize - 0.5,
    },
    { text: "Độc lập - Tự do - Hạnh phúc", bold: true, alignment: "center" as const },
    rule(170),
    ...(head.place || head.date || head.number
      ? [
          {
            text: formatVietnameseDateLine(head.place, head.date),
            italics: true,
            alignment: "center" as const,
            margin: [0, 4, 0, 0] as Margin,
          },
        ]
      : []),
  ];
}

/** The Decree 30 letterhead as two pdfmake columns, `fontSize` being the body size in points. */
export function pdfLetterhead(head: Letterhead, fontSize: number): Content {
  return {
    columns: [
      { width: "40%", stack: issuerColumn(head) },
      { width: "60%", stack: mottoColumn(head, fontSize) },
    ],
    margin: [0, 0, 0, 14],
  };
}
