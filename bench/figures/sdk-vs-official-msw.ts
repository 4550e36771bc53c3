/**
 * Figure 9 (b) — our SDK vs Kibo's official SDK vs raw fetch, against the reference server's MSW
 * handlers (`setupServer`, 1,000 records) in this process; one interleaved run
 * (bench/lib/three-clients.ts says what each client does).
 */
import { setupServer } from "msw/node";
import { loadedMock, ORIGIN } from "../lib/mock.js";
import { compareEach } from "../lib/sample.js";
import { clients, MSW_BUDGETS, options, report } from "../lib/three-clients.js";

const loaded = await loadedMock(1_000);
const server = setupServer(...loaded.mock.handlers);
server.listen({ onUnhandledRequest: "error" });
try {
  const msw = clients(ORIGIN, loaded.token);
  report("13-msw", "reference server via MSW", await compareEach(msw.ours, [msw.official, msw.raw, msw.oursWithoutTimeout], options), MSW_BUDGETS);
} finally {
  server.close();
}
