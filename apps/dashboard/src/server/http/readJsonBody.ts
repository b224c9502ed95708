import { zodIssuesToDiagnostics } from "@kehoach/core";
import type { Context } from "hono";
import type { z } from "zod";
import { ApiError } from "./ApiError";
import { jsonDepth } from "./jsonDepth";
import { problemDetails } from "./parseQuery";

/** How deeply a request body may nest arrays and objects (an event's payload needs 5). */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads a JSON request body and validates it with a zod schema. Answers 415
 * when the body is not `application/json`, 400 when it is not valid JSON (with
 * the parser's message) and 422 when it does not fit the schema (with the zod
 * issues, each with its path). A body nested deeper than {@link MAX_JSON_DEPTH}
 * is refused (422 `request.too-deep`) before it is parsed.
 */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, "request.unsupported-media-type", {
      vi: "nội dung yêu cầu phải là JSON (Content-Type: application/json)",
      en: "the request body must be JSON (Content-Type: application/json)",
    });
  }
  const text = await c.req.text();
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new ApiError(
      422,
      "request.too-deep",
      {
        vi: `nội dung JSON lồng quá ${MAX_JSON_DEPTH} cấp`,
        en: `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`,
      },
      { limit: { name: "maxJsonDepth", value: MAX_JSON_DEPTH } },
    );
  }
  let value: unknown;
  try {
    value = text.trim() === "" ? {} : JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, "request.malformed-json", {
      vi: `nội dung JSON không hợp lệ: ${why}`,
      en: `malformed JSON: ${why}`,
    });
  }
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const what = { vi: "Dữ liệu gửi lên", en: "request" };
    const problems = zodIssuesToDiagnostics("request.invalid", what, parsed.error.issues);
    throw new ApiError(
      422,
      "request.invalid",
      problems[0] ?? { vi: "Dữ liệu gửi lên không hợp lệ", en: "invalid request" },
      {
        issues: problemDetails(problems),
      },
    );
  }
  return parsed.data;
}
