import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { DashboardEnv } from "../DashboardEnv";
import { type UploadLimits, uploadRefusal } from "../upload/UploadLimits";
import { ApiError } from "./ApiError";

/**
 * The request body limits of the API: an upload (`/api/plans/import`) up to
 * `uploadLimits.maxFileBytes` (refused naming that limit), any other body up
 * to `jsonLimitBytes` (413 `request.too-large`).
 */
export function bodyLimits(
  jsonLimitBytes: number,
  uploadLimits: UploadLimits,
): MiddlewareHandler<DashboardEnv> {
  const tooLarge = () => {
    throw new ApiError(413, "request.too-large", {
      vi: "nội dung yêu cầu quá lớn",
      en: "the request body is too large",
    });
  };
  const jsonLimit = bodyLimit({ maxSize: jsonLimitBytes, onError: tooLarge });
  const uploadLimit = bodyLimit({
    maxSize: uploadLimits.maxFileBytes,
    onError: () => {
      const { status, code, vi, en, limit } = uploadRefusal("maxFileBytes", uploadLimits.maxFileBytes);
      throw new ApiError(status, code, { vi, en }, { limit });
    },
  });
  return (c, next) => (c.req.path === "/api/plans/import" ? uploadLimit(c, next) : jsonLimit(c, next));
}
