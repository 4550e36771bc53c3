/**
 * The docs name files, and every name must lead somewhere (issue 12): a move or a deletion that
 * leaves a stale path in the docs fails here.
 *
 * - A relative markdown link `[text](path#anchor)` resolves, from the document, to a file or
 *   folder; its anchor, if any, is a heading of the markdown file it points to.
 * - A backticked path in prose (`packages/mock-server/src/core/seed.ts`, `src/http/errors.ts`,
 *   `test/support/`) resolves from the repository root, from the document's folder, or from its
 *   workspace and that workspace's `src/` (a guide at the root may name any workspace's files). A
 *   glob (`packages/*\/README.md`) must match a file; `…` or `<placeholder>` ends the part checked.
 * - A backticked bare file name (`persistent-map.ts`) is the name of some file of the repository.
 * - The same holds for the paths in a fenced block without a language (a README's folder tree).
 *
 * Prose that names files as they were on purpose (history) goes between `<!-- history -->` and
 * `<!-- /history -->`; it is not checked. Fenced blocks with a language are not read here
 * (docs-examples.test.ts checks them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
/** Folders a run writes and git ignores (the mutation report): a path into one is checked up to the folder's parent. */
const OUTPUT_FOLDERS = ["reports", ".stryker-tmp", "coverage"];
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", ".git", ".turbo", ...OUTPUT_FOLDERS]);
const WORKSPACES = ["packages/spec", "packages/engine", "packages/sdk", "packages/mock-server", "packages/cli", "examples", "integration", "bench"];
/** Spans starting with one of these are repository paths wherever they appear. */
const REPO_PREFIX = /^(packages|docs|integration|bench|openapi|examples|test|\.ci)\//;
/** The extensions of the files the docs name; a span ending in another one (`index.js`) is not checked. */
const FILE_EXTENSION = /\.(ts|mts|mjs|cjs|md|yaml|yml|json|csv)$/;

/** Every file and folder of the repository (relative, `/`-separated), build output and dependencies left out. */
function repositoryEntries(): { files: string[]; folders: Set<string> } {
  const files: string[] = [];
  const folders = new Set<string>([""]);
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      if (SKIPPED_FOLDERS.has(entry.name)) continue;
      const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        folders.add(path);
        walk(path);
      } else files.push(path);
    }
  };
  walk("");
  return { files, folders };
}

const { files, folders } = repositoryEntries();
const fileNames = new Set(files.map((f) => posix.basename(f)));
const DOCS = files
  .filter((f) => f.endsWith(".md") && (!f.includes("/") || f.startsWith("docs/") || /^(packages\/[^/]+|bench|integration|examples)\/README\.md$/.test(f)))
  .sort();

interface Reference {
  readonly line: number;
  readonly text: string;
}

/** The document's lines with fenced blocks and history blocks blanked (line numbers kept). */
function prose(markdown: string): string[] {
  return lines(markdown).map((l) => (l.kind === "prose" ? l.text : ""));
}

/** Each line of a document and what it is: prose, in a fenced block (`layout` when the block has no language), or history. */
function lines(markdown: string): { kind: "prose" | "code" | "layout" | "history"; text: string }[] {
  let fence: "code" | "layout" | undefined;
  let history = false;
  return markdown.split("\n").map((text) => {
    const open = /^\s*(```|~~~)\s*(\S*)/.exec(text);
    if (open !== null) {
      fence = fence === undefined ? (open[2] === "" ? "layout" : "code") : undefined;
      return { kind: "code", text };
    }
    if (fence === undefined && /^\s*<!--\s*history\s*-->\s*$/.test(text)) history = true;
    if (fence === undefined && /^\s*<!--\s*\/history\s*-->\s*$/.test(text)) {
      history = false;
      return { kind: "history", text };
    }
    return { kind: fence ?? (history ? "history" : "prose"), text };
  });
}

/** The paths of a layout block (a fenced block without a language, such as a README's folder tree). */
function layoutPaths(markdown: string): Reference[] {
  const paths: Reference[] = [];
  lines(markdown).forEach((l, i) => {
    if (l.kind !== "layout") return;
    for (const word of l.text.split(/\s+/)) {
      const path = word.replace(/[:,;]$/, "");
      if (/^[\w.-]+(\/[\w.-]*)*$/.test(path) && (path.includes("/") || FILE_EXTENSION.test(path))) paths.push({ line: i + 1, text: path });
    }
  });
  return paths;
}

function referencesOf(lines: readonly string[]): { links: Reference[]; spans: Reference[] } {
  const links: Reference[] = [];
  const spans: Reference[] = [];
  lines.forEach((line, i) => {
    const withoutCode = line.replace(/`[^`]*`/g, "");
    for (const m of withoutCode.matchAll(/\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ line: i + 1, text: m[1] as string });
    for (const m of line.matchAll(/`([^`\n]+)`/g)) spans.push({ line: i + 1, text: m[1] as string });
  });
  return { links, spans };
}

/** GitHub's anchors for a markdown file's headings. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of prose(markdown)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const slug = heading
      .replace(/`/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const exists = (path: string): boolean => path === "" || folders.has(path) || files.includes(path);

function globToRegExp(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      source += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") source += "[^/]*";
    else if (c === "{") source += "(?:";
    else if (c === "}") source += ")";
    else if (c === "," && source.lastIndexOf("(?:") > source.lastIndexOf(")")) source += "|";
    else source += c.replace(/[.+?^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}/?$`);
}

/** Where a path in `doc` may be rooted: the repository, the document's folder, its workspace and that workspace's src/. */
function basesFor(doc: string): string[] {
  const folder = posix.dirname(doc) === "." ? "" : posix.dirname(doc);
  const workspaces = WORKSPACES.filter((w) => doc.startsWith(`${w}/`));
  const atRoot = workspaces.length === 0;
  const candidates = atRoot ? WORKSPACES : workspaces;
  return [...new Set(["", folder, ...candidates, ...candidates.map((w) => `${w}/src`)])];
}

function resolves(doc: string, path: string): boolean {
  return basesFor(doc).some((base) => {
    const full = posix.normalize(base === "" ? path : `${base}/${path}`).replace(/\/$/, "");
    const segments = full.split("/");
    const output = segments.findIndex((segment) => OUTPUT_FOLDERS.includes(segment));
    if (output >= 0) return exists(segments.slice(0, output).join("/"));
    if (!/[*{]/.test(full)) return exists(full);
    const pattern = globToRegExp(full);
    return files.some((f) => pattern.test(f)) || [...folders].some((f) => pattern.test(f));
  });
}

/** The part of a backticked span to check, or `undefined` when the span is not a repository path. */
function pathOfSpan(span: string): string | undefined {
  let text = span.trim().replace(/^\.\//, "");
  if (/\s|^\/|:\/\/|^@|^[a-z]+:/.test(text)) return undefined;
  text = text.replace(/(#.*|:\d+(:\d+)?)$/, "");
  const placeholder = text.search(/…|\.\.\.|<|\$\{/);
  if (placeholder >= 0) text = text.slice(0, text.lastIndexOf("/", placeholder) + 1);
  if (text === "") return undefined;
  if (REPO_PREFIX.test(text)) return text;
  if (!text.includes("/")) return FILE_EXTENSION.test(text) && !/[*{]/.test(text) ? text : undefined;
  // A relative path: a file with a known extension, or a folder of at least two levels (`test/support/`).
  if (FILE_EXTENSION.test(text) || /^[\w.@-]+\/[\w.@/-]+\/$/.test(text)) return text;
  return undefined;
}

function staleReferences(doc: string): string[] {
  const markdown = readFileSync(join(root, doc), "utf8");
  const { links, spans } = referencesOf(prose(markdown));
  const stale: string[] = [];
  for (const link of links) {
    if (/^([a-z]+:|#)/i.test(link.text)) {
      if (link.text.startsWith("#") && !anchorsOf(markdown).has(decodeURIComponent(link.text.slice(1)))) {
        stale.push(`${doc}:${link.line}: no heading for the link ${link.text}`);
      }
      continue;
    }
    const [target = "", anchor] = link.text.split("#");
    const path = relative(root, join(root, dirname(doc), decodeURIComponent(target))).split("\\").join("/");
    if (!existsSync(join(root, path))) {
      stale.push(`${doc}:${link.line}: the link ${link.text} leads nowhere`);
      continue;
    }
    if (anchor !== undefined && anchor !== "" && statSync(join(root, path)).isFile() && path.endsWith(".md")) {
      if (!anchorsOf(readFileSync(join(root, path), "utf8")).has(decodeURIComponent(anchor))) {
        stale.push(`${doc}:${link.line}: ${path} has no heading for the link ${link.text}`);
      }
    }
  }
  for (const span of [...spans, ...layoutPaths(markdown)]) {
    const path = pathOfSpan(span.text);
    if (path === undefined) continue;
    const found = path.includes("/") ? resolves(doc, path) : fileNames.has(path);
    if (!found) stale.push(`${doc}:${span.line}: \`${span.text}\` is no file or folder of the repository`);
  }
  return stale;
}

describe("paths named in the docs", () => {
  it("finds the docs", () => {
    expect(DOCS).toContain("README.md");
    expect(DOCS).toContain("docs/decisions/0009-hand-written-hamt.md");
    expect(DOCS).toContain("packages/mock-server/README.md");
  });

  it.each(DOCS)("%s: every link and backticked path resolves", (doc) => {
    expect(staleReferences(doc)).toEqual([]);
  });

  it("catches a stale path, a broken link and a missing anchor, and skips history", () => {
    const lines = prose(
      [
        "Staging lives in `packages/engine/src/internal/store.ts` and [the guide](docs/nowhere.md).",
        "See [the layout](README.md#no-such-heading) and `slot-draft.ts`.",
        "<!-- history -->",
        "Once `packages/engine/src/hamt.ts`.",
        "<!-- /history -->",
        "```ts",
        "import x from `packages/old.ts`;",
        "```",
      ].join("\n"),
    );
    expect(layoutPaths("```\nsrc/core/   clock, faults\nsrc/gone.ts  test/support/: kits\n```\n```ts\nsrc/x.ts\n```").map((p) => p.text)).toEqual([
      "src/core/",
      "src/gone.ts",
      "test/support/",
    ]);
    const { links, spans } = referencesOf(lines);
    expect(links.map((l) => l.text)).toEqual(["docs/nowhere.md", "README.md#no-such-heading"]);
    expect(spans.map((s) => s.text)).toEqual(["packages/engine/src/internal/store.ts", "slot-draft.ts"]);
    expect(resolves("README.md", "packages/engine/src/internal/store.ts")).toBe(false);
    expect(resolves("README.md", "packages/engine/src/internal/draft/store.ts")).toBe(true);
    expect(resolves("packages/mock-server/README.md", "src/core/seed.ts")).toBe(true);
    expect(resolves("README.md", "packages/*/README.md")).toBe(true);
    expect(resolves("docs/testing.md", "packages/engine/reports/mutation/mutation.html")).toBe(true);
    expect(fileNames.has("slot-draft.ts")).toBe(true);
    expect(anchorsOf("## Adding an operation\n").has("adding-an-operation")).toBe(true);
    expect(pathOfSpan("packages/sdk/test/integration/…")).toBe("packages/sdk/test/integration/");
    expect(pathOfSpan("@kibo-inventory/mock-server/node")).toBeUndefined();
    expect(pathOfSpan("/api/commerce/inventory/v1/queue/{jobID}")).toBeUndefined();
  });
});
