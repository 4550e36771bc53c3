/**
 * What a bundler keeps of the SDK (issue 17): each case bundles one set of imports from the built
 * `@kibo-inventory/sdk` with esbuild (as a storefront's build would: ESM, browser platform, tree
 * shaking, `"sideEffects": false` honoured) and asserts which modules made it in and which did
 * not. Unminified, so the spec's schema names stay readable in the output. The byte budgets
 * themselves are size-limit's (packages/sdk/.size-limit.json).
 */
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const sdkDir = fileURLToPath(new URL("../packages/sdk/", import.meta.url));

interface Bundle {
  /** The bundled code. */
  code: string;
  /** Every input file that contributed bytes, as a path relative to the repository. */
  inputs: string[];
}

async function bundle(names: readonly string[]): Promise<Bundle> {
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from "@kibo-inventory/sdk";`, resolveDir: sdkDir, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  const outputs = Object.values((result.metafile as Metafile).outputs);
  const inputs = outputs.flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path));
  return { code: result.outputFiles.map((f) => f.text).join("\n"), inputs };
}

const fromPackage = (inputs: readonly string[], name: string): string[] => inputs.filter((path) => path.includes(`node_modules/${name}/`));
const specChunks = (inputs: readonly string[]): string[] => inputs.filter((path) => path.includes("packages/spec/dist/"));
/** zod files a bundle should never carry: zod classic (its methods pull in nearly all of zod) and locales but English. */
const heavyZod = (inputs: readonly string[]): string[] =>
  fromPackage(inputs, "zod").filter((path) => path.includes("/v4/classic/") || (path.includes("/locales/") && !path.endsWith("/en.js") && !path.endsWith("/locales/index.js")));

describe("the SDK in a bundle", () => {
  it("client core: openapi-fetch and our code only — no ky, no zod, no spec schemas", async () => {
    const { code, inputs } = await bundle(["createInventoryClient", "unwrap", "getCorrelationId", "fromProblem", "createMemoryTicketCache"]);
    expect(fromPackage(inputs, "openapi-fetch")).not.toEqual([]);
    expect(fromPackage(inputs, "ky")).toEqual([]);
    expect(fromPackage(inputs, "zod")).toEqual([]);
    expect(specChunks(inputs)).toEqual([]);
    expect(code).toMatch(/\bLazyRequest\b/);
    expect(code).not.toMatch(/\bbuildRefreshRequest\b|\bbuildOrderItem\b/);
  });

  it("storefront (createInventoryClient + getAvailability): no zod, no RIS schema text, no builders, no commerce client", async () => {
    const { code, inputs } = await bundle(["createInventoryClient", "getAvailability"]);
    expect(fromPackage(inputs, "zod")).toEqual([]);
    expect(specChunks(inputs)).toEqual([]);
    expect(code).toContain("getProductSiteAvailability");
    // The RIS schema SDL (availabilitySchemaSDL) is a separate export and stays out.
    expect(code).not.toMatch(/\btype Query\b/);
    expect(code).not.toMatch(/\bcreateCommerceClient\b|\brefreshAll\b|\bPayloadError\b/);
  });

  it("the refresh builder keeps the refresh schemas (zod/mini, English messages only) and drops the commerce, export and mock-control ones", async () => {
    const { code, inputs } = await bundle(["buildRefreshRequest"]);
    expect(fromPackage(inputs, "zod").filter((path) => path.includes("/v4/mini/"))).not.toEqual([]);
    expect(heavyZod(inputs)).toEqual([]);
    expect(fromPackage(inputs, "zod").filter((path) => path.endsWith("/locales/en.js"))).not.toEqual([]);
    expect(code).toMatch(/\bRefreshRequestSchema\b/);
    for (const absent of ["OrderRequestSchema", "CartItemRequestSchema", "ReturnRequestSchema", "ExportSettingsSchema", "SeedDocumentSchema", "requestBodySchemas", "AdjustRequestSchema"]) {
      expect(code, absent).not.toMatch(new RegExp(`\\b${absent}\\b`));
    }
  });

  it("the commerce builders keep the order and cart item schemas and drop the inventory write schemas", async () => {
    const { code, inputs } = await bundle(["buildOrderItem", "buildCartItem"]);
    expect(heavyZod(inputs)).toEqual([]);
    expect(code).toMatch(/\bOrderItemRequestSchema\b/);
    expect(code).toMatch(/\bCartItemRequestSchema\b/);
    for (const absent of ["RefreshRequestSchema", "AdjustRequestSchema", "ReturnRequestSchema", "SeedDocumentSchema"]) {
      expect(code, absent).not.toMatch(new RegExp(`\\b${absent}\\b`));
    }
  });
});
