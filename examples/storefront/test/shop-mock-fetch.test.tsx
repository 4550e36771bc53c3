// @vitest-environment jsdom
/**
 * The same page without interception: the clients get the reference server's `mock.fetch`, so
 * nothing global is patched and test files run in parallel without sharing a server. The seed is
 * applied once; `snapshot()` / `restore()` put it back after each test (cheaper than re-seeding a
 * large data set), and the clock is a control like any other.
 */
import { createInventoryMock, demoSeed } from "@kibo-inventory/mock-server";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it } from "vitest";
import { Shop } from "../src/shop.js";

const start = Date.parse("2026-03-01T00:00:00Z");
const mock = createInventoryMock({ startTime: start, seed: demoSeed({ products: 30, locations: 10, now: start }) });
const seeded = mock.snapshot();
afterEach(() => {
  cleanup();
  mock.restore(seeded);
  mock.clock.reset();
});

const renderShop = () => render(<Shop baseUrl="http://shop.test/api" authHost="http://shop.test" fetch={mock.fetch} />);

async function homebaseWarehouse(): Promise<string> {
  const table = await screen.findByRole("table", { name: "Availability by store" }, { timeout: 5_000 });
  return table.querySelector('tr[data-location="homebase"] td[data-segment="Warehouse"] .badge')?.textContent ?? "";
}

it("shows the demo data's channel split at homebase", async () => {
  renderShop();
  expect(await homebaseWarehouse()).toBe("75 In stock");
});

it("sells what was promised once the clock passes the delivery date", async () => {
  const user = userEvent.setup();
  renderShop();
  expect(await homebaseWarehouse()).toBe("75 In stock");
  mock.clock.advance(15 * 86_400_000); // the demo's purchase order (200 units, Warehouse) arrives
  await user.click(screen.getByRole("button", { name: "Refresh" }));
  await waitFor(async () => expect(await homebaseWarehouse()).not.toBe("75 In stock"), { timeout: 5_000 });
  expect(await homebaseWarehouse()).toBe("275 In stock"); // 75 + the 200 delivered units
});
