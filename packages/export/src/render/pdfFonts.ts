import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The font family name the PDF renderer registers. */
export const PDF_FONT_FAMILY = "DejaVuSerif";

/**
 * Paths of DejaVu Serif (regular, bold, italic, bold italic) from the
 * `dejavu-fonts-ttf` npm package: a serif with every Vietnamese glyph, shipped
 * through the registry so PDF export needs no system font and no network.
 */
export function dejaVuSerifPaths(): { normal: string; bold: string; italics: string; bolditalics: string } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return {
    normal: join(dir, "DejaVuSerif.ttf"),
    bold: join(dir, "DejaVuSerif-Bold.ttf"),
    italics: join(dir, "DejaVuSerif-Italic.ttf"),
    bolditalics: join(dir, "DejaVuSerif-BoldItalic.ttf"),
  };
}
