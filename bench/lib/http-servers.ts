/**
 * Child process of figure 8: the standalone reference server (`listen()` from
 * @kibo-inventory/mock-server/node, 100,000 records) and a plain node:http server answering the
 * precomputed bytes of the same query response, on loopback. Prints one JSON line
 * `{ mockUrl, plainUrl, headers, queryBody, bytes }` on stdout, then serves until killed.
 */
import { createServer } from "node:http";
import { listen } from "@kibo-inventory/mock-server/node";
import { loadedMock, ORIGIN, postQuery } from "./mock.js";

const records = Number(process.argv[2] ?? 100_000);
const loaded = await loadedMock(records);
const bytes = Buffer.from(await postQuery(loaded.mock.fetch, ORIGIN, loaded));
const mockServer = await listen({ port: 0, host: "127.0.0.1", mock: loaded.mock });

const plain = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": bytes.length });
    res.end(bytes);
  });
});
await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
const address = plain.address();
if (address === null || typeof address === "string") throw new Error("no address");
process.stdout.write(
  `${JSON.stringify({ mockUrl: mockServer.url, plainUrl: `http://127.0.0.1:${address.port}`, headers: loaded.headers, queryBody: loaded.queryBody, bytes: bytes.length })}\n`,
);
