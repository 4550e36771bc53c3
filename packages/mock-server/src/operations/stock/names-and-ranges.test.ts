// Issue 14 §6: names are data (a tag category named `__proto__` is a category like any other) and
// quantities are 32-bit integers that no write can take past 2147483647.
import { recordsAt, recordTotals } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../../test/support/read-fixture.js";

const INV = "/commerce/inventory/v5/inventory";
const MAX = 2_147_483_647;

interface KiboError {
  errorCode: string;
  items: { field: string; code: string; index?: number }[];
}
interface Row {
  upc: string;
  onHand: number;
  available: number;
  allocated: number;
  pending: number;
  tags?: Record<string, string>;
}

const query = async (f: ReturnType<typeof readFixture>, body: Record<string, unknown> = {}) =>
  (await f.post<Row[]>(INV, { type: "ALL", locationCode: "WH1", items: [{ upc: "A" }], ...body })).body;

describe("names are data", () => {
  it("a __proto__ tag of a tenant without such a category is 400 UNKNOWN_TAG_CATEGORY, like any other name", async () => {
    const f = readFixture();
    await f.location("WH1");
    await f.category("Channel", ["Web", "Store"]);
    for (const name of ["__proto__", "constructor", "Nope"]) {
      const body = `{"locationCode":"WH1","items":[{"upc":"A","quantity":1,"tags":{"${name}":"x"}}]}`;
      const res = await f.post<KiboError>(`${INV}/refresh`, body);
      expect(res.status).toBe(400);
      expect(res.body.items.map((i) => [i.code, i.field])).toEqual([["UNKNOWN_TAG_CATEGORY", `items[0].tags.${name}`]]);
    }
    expect(await query(f)).toEqual([]);
  });

  it("a category named __proto__ can be created, written to, read back and told from the default", async () => {
    const f = readFixture();
    await f.location("WH1");
    await f.category("__proto__", ["Web", "Store"]);
    expect((await f.get<{ name: string }>("/commerce/inventory/v1/tagCategory/__proto__")).body.name).toBe("__proto__");
    const res = await f.post(`${INV}/refresh`, '{"locationCode":"WH1","items":[{"upc":"A","quantity":4,"tags":{"__proto__":"Store"}},{"upc":"A","quantity":1}]}');
    expect(res.status).toBe(200);
    const rows = await query(f);
    expect(rows).toHaveLength(1);
    const row = rows[0] as Row & { taggedInventory?: { tags: Record<string, string>; onHand: number }[] };
    expect(row.onHand).toBe(5);
    const tagged = (row.taggedInventory ?? []).map((t) => [Object.getOwnPropertyDescriptor(t.tags, "__proto__")?.value, t.onHand]);
    expect(tagged.sort()).toEqual([
      ["Store", 4],
      ["Web", 1],
    ]);
    const filtered = (await f.post<Row[]>(INV, '{"type":"ALL","locationCode":"WH1","items":[{"upc":"A","tags":{"__proto__":"Store"}}]}')).body;
    expect(filtered.map((r) => r.onHand)).toEqual([4]);
  });
});

describe("quantities are 32-bit integers", () => {
  it("a refresh of 2147483647 is taken; 2147483648, 1e308 and 2^53 − 1 are 400 naming the item", async () => {
    const f = readFixture();
    await f.location("WH1");
    expect((await f.post(`${INV}/refresh`, { locationCode: "WH1", items: [{ upc: "A", quantity: MAX }] })).status).toBe(200);
    for (const quantity of [MAX + 1, 1e308, Number.MAX_SAFE_INTEGER, -(2 ** 31) - 1]) {
      const res = await f.post<KiboError>(`${INV}/adjust`, { locationCode: "WH1", items: [{ upc: "B", quantity: 1 }, { upc: "A", quantity }] });
      expect(res.status).toBe(400);
      expect(new Set(res.body.items.map((i) => `${i.index} ${i.field}`))).toEqual(new Set(["1 items[1].quantity"]));
    }
    expect((await query(f)).map((r) => r.onHand)).toEqual([MAX]);
  });

  it("no sum leaves the range: adjust past the top, two segments whose total would, allocations past it, are refused and change nothing", async () => {
    const f = readFixture();
    await f.location("WH1");
    await f.category("Channel", ["Web", "Store"]);
    await f.stock("WH1", [{ upc: "A", quantity: MAX - 1 }]);
    const over = await f.post<KiboError>(`${INV}/adjust`, { locationCode: "WH1", items: [{ upc: "A", quantity: 2 }] });
    expect(over.status).toBe(400);
    expect(over.body.items[0]).toMatchObject({ index: 0, field: "items[0].quantity", code: "QUANTITY_OUT_OF_RANGE" });
    expect((await f.post(`${INV}/adjust`, { locationCode: "WH1", items: [{ upc: "A", quantity: 1 }] })).status).toBe(200);
    // The record's total over its segments would pass the top.
    const total = await f.post<KiboError>(`${INV}/refresh`, { locationCode: "WH1", items: [{ upc: "A", quantity: 1, tags: { Channel: "Store" } }] });
    expect(total.status).toBe(400);
    expect(total.body.items[0]).toMatchObject({ index: 0, code: "QUANTITY_OUT_OF_RANGE" });
    expect((await query(f)).map((r) => r.onHand)).toEqual([MAX]);

    // Pending units (over-allocation) add up too: the second allocation of MAX is refused.
    await f.stock("WH1", [{ upc: "B", quantity: 1 }]);
    const allocate = (orderID: number) =>
      f.post<KiboError>(`${INV}/allocate`, {
        items: [{ upc: "B", locationCode: "WH1", quantity: MAX, orderID, orderItemID: 1, shipmentID: 1 }],
      });
    expect((await allocate(1)).status).toBe(200);
    const second = await allocate(2);
    expect(second.status).toBe(400);
    expect(second.body.errorCode).toBe("VALIDATION_ERROR");
    expect(second.body.items[0]).toMatchObject({ code: "QUANTITY_OUT_OF_RANGE" });
    const b = recordsAt(f.state(), "B", "WH1").map(recordTotals);
    expect(b).toEqual([{ onHand: 1, allocated: 1, pending: MAX - 1, available: -(MAX - 1) }]);
  });
});
