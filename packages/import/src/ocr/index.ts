export { eraseRules, findImageRules } from "./findImageRules";
export { type GrayImage, MAX_IMAGE_PIXELS, readPgm, writePgm } from "./GrayImage";
export { parseTesseractTsv } from "./parseTesseractTsv";
export {
  OCR_INSTALL_HINT,
  type TesseractOcrOptions,
  TesseractOcrOptionsSchema,
  tesseractOcr,
} from "./tesseractOcr";
