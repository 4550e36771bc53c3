import { compile } from "zod/v4/core";
import { type KiboErrorItem, MockHttpError } from "./errors.js";

/** One problem reported by a schema (zod's issue shape, reduced to what we read). */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  /** The keys an `unrecognized_keys` issue names. */
  readonly keys?: readonly string[];
}

/**
 * Anything with zod's `safeParse`: the schemas of `@kibo-inventory/spec` fit as they are. (Zod
 * schemas are parsed through their compiled twin, see `fastSchema`.)
 */
export interface SchemaLike<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

const compiled = new WeakMap<object, SchemaLike<unknown>>();

/**
 * The schema the server parses with: for a zod schema, its compiled twin (`zod`'s `compile`, built
 * once per schema and cached), which runs a generated fast path and, whenever that path refuses
 * the input, falls back to the schema's own parser — so what is accepted, the parsed value and
 * every reported issue are the schema's own. Other schemas are used as they are.
 */
export function fastSchema<T>(schema: SchemaLike<T>): SchemaLike<T> {
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = schema;
    if ("_zod" in schema) {
      try {
        fast = compile(schema as unknown as Parameters<typeof compile>[0]) as unknown as SchemaLike<unknown>;
      } catch {
        // compile() does not throw for unsupported schemas; should it ever, the runtime parser serves.
      }
    }
    compiled.set(schema, fast);
  }
  return fast as SchemaLike<T>;
}

/** Keys written with a dot: identifiers, and ids (`inventory.1000.records`). */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$|^\d+$/;

/** Formats a path as `items[3].quantity` (prefixed with `prefix` when given, e.g. `query`). */
export function formatPath(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else {
      const key = String(segment);
      out += IDENTIFIER.test(key) ? `${out === "" ? "" : "."}${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return out === "" ? "body" : out;
}

/** Turns schema issues into Kibo error items; `index` is the first array index on the path. */
export function issuesToItems(issues: readonly SchemaIssue[], prefix = ""): KiboErrorItem[] {
  // An unknown field is named itself (`items[2].colour`), one item per key.
  const spread = issues.flatMap((issue): SchemaIssue[] =>
    issue.code === "unrecognized_keys" && issue.keys !== undefined && issue.keys.length > 0
      ? issue.keys.map((key) => ({ path: [...issue.path, key], code: "unrecognized_keys", message: `${key} is not a known field` }))
      : [issue],
  );
  return spread.map((issue) => {
    const item: KiboErrorItem = {
      field: formatPath(issue.path, prefix),
      code: (issue.code ?? "invalid").toUpperCase(),
      message: issue.message,
    };
    const index = issue.path.find((segment): segment is number => typeof segment === "number");
    if (index !== undefined) item.index = index;
    return item;
  });
}

/**
 * Validates `input` with `schema`; throws 400 VALIDATION_ERROR listing every bad field otherwise.
 * @example const body = validate(RefreshRequestSchema, await ctx.body());
 */
export function validate<T>(schema: SchemaLike<T>, input: unknown, options: { prefix?: string; message?: string } = {}): T {
  const result = fastSchema(schema).safeParse(input);
  if (result.success) return result.data;
  const items = issuesToItems(result.error.issues, options.prefix);
  throw new MockHttpError("validation_failed", options.message ?? `Validation failed: ${items.length} problem(s) in the request.`, {
    items,
  });
}
