/**
 * The issuer of a letterhead in capitals, on two lines as Decree 30/2020 sets
 * them: "Ủy ban nhân dân quận Thanh Xuân" → ["ỦY BAN NHÂN DÂN", "QUẬN THANH XUÂN"].
 */
export function issuerLines(name: string): string[] {
  const text = name.normalize("NFC").trim();
  const match = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(.+)$/iu.exec(text);
  if (match) return ["ỦY BAN NHÂN DÂN", (match[2] as string).toLocaleUpperCase("vi")];
  return [text.toLocaleUpperCase("vi")];
}
