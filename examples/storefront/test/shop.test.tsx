// @vitest-environment jsdom
/**
 * Component tests: the page rendered with Testing Library, its SDK calls answered by the reference
 * server in-process (MSW `setupServer` through `setupInventoryMock`). Each test seeds what it needs;
 * `reset()` after each one puts the server back, so tests never see each other's orders or faults.
 */
import { setupInventoryMock } from "@kibo-inventory/mock-server/node";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { Shop } from "../src/shop.js";

const kibo = setupInventoryMock();
beforeAll(() => kibo.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  kibo.reset();
});
afterAll(() => kibo.close());

/** One product at a warehouse and a store, in two channel segments. */
function seedShop(records: { locationCode: string; channel: string; quantity: number; safetyStock?: number }[]) {
  kibo.seed({
    inventory: {
      "1000": {
        locations: [
          { code: "homebase", name: "Home Base Warehouse" },
          { code: "STORE-001", name: "Atlanta Store", pickup: true },
        ],
        tagCategories: [{ name: "Channel", values: [{ value: "Warehouse", isDefault: true }, { value: "Target" }] }],
        records: records.map(({ channel, ...r }) => ({ upc: "DEMO-CHANNEL-01", tags: { Channel: channel }, ...r })),
      },
    },
  });
}

const renderShop = () => render(<Shop baseUrl="http://shop.test/api" authHost="http://shop.test" retry={{ baseDelay: 1 }} />);

/** The badge in a location's row and a segment's column. */
async function badge(locationCode: string, segment: string) {
  const table = await screen.findByRole("table", { name: "Availability by store" }, { timeout: 5_000 });
  const cell = table.querySelector(`tr[data-location="${locationCode}"] td[data-segment="${segment}"] .badge`);
  if (!(cell instanceof HTMLElement)) throw new Error(`no badge at ${locationCode}/${segment}`);
  return { text: cell.textContent, status: cell.dataset.status };
}

it("shows ATS per store and per channel, red when none and yellow below safety stock", async () => {
  seedShop([
    { locationCode: "homebase", channel: "Warehouse", quantity: 100, safetyStock: 5 },
    { locationCode: "homebase", channel: "Target", quantity: 0, safetyStock: 5 },
    { locationCode: "STORE-001", channel: "Warehouse", quantity: 2, safetyStock: 3 },
  ]);
  renderShop();
  expect(await badge("homebase", "Warehouse")).toEqual({ text: "95 In stock", status: "IN_STOCK" });
  expect(await badge("homebase", "Target")).toEqual({ text: "0 Out of stock", status: "OUT_OF_STOCK" });
  // 2 available, 3 held as safety stock: nothing to sell (ATS 0), but not out: yellow.
  expect(await badge("STORE-001", "Warehouse")).toEqual({ text: "0 Low stock", status: "LOW_STOCK" });
});

it("picks up in store: the cart item carries the channel tag and the store, and the order allocates from it", async () => {
  seedShop([{ locationCode: "STORE-001", channel: "Target", quantity: 4 }]);
  const user = userEvent.setup();
  renderShop();
  await screen.findByRole("option", { name: "Target" });
  await user.selectOptions(screen.getByRole("combobox", { name: "Sales channel" }), "Target");
  await user.click(screen.getByRole("radio", { name: /Pick up in store/ }));
  await user.click(await screen.findByRole("radio", { name: /Atlanta Store/ }));
  await user.click(screen.getByRole("button", { name: "Add to cart" }));

  const cart = screen.getByRole("complementary", { name: "Cart" });
  expect(await within(cart).findByText(/1 × Trail Tee from STORE-001 \(Channel: Target\)/)).toBeTruthy();
  await user.click(within(cart).getByRole("button", { name: "Place order" }));
  expect((await within(cart).findByRole("status", { name: "Order" })).textContent).toMatch(/Submitted: line 1 allocated 1, pending 0/);
  // The page re-reads availability: Target at the store went from 4 to 3.
  await waitFor(async () => expect((await badge("STORE-001", "Target")).text).toBe("3 In stock"));
});

it("says it is retrying when the server answers 429, then shows the availability", async () => {
  seedShop([{ locationCode: "homebase", channel: "Warehouse", quantity: 7 }]);
  // The next two availability questions (one per segment) are refused with Retry-After: 1.
  kibo.faults.add({ operationId: "postRealtimeInventoryGraphql", status: 429, retryAfter: 1, times: 2 });
  renderShop();
  expect((await screen.findByRole("status")).textContent).toBe("The inventory service is busy (HTTP 429); retrying…");
  expect(await badge("homebase", "Warehouse")).toEqual({ text: "7 In stock", status: "IN_STOCK" });
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
});
