/**
 * The docs are executed as examples (issue 5): every fenced block in the guides below carries a
 * marker comment on the line before it, and this suite checks or runs it.
 *
 * - `<!-- example: FILE -->`  the block equals FILE (under examples/, which CI runs as a workspace)
 * - `<!-- excerpt: FILE -->`  every line of the block appears in FILE, in order
 * - `<!-- output: FILE -->`   the block is what `tsx FILE` prints
 * - `<!-- run: sh … -->`      the block runs in bash against a live server on a free port (with
 *                              demo data), `localhost:4010` rewritten to it; it must exit 0
 *
 * An unmarked TypeScript block fails the suite, so a guide cannot grow untested code.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);
const GUIDES = ["README.md", "docs/getting-started.md", "docs/testing-with-the-reference-server.md", "docs/orders.md", "docs/frontend-testing.md"];

interface Block {
  marker: string | undefined;
  lang: string;
  code: string;
  line: number;
}

/** Fenced blocks with the `<!-- … -->` comment on the line right before each (if any). */
export function blocksOf(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] ?? "");
    if (!open) continue;
    const end = lines.indexOf("```", i + 1);
    if (end < 0) throw new Error(`unclosed block at line ${i + 1}`);
    const marker = /^<!--\s*(.+?)\s*-->$/.exec(lines[i - 1] ?? "")?.[1];
    blocks.push({ marker, lang: open[1] ?? "", code: `${lines.slice(i + 1, end).join("\n")}\n`, line: i + 1 });
    i = end;
  }
  return blocks;
}

const read = (path: string) => readFileSync(join(root, path), "utf8");

// Generous: every guide's programs and shell runs start at once (describe.concurrent) on CI's 2 shared cores.
const PROGRAM_TIMEOUT = 60_000;

async function tsxOutput(file: string): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", file], { cwd: root, timeout: PROGRAM_TIMEOUT });
  return stdout;
}

async function runShell(code: string): Promise<string> {
  const { listen } = await import("@kibo-inventory/mock-server/node");
  const { demoSeed } = await import("@kibo-inventory/mock-server");
  const server = await listen({ port: 0, seed: demoSeed({ products: 20, locations: 5 }) }); // the documented examples + a small catalog
  try {
    const script = code.replaceAll("http://localhost:4010", server.url.replace(/\/+$/, ""));
    const { stdout } = await run("bash", ["-euo", "pipefail", "-c", script], { cwd: root, timeout: PROGRAM_TIMEOUT });
    return stdout;
  } finally {
    await server.close();
  }
}

for (const guide of GUIDES) {
  describe.concurrent(guide, () => {
    const blocks = blocksOf(read(guide));

    it("marks every TypeScript block as an example, an excerpt or an output", () => {
      const unmarked = blocks.filter((b) => (b.lang === "ts" || b.lang === "typescript") && b.marker === undefined).map((b) => b.line);
      expect(unmarked).toEqual([]);
    });

    for (const block of blocks) {
      const [kind, file] = (block.marker ?? "").split(/:\s*/);
      if (kind === "example" && file) {
        it(`line ${block.line}: is ${file}, verbatim`, () => expect(block.code).toBe(read(file)));
      } else if (kind === "excerpt" && file) {
        it(`line ${block.line}: is an excerpt of ${file}`, () => {
          const source = read(file).split("\n");
          let at = 0;
          for (const line of block.code.trimEnd().split("\n")) {
            const found = source.indexOf(line, at);
            expect(found, `"${line}" (in order)`).toBeGreaterThanOrEqual(0);
            at = found + 1;
          }
        });
      } else if (kind === "output" && file) {
        it(`line ${block.line}: is what ${file} prints`, async () => expect(await tsxOutput(file)).toBe(block.code), PROGRAM_TIMEOUT);
      } else if (kind?.startsWith("run") && block.lang === "sh") {
        it(`line ${block.line}: runs against a live server`, async () => {
          const out = await runShell(block.code);
          const rows = JSON.parse(out) as { upc: string; onHand: number; taggedInventory: { tags: Record<string, string> }[] }[];
          expect(rows[0]).toMatchObject({ upc: "DEMO-CHANNEL-01", locationCode: "homebase" });
          expect(rows[0]?.taggedInventory.map((t) => t.tags.Channel)).toEqual(expect.arrayContaining(["Warehouse", "Target"]));
        }, PROGRAM_TIMEOUT);
      }
    }
  });
}
