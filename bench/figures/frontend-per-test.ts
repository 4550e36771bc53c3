/**
 * Figure 18 — what a frontend test pays for isolation (issue 18, docs/frontend-testing.md): per
 * test, `reset()` and a `seed()` of its own, on a server behind MSW `setupServer` as the storefront's
 * component tests run it. Baseline: one availability question the page asks (`getAvailability`
 * per location, through the SDK and MSW interception). The ratio says how many such questions one
 * test's reset + seed costs. Informational (no target): not a CI gate.
 *
 * - 18a: reset + the component tests' seed (2 locations, 1 tag category, 3 records);
 * - 18b: reset + the storefront's demo data (`demoSeed({ products: 30, locations: 10 })`, ~300 records).
 */
import { demoSeed, type SeedData } from "@kibo-inventory/mock-server";
import { setupInventoryMock } from "@kibo-inventory/mock-server/node";
import { createInventoryClient, getAvailability } from "@kibo-inventory/sdk";
import { emit, isCi, latencyFigure } from "../lib/result.js";
import { compare } from "../lib/sample.js";

const componentSeed: SeedData = {
  inventory: {
    "1000": {
      locations: [{ code: "homebase" }, { code: "STORE-001", pickup: true }],
      tagCategories: [{ name: "Channel", values: [{ value: "Warehouse", isDefault: true }, { value: "Target" }] }],
      records: [
        { locationCode: "homebase", upc: "DEMO-CHANNEL-01", quantity: 100, tags: { Channel: "Warehouse" }, safetyStock: 5 },
        { locationCode: "homebase", upc: "DEMO-CHANNEL-01", quantity: 0, tags: { Channel: "Target" } },
        { locationCode: "STORE-001", upc: "DEMO-CHANNEL-01", quantity: 2, tags: { Channel: "Warehouse" }, safetyStock: 3 },
      ],
    },
  },
};
const demo = demoSeed({ products: 30, locations: 10, now: Date.parse("2026-01-01T00:00:00Z") });

const kibo = setupInventoryMock({ staticTokens: { "bench-token": "mock-app" } });
kibo.listen({ onUnhandledRequest: "error" });
kibo.seed(componentSeed);
const client = createInventoryClient({ tenantId: 1000, siteId: 2000, baseUrl: "http://shop.test/api", accessToken: "bench-token", retry: false });

const query = async () => {
  const { products } = await getAvailability(client, { productCodes: ["DEMO-CHANNEL-01"], locationCodes: ["homebase", "STORE-001"], mode: "ATS", tags: { Channel: "Warehouse" } });
  if (products[0]?.locations?.length !== 2) throw new Error("unexpected availability answer");
};
const options = isCi ? { sampleMs: 20, samples: 21, warmupMs: 300 } : { sampleMs: 20, samples: 61, warmupMs: 1000 };

// The baseline runs on the seeded server: every subject batch ends with the component seed in place.
const a = await compare(query, () => {
  kibo.reset();
  kibo.seed(componentSeed);
}, options);
emit(
  latencyFigure(
    {
      id: "18a-reset-seed-per-test",
      name: "reset() + a component test's seed (3 records)",
      baselineLabel: "one getAvailability through MSW setupServer",
      target: null,
      notes: "the per-test isolation of examples/storefront's component tests; informational",
    },
    a,
  ),
);

const b = await compare(query, () => {
  kibo.reset();
  kibo.seed(demo);
  kibo.reset();
  kibo.seed(componentSeed);
}, options);
emit(
  latencyFigure(
    {
      id: "18b-reset-demo-seed-per-test",
      name: "reset() + the storefront's demo data (30 products × 10 locations) + reset() + the component seed",
      baselineLabel: "one getAvailability through MSW setupServer",
      target: null,
      notes: "an upper bound for a test that seeds the demo data; subtract 18a for the demo seed alone; informational",
    },
    b,
  ),
);
kibo.close();
