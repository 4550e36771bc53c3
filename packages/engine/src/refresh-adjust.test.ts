import { beforeEach, describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { exportState } from "./snapshot.js";
import { getSlot } from "./internal/stored-slot.js";
import { recordTotals } from "./records.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { given, type Given, location, must, NOW, refreshed } from "./testing/given.js";

const total = (s: Parameters<typeof getSlot>[0], upc = "U") => {
  const r = getSlot(s, upc, "L1")[0];
  return r ? recordTotals(r) : undefined;
};

describe("D8 refresh sets, adjust adds, requests are validated whole", () => {
  let g: Given;
  beforeEach(() => {
    g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 10 }]));
  });

  it("refresh sets onHand absolutely and adjust adds a signed delta", () => {
    const a = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 4 }] }, NOW)).state;
    expect(total(a)?.onHand).toBe(4);
    const b = must(adjust(a, { locationCode: "L1", items: [{ upc: "U", quantity: -3 }, { upc: "U", quantity: 5 }] }, NOW)).state;
    expect(total(b)?.onHand).toBe(6);
  });

  it("refresh never touches allocated or pending", () => {
    const s = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 12 }] }, NOW)).state;
    expect(total(s)).toMatchObject({ allocated: 10, pending: 2 });
    const r = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 0 }] }, NOW)).state;
    expect(total(r)).toEqual({ onHand: 0, allocated: 10, pending: 2, available: -12 });
  });

  it("a result below 0 is 400", () => {
    const r = adjust(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: -11 }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => [d.index, d.code])).toEqual([[0, "negative_on_hand"]]);
  });

  it("one bad item: every bad item is listed and nothing is applied", () => {
    const r = refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }, { upc: "", quantity: 1 }, { upc: "V", quantity: -1 }, { upc: "W", quantity: 2 }] }, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("validation_failed");
      expect(r.error.details.map((d) => [d.index, d.field])).toEqual([[1, "upc"], [2, "quantity"]]);
    }
    expect(total(g.state)?.onHand).toBe(10);
  });

  it("limits: refresh ≤ 12,000 items, adjust ≤ 1,000", () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ upc: `U${i}`, quantity: 1 }));
    const r = adjust(g.state, { locationCode: "L1", items: many }, NOW);
    expect(r.ok ? "" : r.error.code).toBe("limit_exceeded");
    const ok = refresh(g.state, { locationCode: "L1", items: many }, NOW);
    expect(ok.ok).toBe(true);
  });

  it("a failed write leaves the state deep-equal", () => {
    const before = exportState(g.state);
    adjust(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: -100 }] }, NOW);
    expect(exportState(g.state)).toEqual(before);
  });
});

describe("D9 granular field rules", () => {
  let g: Given;
  beforeEach(() => {
    g = given(location("L1"));
  });

  it("lotCode and condition ≤ 50, serialNumber ≤ 30", () => {
    const r = refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1, lotCode: "x".repeat(51), condition: "y".repeat(51), serialNumber: "z".repeat(31) }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => d.field)).toEqual(["lotCode", "condition", "serialNumber"]);
    expect(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1, lotCode: "x".repeat(50), serialNumber: "z".repeat(30) }] }, NOW).ok).toBe(true);
  });

  it("a serial-numbered record holds 0 or 1 unit (refresh and adjust)", () => {
    const r = refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 2, serialNumber: "SN1" }] }, NOW);
    expect(r.ok ? "" : r.error.details[0]?.code).toBe("serial_quantity");
    const one = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 1, serialNumber: "SN1" }] }, NOW)).state;
    const a = adjust(one, { locationCode: "L1", items: [{ upc: "U", quantity: 1, serialNumber: "SN1" }] }, NOW);
    expect(a.ok ? "" : a.error.details[0]?.code).toBe("serial_quantity");
  });

  it("date accepts ISO date, date-time (also +HHMM) and MM/DD/YYYY, normalised to ISO UTC", () => {
    const s = must(
      refresh(g.state, { locationCode: "L1", items: [
        { upc: "A", quantity: 1, date: "2024-07-01" },
        { upc: "B", quantity: 1, date: "2024-07-01T10:00:00-0500" },
        { upc: "C", quantity: 1, date: "07/01/2024" },
      ] }, NOW),
    ).state;
    expect(["A", "B", "C"].map((u) => getSlot(s, u, "L1")[0]?.granular?.date)).toEqual([
      "2024-07-01T00:00:00.000Z",
      "2024-07-01T15:00:00.000Z",
      "2024-07-01T00:00:00.000Z",
    ]);
    const bad = refresh(g.state, { locationCode: "L1", items: [{ upc: "A", quantity: 1, date: "2024-02-30" }, { upc: "A", quantity: 1, date: "yesterday" }] }, NOW);
    expect(bad.ok ? [] : bad.error.details.map((d) => d.code)).toEqual(["invalid_date", "invalid_date"]);
  });
});
