import type { CliIO } from "./CliIO";

/** A progress bar for long work. */
export interface ProgressBar {
  /** Sets the amount done so far. */
  update(done: number): void;
  /** Clears the bar (call once the work is finished). */
  stop(): void;
  /** Whether the bar draws anything (TTY only, never in `--json` mode or CI logs). */
  readonly visible: boolean;
}

/** Options for {@link createProgressBar}. */
export interface ProgressBarOptions {
  /** Total amount of work, in the same unit as `update`. */
  total: number;
  /** Short label shown before the bar, e.g. "Nhập / Import". */
  label: string;
  /** Machine output was asked for: never draw. */
  json?: boolean;
  /** Bar width in characters (default 30). */
  width?: number;
  /** Minimum milliseconds between two redraws (default 80). */
  throttleMs?: number;
}

/**
 * Creates a progress bar on stderr. It is drawn only when stderr is a TTY,
 * `--json` was not given and `CI` is not set; otherwise every call is a no-op,
 * so commands can always use it.
 */
export function createProgressBar(io: CliIO, options: ProgressBarOptions): ProgressBar {
  const visible = Boolean(io.stderr.isTTY) && !options.json && !io.env.CI && options.total > 0;
  const width = options.width ?? 30;
  const throttleMs = options.throttleMs ?? 80;
  let lastDraw = 0;
  let drawn = false;

  const draw = (done: number) => {
    const ratio = Math.min(1, Math.max(0, done / options.total));
    const filled = Math.round(ratio * width);
    const percent = (ratio * 100).toFixed(0).padStart(3, " ");
    io.stderr.write(
      `\r${options.label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${percent}% ${done}/${options.total}`,
    );
    drawn = true;
  };

  return {
    visible,
    update(done) {
      if (!visible) return;
      const now = Date.now();
      if (done < options.total && now - lastDraw < throttleMs) return;
      lastDraw = now;
      draw(done);
    },
    stop() {
      if (visible && drawn) io.stderr.write("\r\x1b[2K");
    },
  };
}
