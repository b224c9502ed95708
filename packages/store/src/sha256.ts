import { createHash, hash as oneShotHash } from "node:crypto";

/** SHA-256 of a text (UTF-8) as 64 hex digits. One-shot hashing (Node 20.12+) skips the Hash object. */
export function sha256(text: string): string {
  return typeof oneShotHash === "function"
    ? oneShotHash("sha256", text, "hex")
    : createHash("sha256").update(text).digest("hex");
}
