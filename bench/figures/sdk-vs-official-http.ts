/**
 * Figure 9 (a) — our SDK vs Kibo's official SDK vs raw fetch, against the standalone server
 * (`listen()`, 1,000 records) in a child process, over loopback with the global fetch (undici,
 * keep-alive); one interleaved run (bench/lib/three-clients.ts says what each client does).
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { log } from "../lib/result.js";
import { compareEach } from "../lib/sample.js";
import { clients, HTTP_BUDGETS, options, report, token } from "../lib/three-clients.js";

const child = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith("--cpu-prof")), fileURLToPath(new URL("../lib/http-servers.ts", import.meta.url)), "1000"], {
  stdio: ["ignore", "pipe", "inherit"],
});
try {
  const { mockUrl } = await new Promise<{ mockUrl: string }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
    createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line) as { mockUrl: string }));
  });
  log(`  standalone server up: ${mockUrl}`);
  const http = clients(mockUrl, await token(mockUrl));
  report("13-http", "standalone server over loopback HTTP", await compareEach(http.ours, [http.official, http.raw, http.oursWithoutTimeout], options), HTTP_BUDGETS);
} finally {
  child.kill();
}

