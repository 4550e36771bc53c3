import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkEngineBoundary,
  checkImports,
  checkManifest,
  checkModuleState,
  findCycles,
  type PackageName,
  runtimeDependencies,
  type SourceFile,
  workspaceDirs,
} from "./architecture/rules.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const packages = Object.keys(runtimeDependencies) as PackageName[];

function sourceFiles(pkgDir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry === "node_modules" || entry === "dist") continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(entry)) out.push({ path: relative(pkgDir, full), text: readFileSync(full, "utf8") });
    }
  };
  walk(join(pkgDir, "src"));
  walk(join(pkgDir, "test"));
  return out;
}

describe("the dependency rule (DESIGN.md §2) holds in this repository", () => {
  it("knows every package under packages/", () => {
    const underPackages = packages.filter((pkg) => workspaceDirs[pkg].startsWith("packages/"));
    expect(readdirSync(join(root, "packages")).sort()).toEqual(underPackages.map((pkg) => workspaceDirs[pkg].slice("packages/".length)).sort());
  });

  for (const pkg of packages) {
    const dir = join(root, workspaceDirs[pkg]);
    it(`${pkg}: package.json declares only allowed internal dependencies`, () => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
      expect(checkManifest(pkg, manifest)).toEqual([]);
    });
    it(`${pkg}: source imports follow the table`, () => {
      const files = sourceFiles(dir);
      expect(files.length).toBeGreaterThan(0);
      expect(checkImports(pkg, files)).toEqual([]);
    });
    it(`${pkg}: has no import cycles`, () => {
      expect(findCycles(sourceFiles(dir))).toEqual([]);
    });
  }
});

/** Every TypeScript file of the repository outside node_modules and dist, paths relative to the root. */
function repoFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      if (entry === "node_modules" || entry === "dist" || entry.startsWith(".")) continue;
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts)$/.test(entry)) out.push({ path: relative(root, full).split("\\").join("/"), text: readFileSync(full, "utf8") });
    }
  };
  for (const top of readdirSync(root)) {
    // test/ holds these rules (their patterns name the storage fields).
    if (top === "test" || top === "node_modules" || top.startsWith(".")) continue;
    const full = join(root, top);
    if (statSync(full).isDirectory()) walk(full);
  }
  return out;
}

describe("the engine's internals stay inside it", () => {
  it("nothing outside packages/engine/src imports internal/trie or internal/draft, or reads storage", () => {
    const files = repoFiles();
    expect(files.some((f) => f.path.startsWith("packages/mock-server/src/"))).toBe(true);
    expect(checkEngineBoundary(files)).toEqual([]);
  });
});

describe("the engine keeps no module-level mutable state", () => {
  it("its source has no top-level let/var and makes no Map, WeakMap, Set or WeakSet at module level", () => {
    const files = sourceFiles(join(root, workspaceDirs.engine)).filter((f) => f.path.startsWith("src/"));
    expect(files.some((f) => f.path === "src/segment.ts")).toBe(true);
    expect(checkModuleState(files)).toEqual([]);
  });
});

describe("the checks catch violations (so the suite above can fail)", () => {
  it("rejects module-level mutable state in the engine, not in its tests or inside functions", () => {
    const text = [
      "let last: string | undefined;",
      "export var count = 0;",
      "const cache = new WeakMap<object, number>();",
      "export const byName: ReadonlyMap<string, number> = new Map([['a', 1]]);",
      "const table = { seen: new Set<string>() };",
      "class Registry { static entries = new Map(); items = new Map(); static { new Set(); } }",
      "const NONE: readonly number[] = [];",
      "const ok = () => new Map();",
      "function fresh() { let n = 0; const m = new Map(); return [n, m]; }",
      "class Box { readonly map = new Map<string, number>(); }",
    ].join("\n");
    const found = checkModuleState([
      { path: "src/bad.ts", text },
      { path: "src/bad.test.ts", text },
      { path: "src/testing/given.ts", text },
    ]).map((v) => `${v.file}: ${v.message}`);
    expect(found).toEqual([
      "src/bad.ts: line 1: module-level let last",
      "src/bad.ts: line 2: module-level var count",
      "src/bad.ts: line 3: module-level new WeakMap(…)",
      "src/bad.ts: line 4: module-level new Map(…)",
      "src/bad.ts: line 5: module-level new Set(…)",
      "src/bad.ts: line 6: module-level new Map(…)",
      "src/bad.ts: line 6: module-level new Set(…)",
    ]);
  });

  it("rejects importing the engine's trie or draft from outside, and reading its storage", () => {
    const files: SourceFile[] = [
      { path: "packages/mock-server/src/a.ts", text: `import { StoreDraft } from "../../engine/src/internal/draft/store.js";` },
      { path: "bench/figures/engine-allocate.ts", text: `import { PersistentMap } from "../../packages/engine/src/internal/trie/persistent-map.js";` },
      { path: "bench/figures/other.ts", text: `import { PersistentMap } from "../../packages/engine/src/internal/trie/persistent-map.js";` },
      { path: "packages/mock-server/src/b.ts", text: `const slot = state.records.get(upc)?.get(loc);` },
      { path: "packages/engine/src/query.ts", text: `import { StoreDraft } from "./internal/draft/store.js"; state.records.get(upc);` },
    ];
    expect(checkEngineBoundary(files).map((v) => v.file)).toEqual([
      "packages/mock-server/src/a.ts",
      "bench/figures/other.ts",
      "packages/mock-server/src/b.ts",
    ]);
  });


  it("rejects an engine file that imports node:fs, zod or another package", () => {
    const files: SourceFile[] = [
      { path: "src/allocation.ts", text: `import { readFileSync } from "node:fs";\nimport type { z } from "zod";` },
      { path: "src/query.ts", text: `import { paths } from "@kibo-inventory/spec";` },
      { path: "src/ok.ts", text: `import { split } from "./percentage-split.js";` },
    ];
    const found = checkImports("engine", files).map((v) => `${v.file}: ${v.message}`);
    expect(found).toEqual([
      `src/allocation.ts: the engine imports "node:fs"; it may import nothing`,
      `src/allocation.ts: the engine imports "zod"; it may import nothing`,
      `src/query.ts: the engine imports "@kibo-inventory/spec"; it may import nothing`,
    ]);
  });

  it("lets engine tests use vitest and fast-check but not msw", () => {
    const files: SourceFile[] = [
      { path: "src/allocation.test.ts", text: `import { it } from "vitest";\nimport fc from "fast-check";` },
      { path: "src/query.test.ts", text: `import { http } from "msw";` },
    ];
    expect(checkImports("engine", files).map((v) => v.file)).toEqual(["src/query.test.ts"]);
  });

  it("rejects the SDK importing the mock server (and back), also in tests; integration/ may import both", () => {
    const runtime: SourceFile = { path: "src/client.ts", text: `import { createInventoryMock } from "@kibo-inventory/mock-server";` };
    const test: SourceFile = { path: "test/integration.test.ts", text: runtime.text };
    expect(checkImports("sdk", [runtime, test])).toEqual([
      { pkg: "sdk", file: "src/client.ts", message: "imports @kibo-inventory/mock-server, which sdk may not depend on at runtime" },
      { pkg: "sdk", file: "test/integration.test.ts", message: "imports @kibo-inventory/mock-server, which sdk may not depend on" },
    ]);
    const sdkTest: SourceFile = { path: "src/ris/ris.test.ts", text: `import { getAvailability } from "@kibo-inventory/sdk";` };
    expect(checkImports("mock-server", [sdkTest])).toHaveLength(1);
    expect(checkImports("integration", [test, { ...sdkTest, path: "test/ris.test.ts" }])).toEqual([]);
  });

  it("rejects any package depending on the integration workspace", () => {
    for (const pkg of packages) {
      expect(checkManifest(pkg, { devDependencies: { "@kibo-inventory/integration": "0.0.0" } }), pkg).toHaveLength(1);
    }
    expect(checkManifest("integration", { devDependencies: { "@kibo-inventory/sdk": "0.1.0", "@kibo-inventory/cli": "0.1.0" } })).toEqual([]);
  });

  it("rejects a spec -> sdk dependency in package.json and any engine dependency", () => {
    expect(checkManifest("spec", { dependencies: { "@kibo-inventory/sdk": "0.1.0" } })).toHaveLength(1);
    expect(checkManifest("engine", { dependencies: { lodash: "4" } })).toHaveLength(1);
    expect(checkManifest("mock-server", { dependencies: { "@kibo-inventory/engine": "0.1.0", msw: "2" } })).toEqual([]);
  });

  it("finds import cycles, including through type-only imports", () => {
    const files: SourceFile[] = [
      { path: "src/a.ts", text: `import { b } from "./b.js";` },
      { path: "src/b.ts", text: `import type { C } from "./nested/c.js";` },
      { path: "src/nested/c.ts", text: `export { a } from "../a.js";` },
      { path: "src/d.ts", text: `import { a } from "./a.js";` },
    ];
    expect(findCycles(files)).toEqual([["src/a.ts", "src/b.ts", "src/nested/c.ts"]]);
  });
});
