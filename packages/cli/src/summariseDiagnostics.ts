import type { Diagnostic } from "@kehoach/core";

/** At most this many further places are listed after a repeated diagnostic's first one. */
const MAX_PLACES = 6;

function place(diagnostic: Diagnostic, withFile: boolean): string {
  const location = diagnostic.location;
  if (location === null) return "";
  const parts: string[] = [];
  if (withFile && location.file) parts.push(location.file);
  if (location.sheet) parts.push(location.sheet);
  if (location.cell) parts.push(location.cell);
  else if (location.line !== undefined)
    parts.push(`${location.line}${location.column ? `:${location.column}` : ""}`);
  return parts.join(":");
}

const labels: Record<Diagnostic["severity"], string> = {
  error: "lỗi/error",
  warning: "cảnh báo/warning",
  info: "ghi chú/info",
};

/** One diagnostic as the line printed on stderr: "file:line:col: cảnh báo/warning [code] vi | en". */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = place(diagnostic, true);
  return `${where === "" ? "" : `${where}: `}${labels[diagnostic.severity]} [${diagnostic.code}] ${diagnostic.vi} | ${diagnostic.en}`;
}

/**
 * The lines a list of diagnostics prints as, each message once: a diagnostic
 * that repeats (same code, severity and text at other places) is one line at
 * its first place, with the count and the other places ("×15; cũng ở/also at
 * 11:1046, 16:340, … +8"). Order: first occurrences, in the given order.
 */
export function summariseDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.severity}\u0000${diagnostic.code}\u0000${diagnostic.vi}\u0000${diagnostic.en}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [diagnostic]);
    else group.push(diagnostic);
  }
  return [...groups.values()].map((group) => {
    const [first, ...rest] = group as [Diagnostic, ...Diagnostic[]];
    const line = formatDiagnostic(first);
    if (rest.length === 0) return line;
    const sameFile = rest.every((d) => d.location?.file === first.location?.file);
    const places = rest
      .map((d) => place(d, !sameFile))
      .filter((p) => p !== "")
      .slice(0, MAX_PLACES);
    const more = rest.length - places.length;
    const also =
      places.length === 0 ? "" : `; cũng ở/also at ${places.join(", ")}${more > 0 ? `, … +${more}` : ""}`;
    return `${line} (×${group.length}${also})`;
  });
}
