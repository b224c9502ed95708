import { z } from "zod";
import { PlanEngineSnapshotSchema } from "./PlanEngineSnapshot";

/**
 * The JSON Schema (draft 2020-12) of an engine snapshot (`engine.snapshot()`),
 * generated from its zod schema, for stores and tools that keep snapshots.
 */
export function engineSnapshotJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanEngineSnapshotSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return {
    ...schema,
    $id: "urn:kehoach:schema:engine-snapshot:v1",
    title: "kehoach engine snapshot",
    description:
      "The state of a plan's lifecycle engine: the accepted events and every machine that left `planned`.",
  };
}
