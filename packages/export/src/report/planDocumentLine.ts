import type { Plan } from "@kehoach/core";
import { formatShortDate } from "./formatVietnameseDate";

/**
 * The plan as a report cites it: "Kế hoạch số …/KH-UBND ngày …/4/2024 của UBND
 * quận Thanh Xuân". A blank number or day (a draft) is left as dots to fill in.
 */
export function planDocumentLine(plan: Plan): string {
  const doc = plan.document;
  const number = `${doc.number ?? "…"}/${doc.symbol ?? "KH-UBND"}`;
  let date = "…";
  if (doc.date) date = formatShortDate(doc.date);
  else if (doc.month) {
    const [year, month] = doc.month.split("-");
    date = `…/${Number(month)}/${year}`;
  }
  const issuer = doc.issuer ?? plan.issuer.source ?? plan.issuer.name;
  return `Kế hoạch số ${number} ngày ${date}${issuer ? ` của ${issuer}` : ""}`;
}

/** The plan's subject for a report title: "Kế hoạch tổ chức …" → "về tổ chức …". */
export function planSubject(plan: Plan): string {
  const title = plan.title.normalize("NFC").trim();
  const rest = title.replace(/^kế hoạch(?![\p{L}\p{N}])\s*/iu, "");
  if (!rest) return "";
  return /^về(?![\p{L}\p{N}])/iu.test(rest)
    ? rest
    : `về ${rest.charAt(0).toLocaleLowerCase("vi")}${rest.slice(1)}`;
}

/** The place of the date line from the issuer's name: "Ủy ban nhân dân quận Thanh Xuân" → "Thanh Xuân". */
export function placeOfIssuer(name: string): string | null {
  const match =
    /(?<![\p{L}\p{N}])(?:quận|huyện|thị xã|thành phố|phường|xã|thị trấn|tỉnh)\s+(\p{L}[\p{L}\s-]*)$/iu.exec(
      name.normalize("NFC").trim(),
    );
  return match ? (match[1] as string).trim() : null;
}
