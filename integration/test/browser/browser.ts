/**
 * The one harness both browser suites share: find a Chromium, bundle a fixture page with esbuild,
 * serve it from an ephemeral port on 127.0.0.1, and launch headless Chromium with playwright-core.
 *
 * Without a browser the suites are skipped (find-browser.ts prints the one line that says how to
 * run them); with `CI` set or `REQUIRE_BROWSER=1` a missing browser fails them instead.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { missingBrowserMessage } from "./find-browser.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The browser find-browser.ts found (global setup), or null. */
    chromiumPath: string | null;
  }
}

/** Bundles a fixture page (path relative to this folder) for the browser, as one ES module. */
export async function bundlePage(fixture: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(fixture, import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    define,
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error("esbuild produced no output");
  return file.text;
}

export interface Site {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `handle` on an ephemeral port of 127.0.0.1 (the body is read before `handle` is called). */
export async function serve(handle: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, Buffer.concat(chunks).toString("utf8"), res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A describe block that runs in headless Chromium: skipped when no browser was found (and
 * neither `CI` nor `REQUIRE_BROWSER=1` is set), failing with how to install one when required.
 * `browser()` returns the launched browser inside the tests.
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void): void {
  const path = inject("chromiumPath");
  const message = missingBrowserMessage(path, process.env);
  describe.skipIf(path === null && message === undefined)(name, () => {
    let launched: Browser | undefined;
    beforeAll(async () => {
      if (path === null) throw new Error(message);
      launched = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
    }, 30_000);
    afterAll(async () => {
      await launched?.close();
    });
    body(() => {
      if (launched === undefined) throw new Error("Chromium was not launched");
      return launched;
    });
  });
}
