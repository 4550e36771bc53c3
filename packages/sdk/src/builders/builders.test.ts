import { describe, expect, it } from "vitest";
import { PayloadError } from "../errors/payload-error.js";
import { createInventoryClient } from "../client.js";
import { createFetchSpy, json } from "../testing/fetch-spy.js";
import { buildAdjustItem, buildAdjustRequest } from "./adjust.js";
import { buildAllocateItem, buildAllocateRequest } from "./allocate.js";
import { buildGranularFields, normalizeInventoryDate } from "./granular.js";
import { buildRefreshItem, buildRefreshRequest } from "./refresh.js";
import { buildTags, fetchTagConfiguration, inventoryTagsToTags, type TagConfiguration, tagsToInventoryTags } from "./tags.js";

const tagConfig: TagConfiguration = [
  { name: "Channel", tags: [{ tagValue: "Web" }, { tagValue: "Store", isDefault: true }] },
  { name: "Region", tags: [{ tagValue: "North" }, { tagValue: "South" }] },
  { name: "Split", tags: [{ tagValue: "A", percent: 60 }, { tagValue: "B", percent: 40 }, { tagValue: "Rest" }] },
];

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PayloadError);
    return (error as PayloadError).issues.map((i) => [i.path.join("."), i.code]);
  }
  throw new Error("expected a PayloadError");
}

describe("tag builders", () => {
  it("fill every unspecified category with its default (isDefault, else the first value)", () => {
    expect(buildTags(tagConfig, { Region: "South" })).toEqual({ Region: "South", Channel: "Store", Split: "A" });
    expect(buildTags(tagConfig, undefined)).toEqual({ Channel: "Store", Region: "North", Split: "A" });
    expect(buildTags(tagConfig, {}, { fillDefaults: false })).toEqual({});
  });

  it("for writes, leave percentage categories unspecified (split) and refuse percent values", () => {
    expect(buildTags(tagConfig, {}, { purpose: "write" })).toEqual({ Channel: "Store", Region: "North" });
    expect(buildTags(tagConfig, { Split: "Rest" }, { purpose: "write" })).toMatchObject({ Split: "Rest" });
    expect(issuesOf(() => buildTags(tagConfig, { Split: "A" }, { purpose: "write" }))).toEqual([["tags.Split", "percent_tag_not_addressable"]]);
  });

  it("name every unknown category, unknown value and missing value", () => {
    expect(issuesOf(() => buildTags(tagConfig, { Colour: "Red", Channel: "Phone", Region: "" }))).toEqual([
      ["tags.Colour", "unknown_tag_category"],
      ["tags.Channel", "unknown_tag_value"],
      ["tags.Region", "missing_tag_value"],
    ]);
  });

  it("convert between the tags map and the inventoryTags array", () => {
    expect(tagsToInventoryTags({ Channel: "Web", Region: "North" })).toEqual([
      { name: "Channel", value: "Web" },
      { name: "Region", value: "North" },
    ]);
    expect(inventoryTagsToTags([{ name: "Channel", value: "Web" }, { name: "Region", value: "North" }])).toEqual({ Channel: "Web", Region: "North" });
  });

  it("refuse a name given twice or without a value in inventoryTags", () => {
    expect(
      issuesOf(() =>
        inventoryTagsToTags([
          { name: "Channel", value: "Web" },
          { name: "Channel", value: "Store" },
          { name: "Region", value: null },
          { name: "", value: "x" },
        ]),
      ),
    ).toEqual([
      ["inventoryTags.1.name", "duplicate_tag"],
      ["inventoryTags.2.value", "missing_tag_value"],
      ["inventoryTags.3.name", "missing_tag_name"],
    ]);
    expect(issuesOf(() => tagsToInventoryTags({ Channel: "" }))).toEqual([["tags.Channel", "missing_tag_value"]]);
  });

  it("fetch the tag configuration with the client", async () => {
    const fetch = createFetchSpy(() => json(tagConfig));
    const client = createInventoryClient({ tenantId: 1, accessToken: "t", fetch });
    expect(await fetchTagConfiguration(client)).toEqual(tagConfig);
    expect(fetch.calls[0]?.path).toBe("/api/commerce/inventory/v1/tagCategory");
  });
});

describe("granular builders", () => {
  it("normalise dates: ISO kept, MM/DD/YYYY converted, impossible days refused", () => {
    expect(normalizeInventoryDate("2026-01-31")).toBe("2026-01-31");
    expect(normalizeInventoryDate("2026-01-31T10:00:00Z")).toBe("2026-01-31T10:00:00Z");
    expect(normalizeInventoryDate("2026-01-31T10:00:00-0500")).toBe("2026-01-31T10:00:00-0500");
    expect(normalizeInventoryDate("1/5/2026")).toBe("2026-01-05");
    expect(normalizeInventoryDate("12/31/2025")).toBe("2025-12-31");
    expect(normalizeInventoryDate("02/30/2026")).toBeUndefined();
    expect(normalizeInventoryDate("2026-13-01")).toBeUndefined();
    expect(normalizeInventoryDate("31/12/2025")).toBeUndefined();
    expect(normalizeInventoryDate("yesterday")).toBeUndefined();
  });

  it("accept the limits exactly and refuse one character more", () => {
    expect(buildGranularFields({ lotCode: "L".repeat(50), condition: "C".repeat(50), serialNumber: "S".repeat(30) })).toBeTruthy();
    expect(issuesOf(() => buildGranularFields({ lotCode: "L".repeat(51), condition: "C".repeat(51), serialNumber: "S".repeat(31), date: "soon" }))).toEqual([
      ["lotCode", "too_long"],
      ["condition", "too_long"],
      ["serialNumber", "too_long"],
      ["date", "invalid_date"],
    ]);
  });

  it("allow a serial-numbered record only 0 or 1 unit", () => {
    expect(buildGranularFields({ serialNumber: "SN1" }, { quantity: 1 })).toEqual({ serialNumber: "SN1" });
    expect(buildGranularFields({ serialNumber: "SN1" }, { quantity: 0 })).toEqual({ serialNumber: "SN1" });
    expect(issuesOf(() => buildGranularFields({ serialNumber: "SN1" }, { quantity: 2 }))).toEqual([["quantity", "serial_quantity"]]);
    expect(buildGranularFields({ lotCode: "L" }, { quantity: 2 })).toEqual({ lotCode: "L" });
  });
});

describe("refresh builders", () => {
  it("return the item ready to send, with the date converted and discrete defaults filled", () => {
    expect(buildRefreshItem({ upc: "A", quantity: 3, date: "06/30/2026", tags: { Channel: "Web" } }, { tagConfig })).toEqual({
      upc: "A",
      quantity: 3,
      date: "2026-06-30",
      tags: { Channel: "Web", Region: "North" },
    });
    expect(buildRefreshItem({ upc: "A", quantity: 3 })).toEqual({ upc: "A", quantity: 3 });
  });

  it("name every bad field of every item with its path", () => {
    const issues = issuesOf(() =>
      buildRefreshRequest(
        {
          locationCode: "",
          items: [
            { upc: "A", quantity: 1 },
            { upc: "B", quantity: 2, serialNumber: "SN" },
            { upc: "C", quantity: 1.5, lotCode: "L".repeat(51), tags: { Channel: "Phone" } },
            { upc: "D", quantity: 1, deliveryDate: "tomorrow" },
          ],
        },
        { tagConfig },
      ),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        ["items.1.quantity", "serial_quantity"],
        ["items.2.lotCode", "too_long"],
        ["items.2.tags.Channel", "unknown_tag_value"],
        ["items.2.quantity", "invalid_type"],
        ["items.3.deliveryDate", "invalid_format"],
        ["locationCode", "too_small"],
      ]),
    );
    expect(issues).toHaveLength(6);
  });

  it("say which fields in the error message", () => {
    expect(() => buildRefreshItem({ upc: "A", quantity: 1, lotCode: "L".repeat(51) })).toThrow(/lotCode: lotCode must be at most 50 characters/);
  });

  it("refuse more than 12,000 items", () => {
    const items = Array.from({ length: 12_001 }, (_, i) => ({ upc: `P${i}`, quantity: 1 }));
    expect(issuesOf(() => buildRefreshRequest({ locationCode: "WH1", items }))).toEqual([["items", "too_big"]]);
  });
});

describe("adjust builders", () => {
  it("require quantity and allow a serial-numbered change of -1, 0 or 1", () => {
    expect(buildAdjustItem({ upc: "A", quantity: -1, serialNumber: "SN" })).toEqual({ upc: "A", quantity: -1, serialNumber: "SN" });
    expect(issuesOf(() => buildAdjustItem({ upc: "A", quantity: -2, serialNumber: "SN" }))).toEqual([["quantity", "serial_quantity"]]);
    expect(issuesOf(() => buildAdjustItem({ upc: "A" } as never))).toEqual([["quantity", "invalid_type"]]);
  });

  it("refuse more than 1,000 items", () => {
    const items = Array.from({ length: 1_001 }, (_, i) => ({ upc: `P${i}`, quantity: 1 }));
    expect(issuesOf(() => buildAdjustRequest({ locationCode: "WH1", items }))).toEqual([["items", "too_big"]]);
  });
});

describe("allocate builders", () => {
  const item = { orderID: 1, orderItemID: 2, shipmentID: 3, quantity: 1, upc: "A" };

  it("fill the full segment, percentage categories included", () => {
    expect(buildAllocateItem({ ...item, tags: { Channel: "Web" } }, { tagConfig }).tags).toEqual({ Channel: "Web", Region: "North", Split: "A" });
  });

  it("name missing order ids and bad tags per item", () => {
    const issues = issuesOf(() => buildAllocateRequest({ items: [item, { ...item, orderID: undefined, tags: { Region: "East" } } as never] }, { tagConfig }));
    expect(issues).toEqual([
      ["items.1.tags.Region", "unknown_tag_value"],
      ["items.1.orderID", "invalid_type"],
    ]);
  });
});

describe("tag issues of an item in a request", () => {
  const third = (extra: Record<string, unknown>) => [{ upc: "A", quantity: 1 }, { upc: "B", quantity: 1 }, { upc: "C", quantity: 1, ...extra }];
  const allocation = { orderID: 1, orderItemID: 2, shipmentID: 3, quantity: 1 };

  it("carry the item's position before tags, from our checks and from the schema alike", () => {
    expect(issuesOf(() => buildRefreshRequest({ locationCode: "WH1", items: third({ tags: { Channel: "Phone" } }) }, { tagConfig }))).toEqual([
      ["items.2.tags.Channel", "unknown_tag_value"],
    ]);
    expect(issuesOf(() => buildRefreshRequest({ locationCode: "WH1", items: third({ tags: { Channel: 5 } }) } as never))).toEqual([
      ["items.2.tags.Channel", "custom"],
    ]);
    expect(issuesOf(() => buildAdjustRequest({ locationCode: "WH1", items: third({ tags: { Split: "A" } }) as never }, { tagConfig }))).toEqual([
      ["items.2.tags.Split", "percent_tag_not_addressable"],
    ]);
    const items = [allocation, allocation, { ...allocation, tags: { Colour: "Red" } }];
    expect(issuesOf(() => buildAllocateRequest({ items }, { tagConfig }))).toEqual([["items.2.tags.Colour", "unknown_tag_category"]]);
  });

  it("say so in the message, with zod's own messages in English", () => {
    expect(() => buildRefreshRequest({ locationCode: "WH1", items: third({ tags: { Channel: 5 } }) } as never)).toThrow(
      "Invalid refresh request: items[2].tags.Channel: Invalid input: expected string, received number",
    );
    expect(() => buildRefreshRequest({ locationCode: "WH1", items: third({ lTD: "soon" }) } as never)).toThrow(
      "Invalid refresh request: items[2].lTD: Invalid input: expected number, received string",
    );
    expect(() => buildRefreshRequest({ locationCode: "WH1", items: third({ tags: { Region: "East" } }) }, { tagConfig })).toThrow(
      'items[2].tags.Region: "East" is not a value of tag category "Region"',
    );
  });
});

