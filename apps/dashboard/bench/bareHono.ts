// The ceiling for GET status, in its own process: a bare hono route on
// @hono/node-server answering a body of the same bytes (the status JSON the
// parent fetched from the dashboard, passed as a file). Tells its parent its URL.
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const body = readFileSync(process.argv[2] ?? "", "utf8");
const app = new Hono();
app.get("/status", (c) => c.body(body, 200, { "content-type": "application/json; charset=utf-8" }));
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
  process.send?.({ url: `http://127.0.0.1:${info.port}` }),
);
process.on("message", (message) => {
  if (message === "stop") server.close(() => process.exit(0));
});
