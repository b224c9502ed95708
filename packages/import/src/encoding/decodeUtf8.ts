/**
 * The parts of Node's `buffer` module this file uses. Typed here, not taken
 * from `@types/node`, so the package's types never need Node's.
 */
interface NodeBufferModule {
  isAscii(bytes: Uint8Array): boolean;
  isUtf8(bytes: Uint8Array): boolean;
  transcode(bytes: Uint8Array, from: "utf8", to: "ucs2"): { toString(encoding: "ucs2"): string };
}

interface ProcessWithBuiltins {
  getBuiltinModule?: (id: string) => object | undefined;
}

/**
 * Node's `buffer` module, looked up at run time (`process.getBuiltinModule`,
 * Node ≥ 20.16) so the package still loads where there is no Node; `null`
 * there, or where Node was built without ICU (no `transcode`).
 */
const nodeBuffer: NodeBufferModule | null = (() => {
  const process = (globalThis as { process?: ProcessWithBuiltins }).process;
  const found = process?.getBuiltinModule?.("node:buffer") as Partial<NodeBufferModule> | undefined;
  return typeof found?.transcode === "function" &&
    typeof found.isUtf8 === "function" &&
    typeof found.isAscii === "function"
    ? (found as NodeBufferModule)
    : null;
})();

/** Whether this runtime takes the fast path (Node with ICU); the tests check that they exercise it. */
export const fastUtf8Available: boolean = nodeBuffer !== null;

const fatalDecoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

/** `text` without one leading byte order mark, as `TextDecoder` gives it. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text of bytes that are UTF-8, or `null`: what
 * `new TextDecoder("utf-8", { fatal: true })` gives (one leading byte order
 * mark dropped), without its exception.
 *
 * Node 20's V8 builds a string from non-ASCII UTF-8 one character at a time
 * (about 24 ms for a 3.5 MB Vietnamese plan); validating with simdutf
 * (`isUtf8`), transcoding with ICU and copying the UTF-16 in takes about
 * 1.5 ms. ASCII bytes keep the decoder, which makes the smaller one-byte
 * string.
 */
export function decodeUtf8Strictly(bytes: Uint8Array): string | null {
  const fast = decodeValidUtf8(bytes);
  if (fast !== undefined) return fast;
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of UTF-8 bytes exactly as `new TextDecoder("utf-8")` gives it:
 * one leading byte order mark dropped, U+FFFD for each byte sequence that is
 * not UTF-8 (those bytes go to the decoder itself, so its replacement
 * characters stay where it puts them). Fast as {@link decodeUtf8Strictly}.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return decodeValidUtf8(bytes) ?? lenientDecoder.decode(bytes);
}

/**
 * The text of non-ASCII, valid UTF-8 bytes through Node's `buffer`; `undefined` when the decoder is to
 * read them (and when Node refuses: a text longer than a string can be goes to the decoder, which
 * refuses it as it always did).
 */
function decodeValidUtf8(bytes: Uint8Array): string | undefined {
  if (nodeBuffer === null || nodeBuffer.isAscii(bytes) || !nodeBuffer.isUtf8(bytes)) return undefined;
  try {
    return withoutBom(nodeBuffer.transcode(bytes, "utf8", "ucs2").toString("ucs2"));
  } catch {
    return undefined;
  }
}
