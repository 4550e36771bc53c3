import { type Command, InvalidArgumentError, Option } from "commander";
import { runServe, type ServeOptions } from "../serve.js";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("must be an integer from 0 to 65535");
  return port;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be an integer ≥ 1");
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("must be an integer ≥ 0");
  return n;
}

/** `kibo-inventory-mock serve`: the standalone reference server, stopped by SIGINT/SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the reference server over HTTP")
    .option("--port <port>", "port to listen on (0 picks a free one)", parsePort, 4010)
    .option("--host <host>", "interface to bind", "127.0.0.1")
    .option("--seed <file>", "JSON seed file (tenants, apps, inventory), served instead of the demo data")
    .option("--empty", "start without the demo data")
    .option("--demo-products <n>", "products in the generated demo catalog", parseCount, 5000)
    .option("--demo-locations <n>", "locations in the generated demo catalog", parseCount, 40)
    .addOption(new Option("--jobs <mode>", "apply refresh/adjust jobs at once or queued").choices(["sync", "queued"]).default("sync"))
    .option("--job-history <n>", "jobs kept per tenant; past it the oldest finished ones are dropped", parsePositive, 10_000)
    .option("--state <file>", "keep the state in FILE (+ FILE.journal) across restarts")
    .option("--fsync", "with --state: flush each write to the disk before answering (survives power loss)")
    .option("--no-admin", "turn the /__mock/* controls off")
    .option("--no-console", "do not serve the inventory console at /ui/ (it is off with --no-admin too)")
    .option("--allow-host <name>", "also answer this Host name (repeatable; * answers any)", (value: string, all: string[]) => [...all, value], [] as string[])
    .addOption(new Option("--admin-token <token>", "require this token (Authorization: Bearer or x-mock-admin-token) on /__mock/*").env("KIBO_MOCK_ADMIN_TOKEN"))
    .option("--verbose", "log every request")
    .action(async (options: ServeOptions) => {
      const running = await runServe(options, { log: (line) => console.log(line), warn: (line) => console.error(line) });
      let stopping = false;
      const stop = (signal: NodeJS.Signals): void => {
        if (stopping) return;
        stopping = true;
        running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(`error while stopping on ${signal}:`, error);
            process.exit(1);
          },
        );
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
