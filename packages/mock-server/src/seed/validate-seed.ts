/**
 * Runtime validation of seed documents: every problem is reported with the path of the bad value,
 * e.g. `inventory.1000.records[3].quantity: must be an integer from 0 to 2147483647`. Checks shapes and types only;
 * the engine checks the rest (tag limits, percent sums, unknown tag values) when the seed is applied.
 * The granular and date rules are those of `@kibo-inventory/spec` (dates as in import files).
 */
import {
  CONDITION_MAX_LENGTH,
  ExportSettingsSchema,
  FetchFileConfigRequestSchema,
  GRANULAR_MAX_LENGTHS,
  normalizeImportDate,
  QUANTITY_MAX,
  SERIAL_NUMBER_MAX_UNITS,
} from "@kibo-inventory/spec";
import type { z } from "zod";
import { fetchConfigProblems } from "../operations/fetch-file/fetch-file-wire.js";
import { cronProblem } from "../operations/shared/cron.js";
import { strictWithout } from "../core/strict-contract.js";

/** One problem in a seed document. */
export interface SeedIssue {
  /** Where, e.g. `inventory.1000.records[3].quantity`. */
  readonly path: string;
  readonly message: string;
}

type Check = (value: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const str: Check = (v) => (typeof v === "string" ? undefined : "must be a string");
const nonEmpty: Check = (v) => (typeof v === "string" && v.trim() !== "" ? undefined : "must be a non-empty string");
const bool: Check = (v) => (typeof v === "boolean" ? undefined : "must be a boolean");
const num: Check = (v) => (typeof v === "number" && Number.isFinite(v) ? undefined : "must be a number");
// Quantities are 32-bit integers (QUANTITY_MAX), as over the API.
const count: Check = (v) =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= QUANTITY_MAX ? undefined : `must be an integer from 0 to ${QUANTITY_MAX}`;
const positive: Check = (v) =>
  typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= QUANTITY_MAX ? undefined : `must be an integer from 1 to ${QUANTITY_MAX}`;
const percent: Check = (v) =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 100 ? undefined : "must be an integer from 0 to 100";
const maxLength =
  (n: number): Check =>
  (v) =>
    typeof v !== "string" ? "must be a string" : v.length > n ? `must be at most ${n} characters` : undefined;
const range =
  (limit: number): Check =>
  (v) =>
    typeof v === "number" && Math.abs(v) <= limit ? undefined : `must be a number within ±${limit}`;
const tags: Check = (v) =>
  isObject(v) && Object.values(v).every((x) => typeof x === "string") ? undefined : 'must be an object of strings, e.g. {"Channel": "Target"}';

const date: Check = (v) =>
  typeof v === "string" && normalizeImportDate(v) !== undefined
    ? undefined
    : "must be an ISO-8601 date (2025-03-31 or 2025-03-31T00:00:00Z) or MM/DD/YYYY";

type Shape = Readonly<Record<string, { check: Check; required?: true }>>;

const SETTINGS: Shape = {
  pendingOnShortfall: { check: bool },
  expirationEnabled: { check: bool },
  tagCategoryLimit: { check: positive },
  totalTagLimit: { check: positive },
  // Feature switches (issue 15; the same fields as `PUT /__mock/settings`).
  tagsEnabled: { check: bool },
  granularFieldsEnabled: { check: bool },
  conditionAvailabilityEnabled: { check: bool },
  quantitySetsAvailable: { check: bool },
};

const LOCATION: Shape = {
  code: { check: nonEmpty, required: true },
  name: { check: str },
  supportsInventory: { check: bool },
  allowFulfillmentWithNoStock: { check: bool },
  active: { check: bool },
  directShip: { check: bool },
  pickup: { check: bool },
  transferEnabled: { check: bool },
  express: { check: bool },
  includeInAggregate: { check: bool },
  includeInLocationExport: { check: bool },
  countryCode: { check: str },
  postalCode: { check: str },
  latitude: { check: range(90) },
  longitude: { check: range(180) },
};

const TAG_VALUE: Shape = {
  value: { check: nonEmpty, required: true },
  isDefault: { check: bool },
  percent: { check: percent },
};

const CONDITION_RULE: Shape = {
  condition: { check: (v) => nonEmpty(v) ?? maxLength(CONDITION_MAX_LENGTH)(v), required: true },
  includeInAvailable: { check: bool, required: true },
};

const RECORD: Shape = {
  locationCode: { check: nonEmpty, required: true },
  upc: { check: nonEmpty, required: true },
  quantity: { check: count, required: true },
  sku: { check: str },
  partNumber: { check: str },
  tags: { check: tags },
  lotCode: { check: maxLength(GRANULAR_MAX_LENGTHS.lotCode) },
  date: { check: date },
  condition: { check: maxLength(GRANULAR_MAX_LENGTHS.condition) },
  serialNumber: { check: maxLength(GRANULAR_MAX_LENGTHS.serialNumber) },
  safetyStock: { check: count },
  floor: { check: count },
  ltd: { check: num },
  hasInfiniteInventory: { check: bool },
};

const FUTURE_RECORD: Shape = {
  locationCode: { check: nonEmpty, required: true },
  upc: { check: nonEmpty, required: true },
  quantity: { check: count, required: true },
  deliveryDate: { check: date, required: true },
  externalID: { check: str },
  tags: { check: tags },
};

function checkShape(value: unknown, shape: Shape, path: string, issues: SeedIssue[]): void {
  if (!isObject(value)) {
    issues.push({ path, message: "must be an object" });
    return;
  }
  for (const [key, { check, required }] of Object.entries(shape)) {
    const v = value[key];
    if (v === undefined) {
      if (required) issues.push({ path: `${path}.${key}`, message: "is required" });
      continue;
    }
    const message = check(v);
    if (message !== undefined) issues.push({ path: `${path}.${key}`, message });
  }
  for (const key of Object.keys(value))
    if (!Object.hasOwn(shape, key)) issues.push({ path: `${path}.${key}`, message: `is not a known field (expected one of ${Object.keys(shape).join(", ")})` });
}

function checkList(value: unknown, path: string, issues: SeedIssue[], each: (item: unknown, path: string) => void): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    issues.push({ path, message: "must be an array" });
    return;
  }
  for (const [i, item] of value.entries()) each(item, `${path}[${i}]`);
}

const TOP_LEVEL = ["settings", "locations", "tagCategories", "conditionRules", "records", "futureRecords", "orders", "exportSettings", "fetchFileConfig"];

/** Checks `value` against a contract schema; true when it passed (issues carry the seed path). */
function checkSchema(schema: z.ZodType, value: unknown, path: string, issues: SeedIssue[]): boolean {
  const parsed = schema.safeParse(value);
  if (parsed.success) return true;
  for (const issue of parsed.error.issues)
    issues.push({ path: issue.path.reduce<string>((p, k) => (typeof k === "number" ? `${p}[${k}]` : `${p}.${String(k)}`), path), message: issue.message });
  return false;
}

const FetchFileSeedSchema = strictWithout(FetchFileConfigRequestSchema, "fetchFileConfigID");
const ExportSettingsSeedSchema = strictWithout(ExportSettingsSchema);

const ORDER_STATUSES = ["Pending", "Submitted", "Completed", "Returned"];

const ORDER: Shape = {
  locationCode: { check: nonEmpty },
  items: { check: (v) => (Array.isArray(v) && v.length > 0 ? undefined : "must be a non-empty array"), required: true },
  status: { check: (v) => (typeof v === "string" && ORDER_STATUSES.includes(v) ? undefined : `must be one of ${ORDER_STATUSES.join(", ")}`) },
};

const ORDER_ITEM: Shape = {
  upc: { check: nonEmpty, required: true },
  quantity: { check: positive, required: true },
  locationCode: { check: nonEmpty },
  // Names and values are the engine's to check (against the tenant's categories) when applied.
  inventoryTags: { check: (v) => (Array.isArray(v) ? undefined : "must be an array of {name, value}") },
};

/**
 * Checks one tenant's inventory seed; returns every issue found (empty when valid).
 * @example validateTenantInventorySeed(json, "inventory.1000") // [{ path: "inventory.1000.records[3].quantity", … }]
 * @see docs/seed-format.md
 */
export function validateTenantInventorySeed(value: unknown, path = "inventory"): SeedIssue[] {
  const issues: SeedIssue[] = [];
  if (!isObject(value)) return [{ path, message: "must be an object" }];
  for (const key of Object.keys(value))
    if (!TOP_LEVEL.includes(key)) issues.push({ path: `${path}.${key}`, message: `is not a known field (expected one of ${TOP_LEVEL.join(", ")})` });
  if (value.settings !== undefined) checkShape(value.settings, SETTINGS, `${path}.settings`, issues);
  checkList(value.locations, `${path}.locations`, issues, (item, p) => checkShape(item, LOCATION, p, issues));
  checkList(value.tagCategories, `${path}.tagCategories`, issues, (item, p) => {
    if (!isObject(item)) {
      issues.push({ path: p, message: "must be an object" });
      return;
    }
    const nameIssue = nonEmpty(item.name);
    if (nameIssue !== undefined) issues.push({ path: `${p}.name`, message: nameIssue });
    if (item.values === undefined) issues.push({ path: `${p}.values`, message: "is required" });
    else checkList(item.values, `${p}.values`, issues, (v, vp) => checkShape(v, TAG_VALUE, vp, issues));
    for (const key of Object.keys(item))
      if (key !== "name" && key !== "values") issues.push({ path: `${p}.${key}`, message: "is not a known field (expected name, values)" });
  });
  checkList(value.conditionRules, `${path}.conditionRules`, issues, (item, p) => checkShape(item, CONDITION_RULE, p, issues));
  checkList(value.records, `${path}.records`, issues, (item, p) => {
    checkShape(item, RECORD, p, issues);
    if (isObject(item) && typeof item.serialNumber === "string" && typeof item.quantity === "number" && item.quantity > SERIAL_NUMBER_MAX_UNITS)
      issues.push({ path: `${p}.quantity`, message: "must be 0 or 1 for a serial-numbered record" });
  });
  checkList(value.futureRecords, `${path}.futureRecords`, issues, (item, p) => checkShape(item, FUTURE_RECORD, p, issues));
  checkList(value.orders, `${path}.orders`, issues, (order, p) => {
    checkShape(order, ORDER, p, issues);
    if (isObject(order) && Array.isArray(order.items))
      checkList(order.items, `${p}.items`, issues, (item, ip) => checkShape(item, ORDER_ITEM, ip, issues));
  });
  checkList(value.exportSettings, `${path}.exportSettings`, issues, (item, p) => {
    if (!checkSchema(ExportSettingsSeedSchema, item, p, issues)) return;
    const cron = (item as { cronExpression?: string }).cronExpression;
    const problem = cron === undefined ? undefined : cronProblem(cron);
    if (problem !== undefined) issues.push({ path: `${p}.cronExpression`, message: problem });
  });
  if (value.fetchFileConfig !== undefined && checkSchema(FetchFileSeedSchema, value.fetchFileConfig, `${path}.fetchFileConfig`, issues))
    for (const item of fetchConfigProblems(value.fetchFileConfig as z.infer<typeof FetchFileSeedSchema>)) issues.push({ path: `${path}.fetchFileConfig.${item.field}`, message: item.message });
  return issues;
}

/**
 * Checks the `inventory` part of seed data (tenant id → tenant seed); returns every issue found.
 * @see docs/seed-format.md
 */
export function validateInventorySeed(value: unknown, path = "inventory"): SeedIssue[] {
  if (!isObject(value)) return [{ path, message: "must be an object of tenant id → tenant inventory seed" }];
  return Object.entries(value).flatMap(([tenant, seed]) =>
    /^[1-9]\d*$/.test(tenant)
      ? validateTenantInventorySeed(seed, `${path}.${tenant}`)
      : [{ path: `${path}.${tenant}`, message: "keys must be tenant ids (positive integers)" }],
  );
}

/** Renders issues as one message, one issue a line (at most `limit`, then a count of the rest). */
export function formatSeedIssues(issues: readonly SeedIssue[], limit = 20): string {
  const lines = issues.slice(0, limit).map((i) => `  ${i.path}: ${i.message}`);
  if (issues.length > limit) lines.push(`  … and ${issues.length - limit} more`);
  return `Invalid seed:\n${lines.join("\n")}`;
}
