const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and (quoted) attribute values: the
 * one escaper every HTML renderer of kehoach uses (`@kehoach/export`'s HTML,
 * the Ba Đình plugin's announcement). Vietnamese letters pass unchanged; the
 * inverse of {@link decodeEntities} for these five characters.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@kehoach/core";
 * escapeHtml('Phòng VH&TT <"Văn hóa">'); // "Phòng VH&amp;TT &lt;&quot;Văn hóa&quot;&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
