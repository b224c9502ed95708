import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { MiddlewareHandler } from "hono";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

async function fileIn(root: string, path: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built UI (Vite's `dist/ui`): files by path, hashed `/assets/*`
 * cached for a year, and `index.html` for every other GET outside `/api` and
 * `/assets` (client-side routes). Answers 503 with a bilingual page when the UI is not built.
 */
export function serveUi(uiDir: string): MiddlewareHandler {
  const root = resolve(uiDir);
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const path = c.req.path;
    if (path === "/api" || path.startsWith("/api/")) return next();
    const file = await fileIn(root, path === "/" ? "/index.html" : path);
    // Client-side routes (activity ids contain dots: /hoat-dong/t1-3.1) get index.html; missing assets a 404.
    const target = file ?? (path.startsWith("/assets/") ? null : join(root, "index.html"));
    if (!target) return next();
    let body: Buffer;
    try {
      body = await readFile(target);
    } catch {
      return c.text(
        "Giao diện chưa được dựng: chạy `npm start` (hoặc `npm run build -w apps/dashboard`).\n" +
          "The UI is not built: run `npm start` (or `npm run build -w apps/dashboard`).\n",
        503,
      );
    }
    const type = types[extname(target)] ?? "application/octet-stream";
    const immutable = path.startsWith("/assets/");
    c.header("Content-Type", type);
    c.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    return c.body(new Uint8Array(body));
  };
}
