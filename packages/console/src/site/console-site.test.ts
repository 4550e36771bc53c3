import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consoleSite } from "./console-site.js";

function builtApp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "console-site-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const dir = builtApp({ "index.html": "<!doctype html><title>x</title>", "console.js": "export {};", "console.css": "body{}", "notes.txt": "secret" });
const site = consoleSite({ dir });
const get = (path: string, method = "GET") => site.answer(new Request(`http://127.0.0.1:4010${path}`, { method }));

describe("consoleSite", () => {
  it("redirects / and /ui to /ui/, which is the page", async () => {
    expect(get("/")?.status).toBe(302);
    expect(get("/")?.headers.get("location")).toBe("/ui/");
    expect(get("/ui")?.status).toBe(301);
    const page = get("/ui/");
    expect(page?.status).toBe(200);
    expect(page?.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page?.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page?.text()).toContain("<title>x</title>");
  });

  it("serves the built assets with their types, and nothing else", async () => {
    expect(get("/ui/console.js")?.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await get("/ui/console.css")?.text()).toBe("body{}");
    expect(site.files).toEqual(["console.css", "console.js", "index.html"]);
    for (const path of ["/ui/notes.txt", "/ui/..%2fpackage.json", "/ui/%E0", "/ui/sub/console.js"]) {
      expect(get(path)?.status, path).toBe(404);
    }
    // URL parsing resolves dot segments: that path is no longer the console's.
    expect(get("/ui/../package.json")).toBeUndefined();
    expect(get("/ui/%2e%2e/package.json")).toBeUndefined();
    const head = get("/ui/console.js", "HEAD");
    expect(head?.status).toBe(200);
    expect(head?.headers.get("content-length")).toBe("10");
    expect(await head?.text()).toBe("");
  });

  it("leaves the API's paths alone, and refuses writes to its own", () => {
    for (const path of ["/api/commerce/inventory/v1/location", "/__mock/health", "/uix", "/ui2/"]) expect(get(path), path).toBeUndefined();
    expect(get("/", "POST")).toBeUndefined();
    const post = get("/ui/", "POST");
    expect(post?.status).toBe(405);
    expect(post?.headers.get("allow")).toBe("GET, HEAD");
  });

  it("says how to build the app when it is missing", () => {
    expect(() => consoleSite({ dir: join(dir, "nope") })).toThrow(/not built.*turbo run build/);
    expect(() => consoleSite({ dir: builtApp({ "console.js": "" }) })).toThrow(/no index.html/);
  });
});
