import { describe, expect, it } from "vitest";
import { exportEventsJsonl, importEventsJsonl, openStore } from "../src/index";
import { makeEvent, seedPlan } from "./fixtures";

describe("importEventsJsonl: a file saved with a byte order mark (Notepad)", () => {
  it("reads line 1 as the first event, not as bad JSON", async () => {
    const plan = "thanh-xuan-70";
    const source = await openStore("memory:");
    await source.append({ plan, activity: "t1-1", events: [makeEvent("t1-1")] });
    await source.append({ plan, activity: "t1-2", events: [makeEvent("t1-2")] });
    let text = "";
    for await (const chunk of exportEventsJsonl(source, { plan })) text += chunk;
    const target = await openStore("memory:");
    await target.savePlan(seedPlan());
    const result = await importEventsJsonl(target, `\ufeff${text.replace(/\n/gu, "\r\n")}`, { plan });
    expect(result).toEqual({ imported: 2, duplicates: 0, diagnostics: [] });
    await source.close();
    await target.close();
  });
});
