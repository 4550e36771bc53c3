/**
 * Tenant feature switches pinned through the public surface: with tags switched off, an item
 * refused only when it names a tag (an empty list, an empty object or null names none, in either
 * wire form); with granular fields switched off, the detail's message names the setting.
 */
import { describe, expect, it } from "vitest";
import { createState, type InventoryState, type RefreshItem, refresh, saveLocation } from "./index.js";

const NOW = Date.UTC(2026, 0, 1);

function tenant(settings: Parameters<typeof createState>[0]): InventoryState {
  const r = saveLocation(createState(settings), { code: "L1" });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

/** The `setting_disabled` details of a refused refresh of `items`, as `index field`, or "ok". */
function refused(state: InventoryState, items: RefreshItem[]): string[] | "ok" {
  const r = refresh(state, { locationCode: "L1", items }, NOW);
  return r.ok ? "ok" : r.error.details.filter((d) => d.code === "setting_disabled").map((d) => `${d.index} ${d.field}`);
}

describe("feature switches", () => {
  it("tagsEnabled false: an item naming a tag is refused, in either form; no tags at all is not", () => {
    const s = tenant({ tagsEnabled: false });
    expect(refused(s, [{ upc: "U", quantity: 1, tags: [] }])).toBe("ok");
    expect(refused(s, [{ upc: "U", quantity: 1, tags: {} }])).toBe("ok");
    expect(refused(s, [{ upc: "U", quantity: 1, tags: null as never }])).toBe("ok");
    expect(
      refused(s, [
        { upc: "U", quantity: 1, tags: [{ name: "Channel", value: "Web" }] },
        { upc: "U", quantity: 1, tags: { Channel: "Web" } },
      ]),
    ).toEqual(["0 tags", "1 tags"]);
  });

  it("granularFieldsEnabled false: the detail's message names the feature and the setting", () => {
    const r = refresh(tenant({ granularFieldsEnabled: false }), { locationCode: "L1", items: [{ upc: "U", quantity: 1, lotCode: "A" }] }, NOW);
    expect(r.ok ? [] : r.error.details).toEqual([
      { index: 0, field: "lotCode", code: "setting_disabled", message: "Granular fields are disabled on this tenant (setting granularFieldsEnabled is false)" },
    ]);
  });
});
