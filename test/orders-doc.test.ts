/**
 * docs/orders.md lists the order-side operations the reference server simulates and those it
 * answers 501; both lists are read here from the contract, openapi/commerce.yaml, so they cannot
 * drift: every `x-modeled` operation is a row `| METHOD | \`path\` | \`operationId\` | \`Client.method\` |`
 * under the bold heading of its tag (**Carts**, **Orders**, …), and every other operation a row
 * `| METHOD | \`path\` | \`operationId\` |` in the `<details>` block of its official SDK client
 * (`OrderApi (109)`: the count is checked too), or of "Not wrapped by the SDK".
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const doc = readFileSync(`${root}docs/orders.md`, "utf8");
const spec = parse(readFileSync(`${root}openapi/commerce.yaml`, "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string; tags?: string[]; "x-modeled"?: boolean; "x-sdk-method"?: string }>>;
};

const NOT_WRAPPED = "Not wrapped by the SDK";

interface Operation {
  readonly row: string;
  /** Where the doc lists it: the tag (modelled) or the SDK client (501). */
  readonly group: string;
  readonly modeled: boolean;
}

function specOperations(): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== "object" || op === null || op.operationId === undefined) continue;
      const head = `| ${method.toUpperCase()} | \`${path}\` | \`${op.operationId}\` |`;
      const sdk = op["x-sdk-method"];
      if (op["x-modeled"] === true) out.push({ row: `${head} \`${sdk}\` |`, group: op.tags?.[0] ?? "", modeled: true });
      else out.push({ row: head, group: sdk === undefined ? NOT_WRAPPED : (sdk.split(".")[0] ?? ""), modeled: false });
    }
  }
  return out;
}

/** The table rows after each `**Tag**` heading of the "Operations we simulate" section. */
function modeledSection(): Map<string, string[]> {
  const section = doc.slice(doc.indexOf("## Operations we simulate"), doc.indexOf("## Operations answered 501"));
  const groups = new Map<string, string[]>();
  let group: string | undefined;
  for (const line of section.split("\n")) {
    const heading = /^\*\*(.+)\*\*$/.exec(line);
    if (heading?.[1] !== undefined) {
      group = heading[1];
      groups.set(group, []);
    } else if (group !== undefined && /^\| [A-Z]+ \| `/.test(line)) groups.get(group)?.push(line);
  }
  return groups;
}

/** The rows and stated count of each `<details><summary>Client (n)</summary>` block. */
function notSimulatedSection(): Map<string, { count: number; rows: string[] }> {
  const groups = new Map<string, { count: number; rows: string[] }>();
  for (const block of doc.matchAll(/<details><summary>(.+?) \((\d+)\)<\/summary>([\s\S]*?)<\/details>/g)) {
    const rows = (block[3] ?? "").split("\n").filter((line) => /^\| [A-Z]+ \| `/.test(line));
    groups.set(block[1] ?? "", { count: Number(block[2]), rows });
  }
  return groups;
}

const byGroup = (ops: readonly Operation[]): Map<string, string[]> => {
  const groups = new Map<string, string[]>();
  for (const op of ops) groups.set(op.group, [...(groups.get(op.group) ?? []), op.row]);
  return groups;
};
const sorted = (groups: Map<string, string[]>): Record<string, string[]> =>
  Object.fromEntries([...groups].map(([group, rows]) => [group, [...rows].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b))));

describe("docs/orders.md's operation tables match openapi/commerce.yaml", () => {
  it("lists every x-modeled operation under its tag, with its official SDK method, and nothing else", () => {
    const expected = byGroup(specOperations().filter((op) => op.modeled));
    expect(expected.size).toBeGreaterThan(3);
    expect(sorted(modeledSection())).toEqual(sorted(expected));
  });

  it("lists every other operation under its SDK client as answered 501, with the right counts", () => {
    const expected = byGroup(specOperations().filter((op) => !op.modeled));
    const listed = notSimulatedSection();
    expect(sorted(new Map([...listed].map(([group, { rows }]) => [group, rows])))).toEqual(sorted(expected));
    for (const [group, { count, rows }] of listed) expect(count, group).toBe(rows.length);
  });
});
