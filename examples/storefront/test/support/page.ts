/**
 * The built storefront for the end-to-end tests: `vite build` into a temporary folder, then
 * `vite preview` on a free port of 127.0.0.1 — with `VITE_KIBO_SERVER` set, the page is built for
 * the standalone server and the preview proxies /api to it (vite.config.ts), as in development.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type PreviewServer, preview } from "vite";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface BuiltPage {
  readonly url: string;
  close(): Promise<void>;
}

/** Builds and serves the page; `server` is the standalone server's URL, or undefined for the worker. */
export async function buildAndPreview(server?: string): Promise<BuiltPage> {
  const outDir = mkdtempSync(join(tmpdir(), "storefront-"));
  const previous = process.env.VITE_KIBO_SERVER;
  if (server === undefined) delete process.env.VITE_KIBO_SERVER;
  else process.env.VITE_KIBO_SERVER = server;
  let previewServer: PreviewServer;
  try {
    await build({ root, logLevel: "silent", build: { outDir, emptyOutDir: true } });
    previewServer = await preview({ root, logLevel: "silent", build: { outDir }, preview: { host: "127.0.0.1", port: 0, strictPort: false } });
  } finally {
    if (previous === undefined) delete process.env.VITE_KIBO_SERVER;
    else process.env.VITE_KIBO_SERVER = previous;
  }
  const url = previewServer.resolvedUrls?.local[0];
  if (url === undefined) throw new Error("vite preview has no local URL");
  return {
    url,
    close: async () => {
      await previewServer.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
