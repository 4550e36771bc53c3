/**
 * Child process of figure 11: the standalone reference server (`listen()`, 10,000 records) on
 * loopback. Prints one JSON line `{ url, port, headers, queryBody }` on stdout, then serves until killed.
 */
import { listen } from "@kibo-inventory/mock-server/node";
import { loadedMock } from "./mock.js";

const loaded = await loadedMock(Number(process.argv[2] ?? 10_000));
const server = await listen({ port: 0, host: "127.0.0.1", mock: loaded.mock });
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, headers: loaded.headers, queryBody: loaded.queryBody })}\n`);
