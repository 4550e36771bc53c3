import { readFile } from "node:fs/promises";
import type { InventoryMock, InventoryMockOptions, SeedData } from "@kibo-inventory/mock-server";
import { type RunningInventoryServer, startServer } from "@kibo-inventory/mock-server/node";
import { createStateFile, type StateFile } from "./state-file.js";

export interface ServeOptions {
  /** @default 4010 */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** A JSON seed file (tenants, apps, inventory). */
  seed?: string;
  /** Start without the demo data. */
  empty?: boolean;
  /** @default "sync" */
  jobs?: "sync" | "queued";
  /** Keep the state in this file across restarts. */
  state?: string;
  /** Serve the `/__mock/*` controls. @default true */
  admin?: boolean;
  /** Log every answered request. */
  verbose?: boolean;
}

export interface ServeIo {
  log(line: string): void;
}

/** A running `serve`: the HTTP server, its mock and a clean stop. */
export interface RunningServe {
  readonly server: RunningInventoryServer;
  readonly mock: InventoryMock;
  /** Waits for pending state writes, then closes the server. */
  stop(): Promise<void>;
}

/**
 * Demo data for `serve` without `--empty`. Placeholder: the demo data set (Kibo's documentation
 * examples and a larger catalog) plugs in here.
 */
export async function loadDemoSeed(): Promise<SeedData | undefined> {
  return undefined;
}

async function readSeedFile(path: string): Promise<SeedData> {
  const parsed: unknown = JSON.parse(await readFile(path, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path}: a seed file must hold a JSON object`);
  }
  return parsed as SeedData;
}

/** Merges seeds in order (later tenants/apps win on the server, which upserts by id). */
function mergeSeeds(seeds: (SeedData | undefined)[]): SeedData | undefined {
  const present = seeds.filter((seed): seed is SeedData => seed !== undefined);
  if (present.length === 0) return undefined;
  const merged: SeedData = {
    tenants: present.flatMap((seed) => seed.tenants ?? []),
    apps: present.flatMap((seed) => seed.apps ?? []),
  };
  const inventory = present.map((seed) => seed.inventory).filter((value) => value !== undefined);
  if (inventory.length > 0) merged.inventory = inventory.length === 1 ? inventory[0] : inventory;
  return merged;
}

/**
 * Starts the standalone server: seed (demo data unless `empty`, then `--seed`), state file
 * (loaded at start, rewritten after each acknowledged change), then `listening on URL`.
 */
export async function runServe(options: ServeOptions, io: ServeIo): Promise<RunningServe> {
  const seed = mergeSeeds([options.empty ? undefined : await loadDemoSeed(), options.seed ? await readSeedFile(options.seed) : undefined]);
  const stateFile: StateFile | undefined = options.state ? createStateFile(options.state) : undefined;

  let mock: InventoryMock | undefined;
  const mockOptions: InventoryMockOptions = { admin: options.admin ?? true, jobs: options.jobs ?? "sync" };
  if (seed) mockOptions.seed = seed;
  if (stateFile) {
    mockOptions.onStateChange = async () => {
      if (mock) await stateFile.save(mock.exportState());
    };
  }
  if (options.verbose) {
    mockOptions.onResponse = (event) => io.log(`${event.method} ${event.path} ${event.status} ${event.operationId ?? "-"} ${event.correlationId}`);
  }

  const server = await startServer({ ...mockOptions, port: options.port ?? 4010, host: options.host ?? "127.0.0.1" });
  mock = server.mock;
  if (stateFile) {
    const saved = await stateFile.load();
    if (saved) mock.importState(saved);
    await stateFile.save(mock.exportState());
  }
  io.log(`listening on ${server.url}`);

  return {
    server,
    mock,
    async stop() {
      await stateFile?.flush();
      await server.close();
    },
  };
}
