import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { DashboardEnv } from "../DashboardEnv";
import { type UploadLimits, uploadRefusal } from "../upload/UploadLimits";
import { ApiError } from "./ApiError";

/**
 * The request body limits of the API: an upload (`/api/plans/import`) up to
 * `uploadLimits.maxFileBytes` (refused naming that limit), any other body up
 * to `jsonLimitBytes` (413 `request.too-large`).
 *
 * hono's `bodyLimit` decides as follows: no body (GET, HEAD) passes; a
 * declared `Content-Length` without `Transfer-Encoding` is compared with the
 * limit; any other body is read and counted. The first two are decided here
 * from the method and the headers alone, so the request's body is never
 * touched: on `@hono/node-server`, asking for `request.body` builds a whole
 * web `Request` and stream, where `c.req.text()` later reads the socket
 * directly (15% of the server's time under 20 writers). Only a body without a
 * declared length goes through `bodyLimit`.
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
  return (c, next) => {
    const upload = c.req.path === "/api/plans/import";
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const length = c.req.header("content-length");
    if (length === undefined || c.req.header("transfer-encoding") !== undefined)
      return upload ? uploadLimit(c, next) : jsonLimit(c, next);
    const maxSize = upload ? uploadLimits.maxFileBytes : jsonLimitBytes;
    if (Number.parseInt(length || "0", 10) <= maxSize) return next();
    return upload ? uploadLimit(c, next) : jsonLimit(c, next);
  };
}
