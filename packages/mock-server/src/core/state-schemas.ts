/**
 * The schemas of the documents the controls take in — seed data (`POST /__mock/seed`, `--seed`)
 * and snapshots (`POST /__mock/restore`, `--state`) — in one place, so a new part of the state
 * (e.g. tenant settings) is added here once. Both are checked whole before anything changes;
 * every issue carries the path of the bad value (`tenants[0].sites`,
 * `inventory.1000.slots[3].records[0].segments[0].onHand`).
 *
 * Names are data: documents are read from their own keys only (`Object.hasOwn`), so keys such as
 * `constructor` or `__proto__` are checked like any other. The parsed *input* is what the server
 * keeps (zod's record output would drop a `__proto__` key): the schemas only validate.
 */
import {
  ExportSettingsFTPSchema,
  ExportSettingsS3Schema,
  ExportSettingsSchema,
  FetchFileConfigRequestSchema,
  ownRecord,
  QUANTITY_MAX,
  QUANTITY_MIN,
} from "@kibo-inventory/spec";
import { z } from "zod";
import { issuesToItems, type SchemaLike } from "../http/validation.js";
import { CLOCK_MAX_MS, CLOCK_MIN_MS } from "./clock.js";
import { strictWithout } from "./strict-contract.js";

/** A refused seed or snapshot: its `items` name every bad field (400 VALIDATION_ERROR over HTTP). */
class StateDocumentError extends Error {
  readonly code = "validation_failed";
  override readonly name = "StateDocumentError";
  constructor(
    message: string,
    readonly items: ReturnType<typeof issuesToItems>,
  ) {
    super(message);
  }
}

/**
 * Checks a document against `schema`; returns the document itself (not zod's copy, which would
 * drop `__proto__` keys) or throws `StateDocumentError` listing every issue.
 * @example const seed = checkDocument(SeedDataSchema, body, "seed");
 */
export function checkDocument<T>(schema: SchemaLike<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const items = issuesToItems(result.error.issues);
  const shown = items.slice(0, 5).map((i) => `${i.field}: ${i.message}`);
  if (items.length > 5) shown.push(`… and ${items.length - 5} more`);
  throw new StateDocumentError(`Invalid ${what}: ${shown.join("; ")}`, items);
}

// ---------------------------------------------------------------------------------------------
// Shared parts

const id = z.int("must be a whole number").min(1, "must be a positive integer").max(QUANTITY_MAX, "must be a 32-bit integer");
const count = z.int("must be a whole number").min(0, "must be ≥ 0").max(QUANTITY_MAX, `must be at most ${QUANTITY_MAX}`);
const quantity = z.int("must be a whole number").min(QUANTITY_MIN, `must be at least ${QUANTITY_MIN}`).max(QUANTITY_MAX, `must be at most ${QUANTITY_MAX}`);
const name = z.string("must be a string");
const tenantKey = /^[1-9]\d{0,9}$/;
/** An ISO 8601 instant inside the clock's range (what the server writes). */
const instant = z.string("must be an ISO 8601 date-time").refine((v) => {
  const ms = Date.parse(v);
  return Number.isFinite(ms) && ms >= CLOCK_MIN_MS && ms <= CLOCK_MAX_MS;
}, "must be an ISO 8601 date-time from year 0000 to 9999");

/** An object keyed by tenant id; the key must be a tenant id. */
const byTenantId = <T extends z.ZodType>(value: T) =>
  ownRecord(value, { pattern: tenantKey, message: "keys must be tenant ids (positive integers)" });

// ---------------------------------------------------------------------------------------------
// Seed data (docs/seed-format.md)

const SeedSiteSchema = z.strictObject({
  id,
  name: name.optional(),
  catalogId: id.optional(),
  masterCatalogId: id.optional(),
});

const SeedTenantSchema = z.strictObject({
  id,
  name: name.optional(),
  sites: z.array(SeedSiteSchema, "must be an array of sites").optional(),
});

const SeedAppSchema = z.strictObject({
  clientId: name.min(1, "must not be empty"),
  clientSecret: name,
  tenants: z.array(id, "must be an array of tenant ids"),
});

/**
 * One tenant's inventory seed. Its fields are checked where it is applied, before anything changes
 * (`applyTenantInventorySeed` runs the seed validator, seed/validate-seed.ts, whose issues name the
 * same paths: `inventory.1000.records[3].quantity`); here only that it is an object, so a large
 * seed (the demo data) is not checked twice.
 */
const TenantInventorySeedSchema = z.custom<Record<string, unknown>>(
  (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  "must be an object (a tenant's inventory seed)",
);

/** Seed data: tenants and apps (upserted by id), inventory per tenant id. */
export const SeedDataSchema = z.strictObject({
  tenants: z.array(SeedTenantSchema, "must be an array of tenants").optional(),
  apps: z.array(SeedAppSchema, "must be an array of apps").optional(),
  inventory: z.optional(byTenantId(TenantInventorySeedSchema)),
});

// ---------------------------------------------------------------------------------------------
// Snapshots (`GET /__mock/snapshot`): the server state, each tenant's inventory as the engine
// exports it (format version 1).

/** What a snapshot says it is. Absent in snapshots taken before issue 14 (read as this format). */
export const SNAPSHOT_FORMAT = "kibo-inventory-mock-snapshot";

const TenantRecordSchema = z.strictObject({
  id,
  name,
  sites: z.array(z.strictObject({ id, name, catalogId: id, masterCatalogId: id }), "must be an array of sites"),
  masterCatalogs: z.array(
    z.strictObject({ id, name, catalogs: z.array(z.strictObject({ id, name })) }),
    "must be an array of master catalogs",
  ),
});

const AppRecordSchema = z.strictObject({
  clientId: name.min(1, "must not be empty"),
  clientSecret: name,
  tenants: z.array(id, "must be an array of tenant ids"),
});

const SettingsSchema = z.strictObject({
  tagCategoryLimit: count,
  totalTagLimit: count,
  pendingOnShortfall: z.boolean(),
  expirationEnabled: z.boolean(),
  // Feature switches (issue 15): optional, so snapshots from before them still restore (defaults).
  tagsEnabled: z.boolean().optional(),
  granularFieldsEnabled: z.boolean().optional(),
  conditionAvailabilityEnabled: z.boolean().optional(),
  quantitySetsAvailable: z.boolean().optional(),
});

const CountersSchema = z.strictObject({
  inventoryId: id,
  tagId: id,
  locationId: id,
  futureId: id,
  jobId: id,
  conditionRuleId: id,
  allocationSeq: id,
});

const optionalString = name.optional();

const LocationSchema = z.strictObject({
  locationId: id,
  code: name.min(1, "must not be empty"),
  name,
  supportsInventory: z.boolean(),
  allowFulfillmentWithNoStock: z.boolean(),
  active: z.boolean(),
  directShip: z.boolean(),
  pickup: z.boolean(),
  transferEnabled: z.boolean(),
  express: z.boolean(),
  includeInAggregate: z.boolean(),
  includeInLocationExport: z.boolean(),
  countryCode: optionalString,
  postalCode: optionalString,
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

const TagCategorySchema = z.strictObject({
  tagCategoryId: id,
  name: name.min(1, "must not be empty"),
  values: z.array(
    z.strictObject({
      tagId: id,
      value: name.min(1, "must not be empty"),
      isDefault: z.boolean(),
      percent: z.int().min(0).max(100).optional(),
      created: name,
      updated: name,
    }),
  ),
  created: name,
});

const ConditionRuleSchema = z.strictObject({ id, condition: name, includeInAvailable: z.boolean() });

const GranularKeySchema = z.strictObject({
  sku: optionalString,
  lotCode: optionalString,
  condition: optionalString,
  serialNumber: optionalString,
  date: optionalString,
});

const SegmentSchema = z.strictObject({ key: name, onHand: quantity, allocated: count, pending: count });

const RecordSchema = z.strictObject({
  inventoryId: id,
  granular: GranularKeySchema.nullable(),
  details: z.strictObject({
    safetyStock: count,
    floor: count,
    ltd: z.number().refine(Number.isFinite, "must be a finite number"),
    retailPrice: z.number().refine(Number.isFinite, "must be a finite number").optional(),
    currencyId: optionalString,
    inventoryLocatorName: optionalString,
    attributes: z.array(name).optional(),
    partNumber: optionalString,
    hasInfiniteInventory: z.boolean(),
    implicit: z.boolean(),
  }),
  segments: z.array(SegmentSchema),
});

const SlotSchema = z.strictObject({ upc: name.min(1), locationCode: name.min(1), records: z.array(RecordSchema).min(1, "must hold a record") });

const FutureRecordSchema = z.strictObject({
  futureInventoryId: id,
  externalId: optionalString,
  upc: name.min(1),
  locationCode: name.min(1),
  segmentKey: name,
  deliveryDate: instant,
  onHand: quantity,
  type: z.enum(["REFRESH", "ADJUST"]),
  createDate: name,
});

const AllocationSchema = z.strictObject({
  key: name.min(1),
  owner: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("order"), orderId: z.int(), orderItemId: z.int(), shipmentId: z.int() }),
    z.strictObject({ kind: z.literal("cart"), cartId: name, cartItemId: name }),
  ]),
  seq: id,
  upc: name.min(1),
  locationCode: name.min(1),
  segmentKey: name,
  criteria: GranularKeySchema,
  lines: z.array(z.strictObject({ inventoryId: id, allocated: count, pending: count })),
  fulfilled: count,
});

/** A queued job keeps its request; its items are read again when the job runs. */
const JobItemSchema = z.looseObject({
  upc: name,
  quantity: quantity.optional(),
  tags: z.optional(ownRecord(name)),
  sku: optionalString,
  lotCode: optionalString,
  condition: optionalString,
  serialNumber: optionalString,
  date: optionalString,
  deliveryDate: optionalString,
  externalId: optionalString,
});

const JobSchema = z.strictObject({
  jobId: id,
  type: z.enum(["REFRESH", "ADJUST", "DELETE", "EXPORT"]),
  status: z.enum(["PENDING", "WORKING", "SUCCESS", "FAILED"]),
  locationCode: name,
  itemCount: count,
  added: name,
  started: optionalString,
  finished: optionalString,
  messages: z.array(name),
  file: optionalString,
  exportSettingsId: id.optional(),
  request: z.strictObject({ locationCode: name, items: z.array(JobItemSchema) }).optional(),
});

/** Orders, carts, checkouts and returns: their identity is checked; their contents are the engine's. */
const CommerceSchema = z.strictObject({
  counters: z.strictObject({ order: id, cart: id, checkout: id, item: id, shipment: id, return: id, package: id }),
  orders: z.array(z.looseObject({ id: name.min(1), orderNumber: id })),
  carts: z.array(z.looseObject({ id: name.min(1) })),
  checkouts: z.array(z.looseObject({ id: name.min(1) })),
  returns: z.array(z.looseObject({ id: name.min(1), returnNumber: id })),
});

/** A stored destination: its name and id apart, its other fields as the contract has them. */
const destination = (fields: z.ZodType) => z.strictObject({ id, name: name.min(1, "must not be empty"), fields });

/**
 * Export settings and the fetch-file configuration (workflows 3–5); absent in snapshots from
 * before them. Fields are checked against the contract's schemas, names must be unique.
 */
/**
 * Adds an issue at each entry whose name an earlier entry already used. Entries that are not objects,
 * or have no string name, are skipped (their shape errors are reported elsewhere).
 */
function refuseRepeatedNames(
  ctx: z.RefinementCtx,
  entries: readonly unknown[],
  key: string,
  path: (i: number) => (string | number)[],
  message: (name: string) => string,
): void {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const name = typeof e === "object" && e !== null ? (e as Record<string, unknown>)[key] : undefined;
    if (typeof name !== "string") return;
    if (seen.has(name)) ctx.addIssue({ code: "custom", message: message(name), path: path(i) });
    seen.add(name);
  });
}

const FileTransferSchema = z
  .strictObject({
    exportSettings: z.array(
      z.strictObject({
        id,
        name: name.min(1, "must not be empty"),
        fields: strictWithout(ExportSettingsSchema, "name", "ftpInformation", "s3Information"),
        ftp: z.array(destination(strictWithout(ExportSettingsFTPSchema, "name", "exportSettingsFTPID", "exportSettingsID"))),
        s3: z.array(destination(strictWithout(ExportSettingsS3Schema, "name", "exportSettingsS3ID", "exportSettingsID"))),
      }),
    ),
    fetchConfig: z.strictObject({ id, lastModified: instant, fields: strictWithout(FetchFileConfigRequestSchema, "fetchFileConfigID") }).nullable(),
    nextId: id,
  })
  .superRefine((ft, ctx) => {
    refuseRepeatedNames(ctx, ft.exportSettings ?? [], "name", (i) => ["exportSettings", i, "name"], (n) => `export settings ${n} are given twice`);
  });

/**
 * One tenant's inventory, as the engine's `exportState` writes it (version 1). Beyond the shapes,
 * what the engine's commands never produce is refused: a tag category without values or without
 * exactly one default, a category or a value named twice, and stock, arrivals or allocations at a
 * location the inventory does not list.
 */
const ExportedInventorySchema = z
  .strictObject({
    version: z.literal(1, "must be 1"),
    settings: SettingsSchema,
    counters: CountersSchema,
    locations: z.array(LocationSchema),
    tagCategories: z.array(TagCategorySchema),
    conditionRules: z.array(ConditionRuleSchema),
    slots: z.array(SlotSchema),
    futures: z.array(FutureRecordSchema),
    allocations: z.array(AllocationSchema),
    jobs: z.array(JobSchema),
    jobQueue: z.array(id),
    commerce: CommerceSchema.optional(),
    fileTransfer: FileTransferSchema.optional(),
  })
  .superRefine((inventory, ctx) => {
    // Runs even when fields above failed: read defensively.
    const categories = Array.isArray(inventory.tagCategories) ? inventory.tagCategories : [];
    refuseRepeatedNames(ctx, categories, "name", (i) => ["tagCategories", i, "name"], (n) => `tag category ${n} is given twice`);
    categories.forEach((c, i) => {
      if (typeof c !== "object" || c === null || !Array.isArray(c.values)) return;
      if (c.values.length === 0) ctx.addIssue({ code: "custom", message: "a tag category needs at least one value", path: ["tagCategories", i, "values"] });
      const defaults = c.values.filter((v) => typeof v === "object" && v !== null && v.isDefault === true).length;
      if (c.values.length > 0 && defaults !== 1)
        ctx.addIssue({ code: "custom", message: `must have exactly one default value (has ${defaults})`, path: ["tagCategories", i, "values"] });
      refuseRepeatedNames(ctx, c.values, "value", (j) => ["tagCategories", i, "values", j, "value"], (n) => `value ${n} is given twice`);
    });
    if (!Array.isArray(inventory.locations)) return;
    const listed = new Set(inventory.locations.map((l) => (typeof l === "object" && l !== null ? l.code : undefined)));
    for (const field of ["slots", "futures", "allocations"] as const) {
      const entries: unknown = inventory[field];
      if (!Array.isArray(entries)) continue;
      entries.forEach((e: unknown, i) => {
        const code = typeof e === "object" && e !== null ? (e as { locationCode?: unknown }).locationCode : undefined;
        if (typeof code === "string" && !listed.has(code))
          ctx.addIssue({ code: "custom", message: `location ${code} is not in locations`, path: [field, i, "locationCode"] });
      });
    }
  });

/**
 * A snapshot as `GET /__mock/snapshot` returns it. Beyond the shapes: each tenant and app is
 * filed under its own id, and inventory exists only for tenants that do.
 */
export const SnapshotSchema = z
  .strictObject({
    format: z.literal(SNAPSHOT_FORMAT, `must be "${SNAPSHOT_FORMAT}"`).optional(),
    version: z.literal(1, "must be 1 (the snapshot format this server reads)"),
    tenants: byTenantId(TenantRecordSchema),
    apps: ownRecord(AppRecordSchema),
    inventory: byTenantId(ExportedInventorySchema),
  })
  .superRefine((snapshot, ctx) => {
    // Runs even when fields above failed: read defensively (a bad id may be any JSON value).
    for (const [key, tenant] of Object.entries(snapshot.tenants ?? {}) as [string, unknown][]) {
      const id = typeof tenant === "object" && tenant !== null ? (tenant as { id?: unknown }).id : undefined;
      if (typeof id === "number" && String(id) !== key) ctx.addIssue({ code: "custom", message: `must be ${key}, the key it is filed under`, path: ["tenants", key, "id"] });
    }
    for (const [key, app] of Object.entries(snapshot.apps ?? {}) as [string, unknown][]) {
      const clientId = typeof app === "object" && app !== null ? (app as { clientId?: unknown }).clientId : undefined;
      if (typeof clientId === "string" && clientId !== key) ctx.addIssue({ code: "custom", message: "must be the key it is filed under", path: ["apps", key, "clientId"] });
    }
    const tenants = snapshot.tenants ?? {};
    for (const key of Object.keys(snapshot.inventory ?? {}))
      if (!Object.hasOwn(tenants, key)) ctx.addIssue({ code: "custom", message: "no such tenant in tenants", path: ["inventory", key] });
  });
