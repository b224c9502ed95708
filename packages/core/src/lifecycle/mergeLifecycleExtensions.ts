import type { LifecycleExtension } from "./LifecycleExtension";

/** Merges the plugins' lifecycle extensions and an explicit one into one (undefined when none is given). */
export function mergeLifecycleExtensions(
  extensions: readonly (LifecycleExtension | undefined)[],
): LifecycleExtension | undefined {
  const present = extensions.filter((e): e is LifecycleExtension => e !== undefined);
  if (present.length === 0) return undefined;
  return {
    steps: present.flatMap((e) => e.steps),
    authorities: present.flatMap((e) => e.authorities ?? []),
    requireExtendDecision: present.some((e) => e.requireExtendDecision === true),
  };
}
