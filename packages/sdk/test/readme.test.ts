import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const compiled = readFileSync(new URL("./readme.test-d.ts", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

describe("README code", () => {
  it("shows six tasks", () => {
    expect(blocks).toHaveLength(6);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))("block %i is type-checked verbatim in readme.test-d.ts", (_, block) => {
    const body = block
      .split("\n")
      .filter((line) => !line.startsWith("import "))
      .join("\n")
      .trim();
    expect(compiled).toContain(body);
    for (const match of block.matchAll(/import \{ (.*) \} from "@kibo-inventory\/sdk";/g)) {
      for (const name of (match[1] ?? "").split(",")) expect(compiled).toMatch(new RegExp(`\\b${name.trim()}\\b`));
    }
  });
});
