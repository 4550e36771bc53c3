/**
 * D8, "a request is validated whole before anything changes": one 400 lists every bad item, whether
 * the schema or the engine found it. The body schema alone would stop at its own problems, so when
 * it fails only inside `items[i]`, the items it accepted still go through the handler — with a
 * commit that runs the engine command and discards the resulting state — and the problems of both
 * (engine indexes mapped back to the request's) come back together, in index order, nothing
 * applied. A body problem outside the items (a missing `locationCode`, too many items) is answered
 * as the schema reports it.
 *
 * A body the schema would take unchanged (the usual refresh: `{upc, quantity, tags}` items) goes to
 * the handler as it is, without the schema's parsed copy (http/as-is.ts); any other body is parsed.
 */
import type { InventoryState, Result } from "@kibo-inventory/engine";
import { asIsCheck } from "../../http/as-is.js";
import { errorMappingFor, type KiboErrorItem, MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext } from "../../http/route.js";
import { fastSchema, issuesToItems, type SchemaIssue, type SchemaLike } from "../../http/validation.js";
import { type EngineErrorMapping, unwrapResult } from "../../mapping/engine-errors.js";
import { commit, nowMs } from "./context.js";

/** `commit` as a write handler receives it: stores the new state, or (dry) only validates. */
export type Commit = <V>(
  command: (state: InventoryState, now: number) => Result<InventoryState, V>,
  mapping?: EngineErrorMapping,
) => { state: InventoryState; value: V };

/** Thrown by the dry commit when the engine accepts the schema-valid items. */
class DryRunPassed {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Indexes of the bad items when every issue lies inside `items[i]`; `undefined` otherwise. */
function badItemIndexes(issues: readonly SchemaIssue[]): Set<number> | undefined {
  const bad = new Set<number>();
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (head !== "items" || typeof index !== "number" || issue.path.length < 2) return undefined;
    bad.add(index);
  }
  return bad;
}

function validationError(items: KiboErrorItem[]): MockHttpError {
  return new MockHttpError("validation_failed", `Validation failed: ${items.length} problem(s) in the request.`, { items });
}

/** An error item of the reduced request, pointing into the original `items` instead. */
function remapItem(item: KiboErrorItem, original: readonly number[]): KiboErrorItem {
  if (item.index === undefined) return item;
  const index = original[item.index];
  if (index === undefined) return item;
  const prefix = `items[${item.index}]`;
  const field = item.field === prefix || item.field.startsWith(`${prefix}.`) ? `items[${index}]${item.field.slice(prefix.length)}` : item.field;
  return { ...item, index, field };
}

/** Stable sort: request-level problems first, then by item index. */
function inIndexOrder(items: readonly KiboErrorItem[]): KiboErrorItem[] {
  return items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => (a.item.index ?? -1) - (b.item.index ?? -1) || a.at - b.at)
    .map(({ item }) => item);
}

/**
 * Reads the body with `schema` (an object with an `items` array) and runs `handle` on it; see the
 * module doc for a body whose items fail the schema. `handle` must change state only through the
 * `commit` it is given, and synchronously (D14). `prepare`, when given, rewrites the raw body first
 * (refresh and adjust read `null` as absent, mapping/null-as-absent.ts).
 * @example export const adjustHandler = wholeRequest(AdjustRequestSchema, (ctx, body, commit) => …);
 */
export function wholeRequest<T>(
  schema: SchemaLike<T>,
  handle: (ctx: TenantRouteContext, body: T, commit: Commit) => Response,
  prepare?: (raw: unknown) => unknown,
): (ctx: TenantRouteContext) => Promise<Response> {
  return async (ctx) => {
    let raw: unknown = await ctx.body();
    if (prepare !== undefined) raw = prepare(raw);
    // A body the schema takes as it is needs no parsed copy (see http/as-is.ts).
    if (asIsCheck(schema)(raw)) return handle(ctx, raw as T, (command, mapping) => commit(ctx, command, mapping));
    const fast = fastSchema(schema);
    const parsed = fast.safeParse(raw);
    if (parsed.success) {
      // Let the raw body go before the engine runs (see `readBody` in http/pipeline.ts).
      raw = undefined;
      return handle(ctx, parsed.data, (command, mapping) => commit(ctx, command, mapping));
    }

    const schemaItems = issuesToItems(parsed.error.issues);
    const bad = badItemIndexes(parsed.error.issues);
    if (bad === undefined || !isRecord(raw) || !Array.isArray(raw.items)) throw validationError(schemaItems);
    const original: number[] = [];
    const kept: unknown[] = [];
    raw.items.forEach((item: unknown, index: number) => {
      if (bad.has(index)) return;
      original.push(index);
      kept.push(item);
    });
    const reduced = kept.length === 0 ? undefined : fast.safeParse({ ...raw, items: kept });
    if (reduced === undefined || !reduced.success) throw validationError(schemaItems);

    const dryCommit: Commit = (command, mapping) => {
      unwrapResult(command(ctx.tenant.inventory, nowMs(ctx)), mapping);
      throw new DryRunPassed();
    };
    let found: readonly KiboErrorItem[] = [];
    try {
      handle(ctx, reduced.data, dryCommit);
    } catch (error) {
      if (error instanceof MockHttpError) {
        // Problems with the request (4xx) join the list; a 501 for an unsimulated feature does not.
        const status = errorMappingFor(error.code)?.status ?? 500;
        if (status >= 400 && status < 500) found = error.items.map((item) => remapItem(item, original));
      } else if (!(error instanceof DryRunPassed)) throw error;
    }
    throw validationError(inIndexOrder([...schemaItems, ...found]));
  };
}
