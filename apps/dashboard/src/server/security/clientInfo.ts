import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** Where a request comes from, as far as the server can trust it. */
export interface ClientInfo {
  /** The client's address: the socket's, or the forwarded one when the socket is a trusted proxy. */
  address: string;
  /** Whether the client used HTTPS (forwarded by a trusted proxy). */
  https: boolean;
}

const normalise = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").toLowerCase();

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * The client of a request. `trustedProxies` (from `KEHOACH_TRUST_PROXY`) are
 * the addresses of the reverse proxies in front of the server: only when the
 * socket's peer is one of them do `X-Forwarded-For` (its last address that is
 * not itself a trusted proxy) and `X-Forwarded-Proto` count. Anyone else's
 * forwarded headers are ignored, so a client cannot pick its own address.
 */
export function clientInfo(c: Context, trustedProxies: readonly string[]): ClientInfo {
  const peer = normalise(socketAddress(c));
  const trusted = new Set(trustedProxies.map(normalise));
  if (!trusted.has(peer)) return { address: peer, https: false };
  const chain = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => normalise(s.trim()))
    .filter((s) => s !== "");
  let address = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    address = chain[i] as string;
    if (!trusted.has(address)) break;
  }
  const proto = (c.req.header("x-forwarded-proto") ?? "").split(",")[0]?.trim().toLowerCase();
  return { address, https: proto === "https" };
}
