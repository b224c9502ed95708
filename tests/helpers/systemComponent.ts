import { spawnSync } from "node:child_process";

/**
 * Whether a test may run that needs a system component: true when it is
 * there; otherwise prints one line and answers false, except under
 * `CI=true`, where a missing component is an error (CI installs it, see
 * `.ci/apt-packages`).
 */
export function requireSystemComponent(available: boolean, what: string, skipped: string): boolean {
  if (available) return true;
  if (process.env.CI === "true") {
    throw new Error(`${what} is required under CI=true but missing (see .ci/apt-packages)`);
  }
  console.log(`${skipped} skipped: ${what} is missing`);
  return false;
}

/** Whether a system command is on PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}
