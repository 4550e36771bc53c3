/**
 * The dependency rule of DESIGN.md §2, as data and pure checks.
 *
 * Arrows point toward stability: `cli -> mock-server, sdk -> spec`, `mock-server -> engine`, and
 * `cli -> console -> sdk` (the console bundles the SDK into its browser app at build time; the CLI
 * serves the built files, so nothing points back at the CLI or the mock server).
 * The engine imports nothing at all; the SDK and the mock server never import each other, not even
 * in tests: the SDK-against-server tests live in the private `integration` workspace, which may use
 * every package and which nothing may depend on.
 */
import ts from "typescript";

export type PackageName = "spec" | "engine" | "sdk" | "mock-server" | "console" | "cli" | "integration";

/** Where each workspace lives, relative to the repository root. */
export const workspaceDirs: Record<PackageName, string> = {
  spec: "packages/spec",
  engine: "packages/engine",
  sdk: "packages/sdk",
  "mock-server": "packages/mock-server",
  console: "packages/console",
  cli: "packages/cli",
  integration: "integration",
};

/** Internal packages each package may depend on at runtime (dependencies, peerDependencies). */
export const runtimeDependencies: Record<PackageName, readonly PackageName[]> = {
  spec: [],
  engine: [],
  sdk: ["spec"],
  "mock-server": ["spec", "engine"],
  console: ["sdk", "spec"],
  cli: ["mock-server", "sdk", "spec", "console"],
  integration: [],
};

/** Extra internal packages a package's tests may use (devDependencies). */
const testOnlyDependencies: Record<PackageName, readonly PackageName[]> = {
  spec: [],
  engine: [],
  sdk: [],
  "mock-server": [],
  console: [],
  cli: [],
  integration: ["spec", "engine", "sdk", "mock-server", "console", "cli"],
};

/** Module specifiers the engine's source may never import, test files included. */
const engineBannedImport = /^(node:|msw|zod|ky|openapi-fetch|@kibo-inventory\/)/;

/** Third-party modules the engine's tests may use; its shipped source may use none. */
const engineTestImports = new Set(["vitest", "fast-check"]);

export interface SourceFile {
  /** Path relative to the package root, e.g. `src/allocation.ts`. */
  readonly path: string;
  readonly text: string;
}

export interface Violation {
  readonly pkg: PackageName;
  readonly file: string;
  readonly message: string;
}

const internalPrefix = "@kibo-inventory/";

function isTestFile(path: string): boolean {
  return /(^|\/)test\//.test(path) || /\.test(-d)?\.ts$/.test(path) || path.includes("/testing/");
}

/** Every module specifier a file imports or re-exports, type-only imports and `import()` included. */
function importsOf(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

function internalTarget(specifier: string): PackageName | undefined {
  if (!specifier.startsWith(internalPrefix)) return undefined;
  return specifier.slice(internalPrefix.length).split("/")[0] as PackageName;
}

/** Checks a package.json's declared internal dependencies against the table. */
export function checkManifest(pkg: PackageName, manifest: Record<string, unknown>): Violation[] {
  const violations: Violation[] = [];
  const sections: Array<[string, readonly PackageName[]]> = [
    ["dependencies", runtimeDependencies[pkg]],
    ["peerDependencies", runtimeDependencies[pkg]],
    ["optionalDependencies", runtimeDependencies[pkg]],
    ["devDependencies", [...runtimeDependencies[pkg], ...testOnlyDependencies[pkg]]],
  ];
  for (const [section, allowed] of sections) {
    const deps = (manifest[section] ?? {}) as Record<string, string>;
    for (const name of Object.keys(deps)) {
      const target = internalTarget(name);
      if (target !== undefined && !allowed.includes(target)) {
        violations.push({ pkg, file: "package.json", message: `${section} names ${name}, which ${pkg} may not depend on` });
      }
    }
    if (pkg === "engine" && section !== "devDependencies" && Object.keys(deps).length > 0) {
      violations.push({ pkg, file: "package.json", message: `the engine has no ${section}; found ${Object.keys(deps).join(", ")}` });
    }
  }
  return violations;
}

/** Checks what a package's source files import against the table. */
export function checkImports(pkg: PackageName, files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const test = isTestFile(file.path);
    const allowed = test ? [...runtimeDependencies[pkg], ...testOnlyDependencies[pkg]] : runtimeDependencies[pkg];
    for (const specifier of importsOf(file.text)) {
      if (pkg === "engine" && !specifier.startsWith(".")) {
        const testTool = test && engineTestImports.has(specifier);
        if (!testTool || engineBannedImport.test(specifier)) {
          violations.push({ pkg, file: file.path, message: `the engine imports "${specifier}"; it may import nothing` });
        }
        continue;
      }
      const target = internalTarget(specifier);
      if (target !== undefined && target !== pkg && !allowed.includes(target)) {
        violations.push({ pkg, file: file.path, message: `imports ${specifier}, which ${pkg} may not depend on${test ? "" : " at runtime"}` });
      }
    }
  }
  return violations;
}

function resolveRelative(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  const dir = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") dir.pop();
    else if (part !== ".") dir.push(part);
  }
  const base = dir.join("/");
  const stem = base.replace(/\.(js|ts|mjs|cjs)$/, "");
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

/** Finds import cycles among a package's source files (relative imports); returns each cycle once. */
export function findCycles(files: readonly SourceFile[]): string[][] {
  const known = new Set(files.map((f) => f.path));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const specifier of importsOf(file.text)) {
      if (!specifier.startsWith(".")) continue;
      const target = resolveRelative(file.path, specifier, known);
      if (target !== undefined) targets.push(target);
    }
    edges.set(file.path, targets);
  }
  // Tarjan's strongly connected components: any component with more than one file, or a
  // self-import, is a cycle.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!indices.has(file.path)) visit(file.path);
  return cycles;
}

/** Engine folders nothing outside `packages/engine/src` may import: the trie and the write staging. */
const engineInternalFolders = ["packages/engine/src/internal/trie/", "packages/engine/src/internal/draft/"];

/**
 * The files outside the engine allowed to import one engine-internal module, and which: figure 3's
 * floor measures the engine's own persistent map, which the package does not export.
 */
const engineInternalExceptions: ReadonlyMap<string, readonly string[]> = new Map([
  ["bench/figures/engine-allocate.ts", ["packages/engine/src/internal/trie/persistent-map.ts"]],
]);

/** Reads of the engine's storage: the record maps, the location and pending indexes, the stored-slot encoding. */
const storageAccess = /\.records\.(get|has|keys|values|entries|forEach|keyArray|size)\b|\bupcsByLocation\b|\bpendingIndex\b|\bStoredSlot\b/;

export interface RepoViolation {
  /** Path relative to the repository root. */
  readonly file: string;
  readonly message: string;
}

function resolveFrom(file: string, specifier: string): string {
  const dir = file.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") dir.pop();
    else if (part !== ".") dir.push(part);
  }
  return dir.join("/").replace(/\.js$/, ".ts");
}

/**
 * Checks files outside the engine's source (paths relative to the repository root): none imports
 * the engine's trie or write staging (save the listed exceptions), none reads its storage.
 */
export function checkEngineBoundary(files: readonly SourceFile[]): RepoViolation[] {
  const violations: RepoViolation[] = [];
  for (const file of files) {
    if (file.path.startsWith("packages/engine/src/")) continue;
    for (const specifier of importsOf(file.text)) {
      const target = specifier.startsWith(".") ? resolveFrom(file.path, specifier) : specifier;
      const internal = engineInternalFolders.find((folder) => target.startsWith(folder) || target.includes(`/${folder.slice("packages/".length)}`));
      if (internal === undefined || engineInternalExceptions.get(file.path)?.includes(target)) continue;
      violations.push({ file: file.path, message: `imports ${specifier}: ${internal} is internal to the engine` });
    }
    const storage = storageAccess.exec(file.text);
    if (storage !== null) violations.push({ file: file.path, message: `reads the engine's storage (${storage[0]}); ask the engine (recordsAt, stockedUpcs, …)` });
  }
  return violations;
}

/** Collections whose instances are mutable: one made at module level is state shared by every caller. */
const mutableCollections = new Set(["Map", "WeakMap", "Set", "WeakSet"]);

const isStatic = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false);

/**
 * The `new Map(…)`-like expressions that run when a module loads: functions, methods and instance
 * fields are skipped (they run per call or per instance), static fields and static blocks are not.
 */
function collectionsMadeAtLoad(node: ts.Node, report: (node: ts.Node, what: string) => void): void {
  if (ts.isFunctionLike(node) || (ts.isPropertyDeclaration(node) && !isStatic(node))) return;
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && mutableCollections.has(node.expression.text))
    report(node, `new ${node.expression.text}(…)`);
  ts.forEachChild(node, (child) => collectionsMadeAtLoad(child, report));
}

/**
 * Module-level mutable state in the engine's shipped source (tests and test kits excluded): a
 * top-level `let` or `var`, or a `Map`, `WeakMap`, `Set` or `WeakSet` made when the module loads
 * (in a top-level initializer, a static field or a static block). The engine is a function of its
 * state: a cache belongs in the state (as the tag index, internal/tag-index.ts) or in a command's
 * own locals.
 */
export function checkModuleState(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (isTestFile(file.path)) continue;
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    const report = (node: ts.Node, what: string) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      violations.push({ pkg: "engine", file: file.path, message: `line ${line}: module-level ${what}` });
    };
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        const flags = statement.declarationList.flags;
        const keyword = flags & ts.NodeFlags.Let ? "let" : flags & (ts.NodeFlags.Const | ts.NodeFlags.Using) ? undefined : "var";
        if (keyword !== undefined) report(statement, `${keyword} ${statement.declarationList.declarations.map((d) => d.name.getText(source)).join(", ")}`);
      }
      collectionsMadeAtLoad(statement, report);
    }
  }
  return violations;
}
