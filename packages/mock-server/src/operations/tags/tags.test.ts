import { describe, expect, it } from "vitest";
import { readFixture, segmentationExample } from "../../../test/support/read-fixture.js";

const CAT = "/commerce/inventory/v1/tagCategory";

interface WireTag {
  tagID: number;
  tagValue: string;
  isDefault: boolean;
  percent?: number;
}
interface WireCategory {
  tagCategoryID: number;
  name: string;
  tags: WireTag[];
}
interface KiboError {
  errorCode: string;
  items: { field: string; code: string; index?: number }[];
}

describe("tag categories", () => {
  it("creates with PUT (first value is the default), lists, reads and replaces", async () => {
    const f = readFixture();
    const put = await f.put<WireCategory>(`${CAT}/Channel`, { name: "Channel", tags: [{ tagValue: "Web" }, { tagValue: "Store" }] });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ tagCategoryID: expect.any(Number), name: "Channel", created: expect.any(String) });
    expect(put.body.tags.map((t) => [t.tagValue, t.isDefault])).toEqual([["Web", true], ["Store", false]]);
    expect(put.body.tags[0]).toMatchObject({ tagID: expect.any(Number), created: expect.any(String), updated: expect.any(String) });
    expect(put.body.tags[0]).not.toHaveProperty("percent");

    const replaced = await f.put<WireCategory>(`${CAT}/Channel`, { tags: [{ tagValue: "Web" }, { tagValue: "Outlet", isDefault: true }] });
    expect(replaced.body.tagCategoryID).toBe(put.body.tagCategoryID);
    expect(replaced.body.tags.map((t) => [t.tagValue, t.isDefault])).toEqual([["Web", false], ["Outlet", true]]);
    expect(replaced.body.tags[0]?.tagID).toBe(put.body.tags[0]?.tagID);

    expect((await f.get<WireCategory[]>(CAT)).body.map((c) => c.name)).toEqual(["Channel"]);
    expect((await f.get<WireCategory>(`${CAT}/Channel`)).body.tags).toHaveLength(2);
    const missing = await f.get<KiboError>(`${CAT}/Nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.errorCode).toBe("NOT_FOUND");
  });

  it("answers the segmentation example's category with names that fit the path", async () => {
    const f = readFixture();
    const res = await f.put<KiboError>(`${CAT}/Channel`, { name: "Region", tags: [] });
    expect(res.status).toBe(400);
    expect(res.body.items[0]?.field).toBe("name");
  });

  it("a category needs a value and a default: tags [] is 400; deleting the default or last value is 409 (docs/semantics.md › D4)", async () => {
    const f = readFixture();
    const empty = await f.put<KiboError>(`${CAT}/Channel`, { tags: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.items[0]).toMatchObject({ field: "tags", code: "REQUIRED" });
    expect((await f.get(`${CAT}/Channel`)).status).toBe(404);
    await f.category("Channel", ["Web", "Store"]);
    expect((await f.put<KiboError>(`${CAT}/Channel`, { tags: [] })).status).toBe(400);
    const deflt = await f.del<KiboError>(`${CAT}/Channel/tag/Web`);
    expect([deflt.status, deflt.body.errorCode, deflt.body.items[0]?.code]).toEqual([409, "CONFLICT", "DEFAULT_VALUE"]);
    expect(await f.del(`${CAT}/Channel/tag/Store`)).toEqual({ status: 200, body: { deleted: 1 } });
    const last = await f.del<KiboError>(`${CAT}/Channel/tag/Web`);
    expect([last.status, last.body.items[0]?.code]).toEqual([409, "LAST_VALUE"]);
    expect((await f.get<WireCategory>(`${CAT}/Channel`)).body.tags.map((t) => [t.tagValue, t.isDefault])).toEqual([["Web", true]]);
  });

  it("refuses bad values with 400 listing each item: missing tagValue, duplicates, percent out of range", async () => {
    const f = readFixture();
    const missing = await f.put<KiboError>(`${CAT}/Channel`, { tags: [{ tagValue: "Web" }, { isDefault: true }, {}] });
    expect(missing.status).toBe(400);
    expect(missing.body.items.map((i) => [i.index, i.field])).toEqual([[1, "tags[1].tagValue"], [2, "tags[2].tagValue"]]);
    const dup = await f.put<KiboError>(`${CAT}/Channel`, { tags: [{ tagValue: "Web" }, { tagValue: "Web" }] });
    expect(dup.status).toBe(400);
    expect(dup.body.items[0]).toMatchObject({ index: 1, field: "tags[1].tagValue", code: "DUPLICATE_VALUE" });
    const range = await f.put<KiboError>(`${CAT}/Channel`, { tags: [{ tagValue: "Web", percent: 120 }, { tagValue: "Store", percent: 1.5 }] });
    expect(range.status).toBe(400);
    expect(range.body.items.map((i) => i.field)).toEqual(["tags[0].percent", "tags[1].percent"]);
    const twoDefaults = await f.put(`${CAT}/Channel`, { tags: [{ tagValue: "A", isDefault: true }, { tagValue: "B", isDefault: true }] });
    expect(twoDefaults.status).toBe(400);
  });

  it("enforces the tenant limits (3 categories, 6 values) with 400", async () => {
    const f = readFixture();
    for (const name of ["A", "B", "C"]) expect((await f.put(`${CAT}/${name}`, { tags: [{ tagValue: "x" }] })).status).toBe(200);
    const fourth = await f.put<KiboError>(`${CAT}/D`, { tags: [{ tagValue: "x" }] });
    expect(fourth.status).toBe(400);
    expect(fourth.body.errorCode).toBe("VALIDATION_ERROR");
    const many = await f.put<KiboError>(`${CAT}/A`, { tags: ["1", "2", "3", "4", "5"].map((tagValue) => ({ tagValue })) });
    expect(many.status).toBe(400);
  });

  it("checks percentages (D5): all set must sum to 100, some set at most 100", async () => {
    const f = readFixture();
    const off = await f.put<KiboError>(`${CAT}/Channel`, { tags: [{ tagValue: "Web", percent: 80 }, { tagValue: "Market", percent: 10 }] });
    expect(off.status).toBe(400);
    expect(off.body.items[0]?.code).toBe("PERCENT_SUM");
    expect((await f.put(`${CAT}/Channel`, { tags: [{ tagValue: "Web", percent: 80 }, { tagValue: "Market", percent: 20 }] })).status).toBe(200);
    expect((await f.put(`${CAT}/Other`, { tags: [{ tagValue: "X", percent: 60 }, { tagValue: "Y" }] })).status).toBe(200);
    expect((await f.put(`${CAT}/Third`, { tags: [{ tagValue: "X", percent: 60 }, { tagValue: "Y", percent: 50 }, { tagValue: "Z" }] })).status).toBe(400);
  });

  it("refuses switching between percentage and discrete mode with 409", async () => {
    const f = readFixture();
    await f.category("Channel", [{ tagValue: "Web", percent: 80 }, { tagValue: "Market", percent: 20 }]);
    const toDiscrete = await f.put<KiboError>(`${CAT}/Channel`, { tags: [{ tagValue: "Web" }, { tagValue: "Market" }] });
    expect(toDiscrete.status).toBe(409);
    expect(toDiscrete.body.errorCode).toBe("CONFLICT");
    await f.category("Region", ["North", "South"]);
    expect((await f.post(`${CAT}/Region/tag`, { tagValue: "East", percent: 10 })).status).toBe(409);
    expect((await f.put(`${CAT}/Region/tag/North`, { percent: 50 })).status).toBe(409);
  });

  it("deletes a category ({deleted: 1}), but not while it holds allocated units (409)", async () => {
    const f = readFixture();
    await segmentationExample(f);
    const held = await f.del<KiboError>(`${CAT}/Channel`);
    expect(held.status).toBe(409);
    // A new category puts existing stock (allocations included) on its default value.
    await f.category("Spare", ["a"]);
    expect((await f.del(`${CAT}/Spare`)).status).toBe(409);

    const fresh = readFixture();
    await fresh.location("L1");
    await fresh.category("Channel", ["Web", "Store"]);
    await fresh.stock("L1", [{ upc: "A", quantity: 3, tags: { Channel: "Store" } }]);
    expect(await fresh.del(`${CAT}/Channel`)).toEqual({ status: 200, body: { deleted: 1 } });
    expect((await fresh.del(`${CAT}/Channel`)).status).toBe(404);
    const rows = await fresh.post<{ onHand: number; taggedInventory: unknown[] }[]>("/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "A" }] });
    expect(rows.body[0]).toMatchObject({ onHand: 3, taggedInventory: [{ tags: {}, onHand: 3, available: 3, allocated: 0, pending: 0 }] });
  });
});

describe("tag values", () => {
  it("creates, reads, updates (rename, default, percent) and deletes a value", async () => {
    const f = readFixture();
    await f.category("Channel", ["Web"]);
    const created = await f.post<WireTag>(`${CAT}/Channel/tag`, { tagValue: "Store" });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ tagValue: "Store", isDefault: false, tagID: expect.any(Number) });
    expect((await f.post<KiboError>(`${CAT}/Channel/tag`, { tagValue: "Store" })).status).toBe(409);
    expect((await f.post<KiboError>(`${CAT}/Nope/tag`, { tagValue: "X" })).status).toBe(404);
    expect((await f.post<KiboError>(`${CAT}/Channel/tag`, { isDefault: true })).body.items[0]?.field).toBe("tagValue");

    expect((await f.get<WireTag>(`${CAT}/Channel/tag/Store`)).body.tagValue).toBe("Store");
    expect((await f.get(`${CAT}/Channel/tag/Nope`)).status).toBe(404);

    const renamed = await f.put<WireTag>(`${CAT}/Channel/tag/Store`, { tagValue: "Shop", isDefault: true });
    expect(renamed.body).toMatchObject({ tagValue: "Shop", isDefault: true, tagID: created.body.tagID });
    expect((await f.get<WireCategory>(`${CAT}/Channel`)).body.tags.map((t) => [t.tagValue, t.isDefault])).toEqual([["Web", false], ["Shop", true]]);
    expect((await f.put(`${CAT}/Channel/tag/Nope`, { isDefault: true })).status).toBe(404);
    expect((await f.put(`${CAT}/Channel/tag/Web`, { tagValue: "Shop" })).status).toBe(409);

    expect(await f.del(`${CAT}/Channel/tag/Web`)).toEqual({ status: 200, body: { deleted: 1 } });
    expect((await f.del(`${CAT}/Channel/tag/Web`)).status).toBe(404);
  });

  it("re-splits stock when a percentage changes (D7), and refuses deleting a value holding allocations (409)", async () => {
    const f = readFixture();
    await f.location("L1");
    await f.category("Channel", [{ tagValue: "Web", percent: 80 }, { tagValue: "Market", percent: 20 }]);
    await f.stock("L1", [{ upc: "A", quantity: 10 }]);
    const split = async () =>
      ((await f.post<{ taggedInventory: { tags: Record<string, string>; onHand: number }[] }[]>("/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "A" }] })).body[0]?.taggedInventory ?? []).map(
        (s) => `${s.tags.Channel}:${s.onHand}`,
      );
    expect(await split()).toEqual(["Web:8", "Market:2"]);
    expect((await f.put(`${CAT}/Channel/tag/Web`, { percent: 50 })).status).toBe(400); // 50 + 20 ≠ 100
    await f.put(`${CAT}/Channel`, { tags: [{ tagValue: "Web", percent: 50 }, { tagValue: "Market", percent: 50 }] });
    expect(await split()).toEqual(["Web:5", "Market:5"]);

    await f.category("Region", ["North", "South"]);
    await f.stock("L1", [{ upc: "B", quantity: 5, tags: { Region: "South" } }]);
    await f.allocate([{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "B", locationCode: "L1", quantity: 1, tags: { Region: "South", Channel: "Web" } }]);
    const refused = await f.del<KiboError>(`${CAT}/Region/tag/South`);
    expect(refused.status).toBe(409);
    expect(refused.body.items[0]?.code).toBe("HOLDS_UNITS");
  });
});
