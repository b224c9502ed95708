import type { BilingualMessage } from "@kehoach/core";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** A bilingual message: Vietnamese first, English second (core's `BilingualMessage`). */
export type Bilingual = BilingualMessage;

/** The JSON body of every error answer of the dashboard API. */
export interface ApiErrorBody {
  error: Bilingual & {
    /** A stable machine-readable code, e.g. `request.malformed-json` or a lifecycle code. */
    code: string;
    /** Extra facts: zod issues, the rejected event's location, retry delay. */
    details?: unknown;
  };
}

/**
 * An error a route raises on purpose: the app's error handler turns it into
 * `{ error: { code, vi, en, details } }` with its HTTP status.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: Bilingual,
    details?: unknown,
    headers: Record<string, string> = {},
  ) {
    super(message.en);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.vi = message.vi;
    this.en = message.en;
    this.details = details;
    this.headers = headers;
  }

  /** The JSON body for this error. */
  toBody(): ApiErrorBody {
    return {
      error: {
        code: this.code,
        vi: this.vi,
        en: this.en,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}
