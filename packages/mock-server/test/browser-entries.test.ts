/**
 * The entries a browser bundler sees (issue 18). A page imports `.` (demo data, seed types,
 * `createInventoryMock`) and `./browser` (the service worker); both must load where there is no
 * `Buffer`, no `process` and no `node:*`. `.` re-exports the CSV helpers, whose parser's Node
 * build (csv-parse/sync) calls `Buffer.from` when it is imported: the package's `browser` field
 * maps it to csv-parse's own browser build, which every bundler (esbuild, Vite, webpack) honours.
 *
 * The bundles are built here with esbuild for the browser from the built dist (what ships) and
 * evaluated in a bare V8 context holding only the web globals the server needs.
 *
 * The exports map's guards: `./browser` does not resolve under Node (`node: null`), and `./node`
 * does not resolve for a browser bundle (`browser: null`).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { createContext, runInContext } from "node:vm";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

/** Bundles `source` (an ES module importing the package) for the browser, as an IIFE. */
async function bundleForBrowser(source: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: "ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins,
  });
  return result.outputFiles[0]?.text ?? "";
}

/** A context with web globals only: no Buffer, process, require or global. */
function browserLikeContext(): Record<string, unknown> {
  const web = {
    AbortController,
    AbortSignal,
    Blob,
    console,
    crypto,
    Event,
    EventTarget,
    FormData,
    Headers,
    queueMicrotask,
    ReadableStream,
    Request,
    Response,
    setTimeout,
    clearTimeout,
    structuredClone,
    TextDecoder,
    TextEncoder,
    URL,
    URLSearchParams,
    atob,
    btoa,
    performance,
  };
  const stored = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, String(value)),
    removeItem: (key: string) => void stored.delete(key),
    clear: () => stored.clear(),
  };
  const context: Record<string, unknown> = { ...web, localStorage };
  context.globalThis = context;
  context.self = context;
  return createContext(context);
}

const PROBE = `
import { createInventoryMock, demoSeed, parseInventoryCsv } from "@kibo-inventory/mock-server";
globalThis.probe = async () => {
  const csv = parseInventoryCsv("upc,quantity,Channel\\nA-1,5,Web\\n");
  const mock = createInventoryMock({ seed: demoSeed({ products: 5, locations: 5 }), staticTokens: { t: "mock-app" } });
  const res = await mock.fetch(new Request("https://kibo.test/api/commerce/inventory/v5/inventory", {
    method: "POST",
    headers: { authorization: "Bearer t", "x-vol-tenant": "1000", "content-type": "application/json" },
    body: JSON.stringify({ type: "ALL", locationCode: "homebase", items: [{ upc: "DEMO-CHANNEL-01" }] }),
  }));
  const rows = await res.json();
  return { csv, status: res.status, onHand: rows[0].onHand };
};`;

describe("the '.' entry bundled for a browser", () => {
  it("loads without Buffer or process, and parses CSV and answers requests there", async () => {
    const context = browserLikeContext();
    runInContext(await bundleForBrowser(PROBE), context);
    expect("Buffer" in context || "process" in context).toBe(false);
    const probe = context.probe as () => Promise<{ csv: unknown; status: number; onHand: number }>;
    const result = await probe();
    expect(result.csv).toMatchObject({ ok: true, items: [{ upc: "A-1", quantity: 5, tags: { Channel: "Web" } }] });
    expect(result).toMatchObject({ status: 200, onHand: 150 });
  });

  it("fails with 'Buffer is not defined' when the CSV parser's Node build is bundled (what the browser field prevents)", async () => {
    const nodeBuild: Plugin = {
      name: "csv-parse-node-build",
      setup(b) {
        b.onResolve({ filter: /^csv-parse\/sync$/ }, () => ({ path: require.resolve("csv-parse/sync") }));
      },
    };
    const code = await bundleForBrowser(PROBE, [nodeBuild]);
    expect(() => runInContext(code, browserLikeContext())).toThrow(/Buffer is not defined/);
  });
});

describe("the './browser' entry bundled for a browser", () => {
  it("brings no Node-only code: no node: imports, no Buffer", async () => {
    const code = await bundleForBrowser(`import { setupInventoryWorker } from "@kibo-inventory/mock-server/browser"; globalThis.setup = setupInventoryWorker;`);
    expect(code).not.toMatch(/\bBuffer\.|require\(["']node:/);
    expect(code).toContain("serviceWorker");
  });
});

describe("the exports map's environment guards", () => {
  it("'./browser' does not resolve under Node (node: null)", async () => {
    // Node's own resolver (vitest's would apply its own conditions): import and require.
    const imported = spawnSync(process.execPath, ["--input-type=module", "-e", 'await import("@kibo-inventory/mock-server/browser")'], {
      cwd: import.meta.dirname,
      encoding: "utf8",
    });
    expect(imported.status).not.toBe(0);
    expect(imported.stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
    expect(() => require.resolve("@kibo-inventory/mock-server/browser")).toThrow(/not exported|not defined by "exports"/);
  });

  it("'./node' does not resolve in a browser bundle (browser: null)", async () => {
    await expect(bundleForBrowser(`import "@kibo-inventory/mock-server/node";`)).rejects.toThrow(/mock-server\/node/);
  });

  it("'./node' and '.' still resolve under Node", async () => {
    await expect(import("@kibo-inventory/mock-server/node")).resolves.toHaveProperty("setupInventoryMock");
    expect(require.resolve("@kibo-inventory/mock-server")).toMatch(/dist\/index\.cjs$/);
  });
});
