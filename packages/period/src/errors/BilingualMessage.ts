/** A message in both languages of the project: Vietnamese (`vi`) and English (`en`). */
export interface BilingualMessage {
  vi: string;
  en: string;
}
