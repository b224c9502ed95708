import { secureHeaders } from "hono/secure-headers";

/**
 * The security headers of every answer: a strict Content-Security-Policy
 * (same origin only), no framing, no referrer, and HSTS when served over
 * HTTPS (`secureCookies`).
 */
export function securityHeaders(secureCookies: boolean) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: secureCookies ? "max-age=15552000; includeSubDomains" : false,
  });
}
