/**
 * A quicker yes for the commonest request bodies. `asIsCheck(schema)` derives from a zod schema a
 * check that answers `true` only for a parsed JSON body the schema accepts *and* would parse to an
 * equal value (same fields, same values; no unknown key to strip, no `__proto__` key for a record to
 * drop, nothing transformed) — so the body can be used as it is, without the schema building a copy
 * of it (12,000 items and tag maps for a full refresh, which the young-generation GC then has to
 * move). `false` means "don't know": the caller parses with the schema as usual, which gives the
 * answer and the issues.
 *
 * The check is built from the schema's own definition and models only a few plain node kinds
 * (objects, arrays, string→string records, strings, numbers, whole numbers, optional wrappers) with
 * the length bounds the request schemas use; any other node or check (a refinement, a transform, a
 * format) makes the node — and so every body that reaches it — fall back to the schema. A schema
 * that changes therefore never makes this accept what the schema would refuse.
 */

import { ownRecordValue } from "@kibo-inventory/spec";
import { util } from "zod/v4/core";

/** Answers whether `value` is accepted as it is. */
type Check = (value: unknown) => boolean;

/** The parts of a zod definition read here. */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly check?: string;
  readonly format?: string;
  readonly innerType?: ZodLike;
  readonly shape?: Readonly<Record<string, ZodLike>>;
  readonly catchall?: unknown;
  readonly element?: ZodLike;
  readonly keyType?: ZodLike;
  readonly valueType?: ZodLike;
}

interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
}

interface ZodLike {
  readonly _zod: { readonly def: Def };
}

const NEVER: Check = () => false;

/** Node kinds that, optional and absent, parse to absent (unlike a default, say). */
const ABSENT_STAYS_ABSENT = new Set(["string", "number", "boolean", "array", "record", "object", "enum", "literal"]);

function isZod(schema: unknown): schema is ZodLike {
  return typeof schema === "object" && schema !== null && "_zod" in schema;
}

/** Length bounds of a string or array node; `undefined` when it carries any other check. */
function lengthBounds(def: Def): { min: number; max: number } | undefined {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "min_length" && typeof c.minimum === "number") min = Math.max(min, c.minimum);
    else if (c.check === "max_length" && typeof c.maximum === "number") max = Math.min(max, c.maximum);
    else return undefined;
  }
  return { min, max };
}

/** Inclusive bounds of a number node; `undefined` when it carries any other check. */
function numberBounds(def: Def): { min: number; max: number } | undefined {
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (typeof c.value !== "number" || c.inclusive !== true) return undefined;
    if (c.check === "greater_than") min = Math.max(min, c.value);
    else if (c.check === "less_than") max = Math.min(max, c.value);
    else return undefined;
  }
  return { min, max };
}

/** A plain JSON object (as `JSON.parse` builds them). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function checkOf(schema: ZodLike): Check | undefined {
  const def = schema._zod.def;
  switch (def.type) {
    case "string": {
      const bounds = lengthBounds(def);
      if (bounds === undefined) return undefined;
      const { min, max } = bounds;
      if (min === 0 && max === Number.POSITIVE_INFINITY) return (v) => typeof v === "string";
      // zod measures strings in code points: between half the UTF-16 length and all of it.
      return (v) => {
        if (typeof v !== "string") return false;
        const units = v.length;
        if (units <= max && Math.ceil(units / 2) >= min) return true;
        const points = util.codePointLength(v);
        return points >= min && points <= max;
      };
    }
    case "number": {
      const bounds = numberBounds(def);
      if (bounds === undefined) return undefined;
      const { min, max } = bounds;
      if (def.check === undefined) return (v) => typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
      if (def.check === "number_format" && def.format === "safeint") return (v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
      return undefined;
    }
    case "array": {
      const bounds = lengthBounds(def);
      const element = def.element === undefined ? undefined : checkOf(def.element);
      if (bounds === undefined || element === undefined) return undefined;
      const { min, max } = bounds;
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case "record": {
      const key = def.keyType?._zod.def;
      const value = def.valueType?._zod.def;
      const plain = (d: Def | undefined) => d?.type === "string" && (d.checks ?? []).length === 0;
      if ((def.checks ?? []).length > 0 || !plain(key) || !plain(value)) return undefined;
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const k in v) if (k === "__proto__" || typeof v[k] !== "string") return false;
        return true;
      };
    }
    case "object":
      return objectCheck(def);
    case "custom": {
      // `ownRecord(z.string())` (a tag map): every own key kept, `__proto__` included, no copy.
      const value = ownRecordValue(schema)?._zod.def;
      if (value?.type !== "string" || (value.checks ?? []).length > 0) return undefined;
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const k of Object.keys(v)) if (typeof v[k] !== "string") return false;
        return true;
      };
    }
    default:
      return undefined;
  }
}

/** An object of known keys only (no catchall), each present one accepted, each absent one optional. */
function objectCheck(def: Def): Check | undefined {
  if (def.shape === undefined || def.catchall !== undefined || (def.checks ?? []).length > 0) return undefined;
  const fields = new Map<string, Check>();
  const required: string[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const fieldDef = field._zod.def;
    const optional = fieldDef.type === "optional";
    const inner = optional ? fieldDef.innerType : field;
    if (key === "__proto__") return undefined;
    const check = inner === undefined ? undefined : checkOf(inner);
    // A field the check cannot model (a date format, say) falls back whenever it is present; when
    // absent it must stay absent in the parse (no default filled in), hence the known kinds only.
    if (check === undefined && !(optional && inner !== undefined && ABSENT_STAYS_ABSENT.has(inner._zod.def.type))) return undefined;
    fields.set(key, check ?? NEVER);
    if (!optional) required.push(key);
  }
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const key of required) if (!Object.hasOwn(v, key)) return false;
    for (const key in v) {
      const check = fields.get(key);
      if (check === undefined || !check(v[key])) return false;
    }
    return true;
  };
}

const cache = new WeakMap<object, Check>();

/**
 * The check for `schema` (built once per schema); one that always answers `false` when the schema
 * is not zod or has a node it does not model. Only for bodies as `JSON.parse` builds them.
 * @example if (asIsCheck(RefreshRequestSchema)(raw)) use(raw as RefreshRequest);
 */
export function asIsCheck(schema: object): Check {
  let check = cache.get(schema);
  if (check === undefined) {
    check = (isZod(schema) ? checkOf(schema) : undefined) ?? NEVER;
    cache.set(schema, check);
  }
  return check;
}
