import { readFile } from "node:fs/promises";
import { CONSOLE_PATH, consoleSite } from "@kibo-inventory/console";
import {
  createInventoryMock,
  demoSeed,
  formatSeedIssues,
  type InventoryMock,
  type InventoryMockOptions,
  type SeedData,
  validateInventorySeed,
} from "@kibo-inventory/mock-server";
import { listen, type RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { type DurableState, openDurableState } from "./durable-state.js";

export interface ServeOptions {
  /** @default 4010 */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** A JSON seed file (tenants, apps, inventory), served instead of the demo data. */
  seed?: string;
  /** Start without the demo data. */
  empty?: boolean;
  /** Products in the generated demo catalog. @default 5000 */
  demoProducts?: number;
  /** Locations in the generated demo catalog. @default 40 */
  demoLocations?: number;
  /** @default "sync" */
  jobs?: "sync" | "queued";
  /** Jobs kept per tenant (the oldest finished ones are dropped past it). @default 10000 */
  jobHistory?: number;
  /** Keep the state in this file (and `FILE.journal`) across restarts. */
  state?: string;
  /** With `state`: flush each acknowledged write to the disk (survives power loss, not just a killed server). */
  fsync?: boolean;
  /** Serve the `/__mock/*` controls. @default true */
  admin?: boolean;
  /** Host names answered besides loopback names and the bound host (`--allow-host`). @default [] */
  allowHost?: string[];
  /** Secret the `/__mock/*` controls require (`--admin-token`, or `KIBO_MOCK_ADMIN_TOKEN`). */
  adminToken?: string;
  /** Log every answered request. */
  verbose?: boolean;
  /** Serve the inventory console at `/ui/` (and redirect `/` there); it needs the controls. @default admin */
  console?: boolean;
}

export interface ServeIo {
  log(line: string): void;
  /** Warnings (stderr in the CLI). @default log */
  warn?(line: string): void;
}

/** Whether a bind address only reaches this machine. */
function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** A running `serve`: the HTTP server, its mock and a clean stop. */
export interface RunningServe {
  readonly server: RunningInventoryServer;
  readonly mock: InventoryMock;
  /** Closes the server, then folds the journal into a new snapshot (`--state`). */
  stop(): Promise<void>;
}

/**
 * Demo data for `serve` without `--empty` or `--seed`: the examples of Kibo's documentation at
 * `homebase` plus a generated catalog (see docs/seed-format.md#demo-data).
 */
export async function loadDemoSeed(options: { products?: number; locations?: number } = {}): Promise<SeedData> {
  return demoSeed(options);
}

/** Reads a seed file; a bad inventory part is refused with the path of every problem. */
export async function readSeedFile(path: string): Promise<SeedData> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path}: a seed file must hold a JSON object`);
  }
  const seed = parsed as SeedData;
  if (seed.inventory !== undefined) {
    const issues = validateInventorySeed(seed.inventory);
    if (issues.length > 0) throw new Error(`${path}: ${formatSeedIssues(issues)}`);
  }
  return seed;
}

/**
 * Starts the standalone server: state (`--state FILE`: the snapshot, then the journal replayed on
 * top), else the seed (`--seed FILE`, else the demo data unless `empty`), then `listening on URL`.
 * With `--state`, every acknowledged change is written to the journal before its answer goes out (and flushed to
 * disk first with `--fsync`)
 * (docs/decisions/0010-durable-state-journal.md).
 */
export async function runServe(options: ServeOptions, io: ServeIo): Promise<RunningServe> {
  const durable: DurableState | undefined = options.state ? await openDurableState(options.state, io, { fsync: options.fsync ?? false }) : undefined;
  // A saved state replaces the seed at start, so the demo data is not even built then.
  const saved = durable?.found;
  const demo =
    options.empty || options.seed || saved
      ? undefined
      : await loadDemoSeed({
          ...(options.demoProducts === undefined ? {} : { products: options.demoProducts }),
          ...(options.demoLocations === undefined ? {} : { locations: options.demoLocations }),
        });
  const seed = options.seed ? await readSeedFile(options.seed) : demo;

  const mockOptions: InventoryMockOptions = { admin: options.admin ?? true, jobs: options.jobs ?? "sync" };
  if (options.jobHistory !== undefined) mockOptions.jobHistory = options.jobHistory;
  if (options.adminToken !== undefined) mockOptions.adminToken = options.adminToken;
  if (seed) mockOptions.seed = seed;
  if (durable) mockOptions.onCommit = (write) => durable.commit(write);
  if (options.verbose) {
    mockOptions.onResponse = (event) => io.log(`${event.method} ${event.path} ${event.status} ${event.operationId ?? "-"} ${event.correlationId}`);
  }
  const mock = createInventoryMock(mockOptions);
  // Before the port opens: no request sees the state half loaded.
  await durable?.attach(mock);

  // The console's files answer first (`/`, `/ui`, `/ui/…`); every other request is the API's.
  const site = options.console === false || options.admin === false ? undefined : consoleSite();
  const api = mock.handle;
  const served: InventoryMock = site ? { ...mock, handle: (request) => Promise.resolve(site.answer(request) ?? api(request)) } : mock;
  const host = options.host ?? "127.0.0.1";
  const server = await listen({ mock: served, port: options.port ?? 4010, host, allowedHosts: options.allowHost ?? [] });
  io.log(`listening on ${server.url}`);
  if (site) io.log(`console at ${server.url}${CONSOLE_PATH}`);
  if (!isLoopback(host)) {
    (io.warn ?? io.log)(
      `warning: bound to ${host}, reachable from other machines. This is a test double, not hardened for a network: anyone who reaches it can read and change every tenant${options.adminToken ? "" : " and its /__mock/ controls (set --admin-token)"}.`,
    );
  }

  return {
    server,
    mock,
    async stop() {
      await server.close();
      durable?.close();
    },
  };
}
