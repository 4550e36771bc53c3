/**
 * D9's granular rules (validate.ts) and the accepted date forms (dates.ts), pinned at their edges
 * through the public commands: a refresh either stores the record (and a query shows its normalised
 * fields) or answers 400 listing the item. D16's "date ≤ today" boundary lives here too, as it is the
 * day arithmetic of dates.ts.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
} from "../index.js";

const NOW = Date.UTC(2024, 5, 1, 12); // 2024-06-01T12:00:00Z

function base(settings = {}): InventoryState {
  const r = saveLocation(createState(settings), { code: "L1" });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

/** Refreshes one item; the stored row's granular fields, or the error details as `field:code`. */
function stored(item: Partial<RefreshItem>): Record<string, unknown> | string[] {
  const r = refresh(base(), { locationCode: "L1", items: [{ upc: "U", quantity: 1, ...item }] }, NOW);
  if (!r.ok) return r.error.details.map((d) => `${d.index}:${d.field}:${d.code}`);
  const q = queryInventory(r.state, { locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!q.ok) throw new Error(JSON.stringify(q.error));
  const [row] = q.value;
  return { sku: row?.sku, lotCode: row?.lotCode, condition: row?.condition, serialNumber: row?.serialNumber, date: row?.date };
}

const dateOf = (date: string) => {
  const s = stored({ date });
  return Array.isArray(s) ? s : s.date;
};
const INVALID = ["0:date:invalid_date"];

describe("D9 dates: the accepted forms, normalised to ISO-8601 UTC", () => {
  it.each([
    ["2024-03-15", "2024-03-15T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2024-01-01", "2024-01-01T00:00:00.000Z"],
    ["2024-12-31", "2024-12-31T00:00:00.000Z"],
    ["2024-01-31", "2024-01-31T00:00:00.000Z"],
    ["2024-03-15T10:30", "2024-03-15T10:30:00.000Z"],
    ["2024-03-15 10:30", "2024-03-15T10:30:00.000Z"],
    ["2024-03-15T23:59:59Z", "2024-03-15T23:59:59.000Z"],
    ["2024-03-15T00:00:00", "2024-03-15T00:00:00.000Z"],
    ["2024-03-15T10:30:15.5Z", "2024-03-15T10:30:15.500Z"],
    ["2024-03-15T10:30:15.123456789Z", "2024-03-15T10:30:15.123Z"],
    ["2024-03-15T10:30:00+02:00", "2024-03-15T08:30:00.000Z"],
    ["2024-03-15T10:30:00+0200", "2024-03-15T08:30:00.000Z"],
    ["2024-03-15T10:30:00-05:30", "2024-03-15T16:00:00.000Z"],
    ["2024-03-15T10:30:00+00:45", "2024-03-15T09:45:00.000Z"],
    ["2024-03-15T01:00:00+02:00", "2024-03-14T23:00:00.000Z"],
    ["12/31/2024", "2024-12-31T00:00:00.000Z"],
    ["02/29/2024", "2024-02-29T00:00:00.000Z"],
    ["01/01/2024", "2024-01-01T00:00:00.000Z"],
  ])("%s → %s", (input, iso) => {
    expect(dateOf(input)).toBe(iso);
  });

  it.each([
    "2023-02-29", // not a leap year
    "2024-04-31", // April has 30 days
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-01-32",
    "2024-03-15T24:00",
    "2024-03-15T10:60",
    "2024-03-15T10:30:60",
    "2024-1-01",
    "2024-03-15x",
    "x2024-03-15",
    "2024-03-15T10",
    "13/01/2024",
    "00/10/2024",
    "02/30/2024",
    "2/3/2024",
    "12/31/24",
    "2024-02-30T10:00:00+02:00", // an impossible day with a zone
    "2024-02-30T10:00:00Z",
    "",
  ])("%j is 400 invalid_date", (input) => {
    expect(dateOf(input)).toEqual(INVALID);
  });

  it("a non-string date is 400", () => {
    expect(stored({ date: 20240315 as unknown as string })).toEqual(INVALID);
  });
});

describe("D9 granular field limits and empty values", () => {
  const x = (n: number) => "x".repeat(n);

  it.each([
    ["lotCode", 50],
    ["condition", 50],
    ["serialNumber", 30],
    ["sku", 100],
  ] as const)("%s: %i characters are accepted, one more is 400 too_long", (field, max) => {
    expect(stored({ [field]: x(max) })).toMatchObject({ [field]: x(max) });
    expect(stored({ [field]: x(max + 1) })).toEqual([`0:${field}:too_long`]);
  });

  it("a non-string granular field is 400 too_long", () => {
    expect(stored({ lotCode: 7 as unknown as string })).toEqual(["0:lotCode:too_long"]);
  });

  it("every bad field of an item is listed", () => {
    expect(stored({ lotCode: x(51), condition: x(51), serialNumber: x(31), sku: x(101), date: "nope" })).toEqual([
      "0:lotCode:too_long",
      "0:condition:too_long",
      "0:serialNumber:too_long",
      "0:sku:too_long",
      "0:date:invalid_date",
    ]);
  });

  it("every message names its field (what a 400 shows the caller)", () => {
    const r = refresh(base(), {
      locationCode: "L1",
      items: [
        { upc: "", quantity: 1, lotCode: x(51), condition: x(51), serialNumber: x(31), sku: x(101), date: "nope" },
        { upc: "U", quantity: 1.5 },
        { upc: "U", quantity: -1 },
      ],
    }, NOW);
    const details = r.ok ? [] : r.error.details;
    expect(details.map((d) => d.code)).toEqual([
      "required", "too_long", "too_long", "too_long", "too_long", "invalid_date", "not_integer", "out_of_range",
    ]);
    for (const d of details) expect(d.message).toContain(d.field);
    expect(details.find((d) => d.code === "out_of_range")?.message).toContain("at least 0");
    expect(details.find((d) => d.field === "serialNumber")?.message).toContain("30");
  });

  it("empty strings are no value: the record is the plain one", () => {
    const empty = { sku: undefined, lotCode: undefined, condition: undefined, serialNumber: undefined, date: undefined };
    expect(stored({ sku: "", lotCode: "", condition: "", serialNumber: "" })).toEqual(empty);
    const r = refresh(base(), { locationCode: "L1", items: [{ upc: "U", quantity: 2 }, { upc: "U", quantity: 3, lotCode: "" }] }, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const q = queryInventory(r.state, { locationCode: "L1" });
    expect(q.ok && q.value.map((row) => row.onHand)).toEqual([3]);
  });

  it("each granular field on its own makes a distinct record", () => {
    const r = refresh(base(), {
      locationCode: "L1",
      items: [
        { upc: "U", quantity: 1 },
        { upc: "U", quantity: 2, sku: "S" },
        { upc: "U", quantity: 3, lotCode: "L" },
        { upc: "U", quantity: 4, condition: "C" },
        { upc: "U", quantity: 1, serialNumber: "N" },
        { upc: "U", quantity: 6, date: "2024-01-01" },
      ],
    }, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const q = queryInventory(r.state, { locationCode: "L1" });
    expect(q.ok && q.value.map((row) => row.onHand).sort()).toEqual([1, 1, 2, 3, 4, 6]);
  });
});

describe("D8 validation of required strings and integers", () => {
  const errors = (item: Record<string, unknown>) => {
    const r = refresh(base(), { locationCode: "L1", items: [item as unknown as RefreshItem] }, NOW);
    return r.ok ? [] : r.error.details.map((d) => `${d.field}:${d.code}`);
  };

  it("upc must be a non-blank string", () => {
    expect(errors({ upc: "", quantity: 1 })).toEqual(["upc:required"]);
    expect(errors({ upc: "   ", quantity: 1 })).toEqual(["upc:required"]);
    expect(errors({ upc: 5, quantity: 1 })).toEqual(["upc:required"]);
    expect(errors({ upc: " U ", quantity: 1 })).toEqual([]);
  });

  it("quantity must be an integer ≥ 0 on refresh", () => {
    expect(errors({ upc: "U", quantity: 0 })).toEqual([]);
    expect(errors({ upc: "U", quantity: -1 })).toEqual(["quantity:out_of_range"]);
    expect(errors({ upc: "U", quantity: 1.5 })).toEqual(["quantity:not_integer"]);
    expect(errors({ upc: "U", quantity: "3" })).toEqual(["quantity:not_integer"]);
  });

  it("allocate quantity must be ≥ 1; order ids ≥ 0", () => {
    const s = base();
    const codes = (item: Record<string, unknown>) => {
      const r = allocate(s, { items: [{ upc: "U", locationCode: "L1", orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1, ...item }] }, NOW);
      return r.ok ? [] : r.error.details.map((d) => `${d.field}:${d.code}`);
    };
    expect(codes({ quantity: 0 })).toEqual(["quantity:out_of_range"]);
    expect(codes({})).toEqual([]);
    expect(codes({ orderId: 0, orderItemId: 0, shipmentId: 0 })).toEqual([]);
    expect(codes({ orderId: -1 })).toEqual(["orderId:out_of_range"]);
    expect(codes({ shipmentId: 1.5 })).toEqual(["shipmentId:not_integer"]);
    expect(codes({ orderId: undefined, orderItemId: undefined, shipmentId: undefined, cartId: "C", cartItemId: " " })).toEqual([
      "cartItemId:required",
    ]);
  });
});

describe("D16 expiry boundary: a record dated today (UTC) or earlier is expired", () => {
  const pick = (date: string) => {
    const s = base({ expirationEnabled: true });
    const r = refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, date }] }, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const a = allocate(r.state, { items: [{ upc: "U", locationCode: "L1", orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW);
    if (!a.ok) throw new Error(JSON.stringify(a.error));
    return a.value.items[0]?.allocated === 1 ? "used" : "expired";
  };

  it.each([
    ["2024-05-31", "expired"],
    ["2024-06-01", "expired"],
    ["2024-06-01T00:00:00Z", "expired"],
    ["2024-06-01T23:59:59Z", "expired"],
    ["2024-06-02T00:00:00+02:00", "expired"], // 2024-06-01T22:00Z
    ["2024-06-02", "used"],
    ["2024-06-01T23:00:00-02:00", "used"], // 2024-06-02T01:00Z
  ])("dated %s at 2024-06-01T12:00Z: %s", (date, expected) => {
    expect(pick(date)).toBe(expected);
  });
});
