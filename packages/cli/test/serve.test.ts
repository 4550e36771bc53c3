import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { get } from "node:http";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

// Runs the built executable, as users do (dist/ — build first). `--empty`: these tests are about
// the process, not the data (demo data: demo-and-import.test.ts).
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

function start(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--empty", ...args], { stdio: "pipe" });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" line; output: ${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^listening on (http:\/\/\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${String(code)} before listening; output: ${output}`));
    });
  });
}

const exitOf = (child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

/** GET with a chosen Host header (fetch does not let one set it). */
const statusWithHost = (url: string, path: string, host: string, headers: Record<string, string> = {}): Promise<number> =>
  new Promise((resolve, reject) => {
    get(`${url}${path}`, { headers: { host, ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on("error", reject);
  });

describe("kibo-inventory-mock serve", () => {
  it("warns when bound beyond loopback, and honours --allow-host and --admin-token", async () => {
    const { url, output } = await start(["--host", "0.0.0.0", "--allow-host", "kibo-mock", "--allow-host", "other.test", "--admin-token", "s3cret"]);
    const local = url.replace("0.0.0.0", "127.0.0.1");
    expect(await statusWithHost(local, "/__mock/health", "kibo-mock:4010")).toBe(200);
    expect(await statusWithHost(local, "/__mock/health", "other.test")).toBe(200);
    expect(await statusWithHost(local, "/__mock/health", "attacker.example")).toBe(403);
    expect(await statusWithHost(local, "/__mock/snapshot", "localhost")).toBe(401);
    expect(await statusWithHost(local, "/__mock/snapshot", "localhost", { authorization: "Bearer s3cret" })).toBe(200);
    expect(output()).toMatch(/warning: bound to 0\.0\.0\.0, reachable from other machines/);
    expect(output()).not.toMatch(/set --admin-token/);
  });

  it("takes the admin token from KIBO_MOCK_ADMIN_TOKEN, and prints no warning on loopback", async () => {
    process.env.KIBO_MOCK_ADMIN_TOKEN = "from-env";
    try {
      const { url, output } = await start([]);
      expect((await fetch(`${url}/__mock/snapshot`)).status).toBe(401);
      expect((await fetch(`${url}/__mock/snapshot`, { headers: { "x-mock-admin-token": "from-env" } })).status).toBe(200);
      expect(output()).not.toMatch(/warning/);
    } finally {
      delete process.env.KIBO_MOCK_ADMIN_TOKEN;
    }
  });

  it("prints exactly `listening on http://127.0.0.1:PORT` and the console's URL, serves both, and exits 0 on SIGTERM", async () => {
    const { child, url, output } = await start([]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await waitFor(() => output().includes("console at"));
    expect(output()).toBe(`listening on ${url}\nconsole at ${url}/ui/\n`);
    expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
    const root = await fetch(`${url}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/ui/");
    const page = await fetch(`${url}/ui/`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain('<script type="module" src="console.js"></script>');
    expect((await fetch(`${url}/ui/console.js`)).status).toBe(200);
    const exited = exitOf(child);
    child.kill("SIGTERM");
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it("exits 0 on SIGINT too, and honours --no-admin (no controls, so no console either)", async () => {
    const { child, url, output } = await start(["--no-admin"]);
    expect((await fetch(`${url}/__mock/health`)).status).toBe(404);
    expect((await fetch(`${url}/ui/`)).status).toBe(404);
    expect(output()).toBe(`listening on ${url}\n`);
    const exited = exitOf(child);
    child.kill("SIGINT");
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it("serves no console with --no-console, the API unchanged", async () => {
    const { url, output } = await start(["--no-console"]);
    expect((await fetch(`${url}/ui/`)).status).toBe(404);
    expect((await fetch(`${url}/`, { redirect: "manual" })).status).toBe(404);
    expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
    expect(output()).toBe(`listening on ${url}\n`);
  });

  it("keeps acknowledged changes across a restart with --state", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kibo-state-"));
    const file = join(dir, "state.json");
    try {
      const first = await start(["--state", file]);
      const seeded = await fetch(`${first.url}/__mock/seed`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tenants: [{ id: 4242, name: "Kept" }] }),
      });
      expect(seeded.status).toBe(200);
      const exited = exitOf(first.child);
      first.child.kill("SIGTERM");
      expect((await exited).code).toBe(0);
      expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ state: { tenants: { "4242": { name: "Kept" } } } });

      const second = await start(["--state", file]);
      const snapshot = (await (await fetch(`${second.url}/__mock/snapshot`)).json()) as { tenants: Record<string, unknown> };
      expect(snapshot.tenants["4242"]).toMatchObject({ name: "Kept" });
      second.child.kill("SIGTERM");
      await exitOf(second.child);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("loads --seed files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kibo-seed-"));
    const file = join(dir, "seed.json");
    try {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(file, JSON.stringify({ tenants: [{ id: 31 }], apps: [{ clientId: "a", clientSecret: "b", tenants: [31] }] }));
      const { child, url } = await start(["--seed", file, "--empty"]);
      const res = await fetch(`${url}/api/platform/applications/authtickets/oauth`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ client_id: "a", client_secret: "b", grant_type: "client_credentials" }),
      });
      expect(res.status).toBe(200);
      child.kill("SIGTERM");
      await exitOf(child);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
