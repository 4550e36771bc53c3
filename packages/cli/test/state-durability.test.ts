import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { killAll, runCli, startServe } from "./support/spawn-cli.js";

// `--state` as users run it: the built executable, killed with SIGKILL mid-write, started again.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kibo-durability-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(killAll);

const json = { "content-type": "application/json" };

async function ticket(url: string): Promise<string> {
  const res = await fetch(`${url}/api/platform/applications/authtickets/oauth`, {
    method: "POST",
    headers: json,
    body: JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

describe("kibo-inventory-mock serve --state", () => {
  it("kill -9 during writes loses nothing acknowledged; tickets survive the restart", async () => {
    const file = join(dir, "kill.json");
    const first = await startServe(["--empty", "--state", file]);
    const token = await ticket(first.url);
    const headers = { ...json, authorization: `Bearer ${token}`, "x-vol-tenant": "1000" };
    const seeded = await fetch(`${first.url}/__mock/seed`, { method: "POST", headers: json, body: JSON.stringify({ inventory: { "1000": { locations: [{ code: "homebase" }] } } }) });
    expect(seeded.status).toBe(200);

    // 8 writers adjust +1 in a loop; SIGKILL lands while requests are in flight.
    let acknowledged = 0;
    let sent = 0;
    let killed = false;
    const writer = async (): Promise<void> => {
      while (!killed) {
        sent += 1;
        try {
          const res = await fetch(`${first.url}/api/commerce/inventory/v5/inventory/adjust`, {
            method: "POST",
            headers,
            body: JSON.stringify({ locationCode: "homebase", items: [{ upc: "K1", quantity: 1 }] }),
          });
          if (res.status === 200) acknowledged += 1;
          await res.text();
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    while (acknowledged < 40) await new Promise((resolve) => setTimeout(resolve, 5));
    first.child.kill("SIGKILL");
    killed = true;
    await Promise.all(writers);

    const second = await startServe(["--empty", "--state", file]);
    // The ticket from before the crash still works.
    const res = await fetch(`${second.url}/api/commerce/inventory/v5/inventory`, { method: "POST", headers, body: JSON.stringify({ type: "ALL", items: [{ upc: "K1" }] }) });
    expect(res.status).toBe(200);
    const [row] = (await res.json()) as { onHand: number }[];
    expect(row?.onHand).toBeGreaterThanOrEqual(acknowledged);
    expect(row?.onHand).toBeLessThanOrEqual(sent);
  }, 60_000);

  it("refuses to start on a corrupt state file, naming the file and the position", async () => {
    const file = join(dir, "corrupt.json");
    await writeFile(file, '{\n  "format": "kibo-inventory-mock-state",\n  "version": 1,,\n}');
    const { code, stderr } = await runCli(["serve", "--port", "0", "--empty", "--state", file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}: not valid JSON at line 3, column 16`);
  });
});
