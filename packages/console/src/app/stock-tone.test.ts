import { describe, expect, it } from "vitest";
import { stockTone } from "./stock-tone.js";

describe("stockTone (Kibo's red / yellow rows)", () => {
  it("is red at 0 available or less, whatever the safety stock", () => {
    expect(stockTone(0, 0)).toBe("out");
    expect(stockTone(0, 5)).toBe("out");
    expect(stockTone(-3, 0)).toBe("out");
  });
  it("is yellow below the safety stock, and not at it", () => {
    expect(stockTone(4, 5)).toBe("low");
    expect(stockTone(1, 2)).toBe("low");
    expect(stockTone(5, 5)).toBe("ok");
    expect(stockTone(6, 5)).toBe("ok");
    expect(stockTone(1, 0)).toBe("ok");
  });
});
