import type { InventoryErrorCode } from "@kibo-inventory/engine";
import type { KiboErrorCode } from "@kibo-inventory/spec";

/**
 * The one table from domain error codes to HTTP status + Kibo `errorCode` (DESIGN.md §3), and the
 * builder for Kibo's error body. Engine and server errors carry string codes only; anything
 * thrown with a code missing from this table — or with no code — becomes 500 INTERNAL_ERROR with
 * a generic message (no stack, no internal message).
 *
 * A new engine error code fails `tsc` until it has a line in `ENGINE_ERRORS`; codes only the
 * server raises go in `SERVER_ERRORS`.
 */
export interface ErrorMapping {
  readonly status: number;
  readonly errorCode: KiboErrorCode;
}

/** Every engine error code (`InventoryErrorCode`) with its HTTP status and Kibo code. */
export type EngineErrorTable = Readonly<Record<InventoryErrorCode, ErrorMapping>>;

// Order matters for `errorCodeForStatus` (the first code of a status wins): `not_found` before
// `location_not_found`.
const ENGINE_ERRORS = {
  validation_failed: { status: 400, errorCode: "VALIDATION_ERROR" },
  limit_exceeded: { status: 400, errorCode: "VALIDATION_ERROR" },
  location_not_inventory_enabled: { status: 400, errorCode: "VALIDATION_ERROR" },
  not_found: { status: 404, errorCode: "NOT_FOUND" },
  location_not_found: { status: 404, errorCode: "LOCATION_NOT_FOUND" },
  conflict: { status: 409, errorCode: "CONFLICT" },
  name_taken: { status: 409, errorCode: "JOB_ALREADY_EXISTS" },
} as const satisfies EngineErrorTable;

/** Codes only the server raises (auth, routing, bodies, jobs, faults); none reuses an engine code. */
const SERVER_ERRORS = {
  malformed_json: { status: 400, errorCode: "VALIDATION_ERROR" },
  unauthorized: { status: 401, errorCode: "UNAUTHORIZED" },
  forbidden: { status: 403, errorCode: "FORBIDDEN" },
  item_not_found: { status: 404, errorCode: "ITEM_NOT_FOUND" },
  job_not_found: { status: 404, errorCode: "NOT_FOUND" },
  method_not_allowed: { status: 405, errorCode: "METHOD_NOT_ALLOWED" },
  job_already_exists: { status: 409, errorCode: "JOB_ALREADY_EXISTS" },
  payload_too_large: { status: 413, errorCode: "PAYLOAD_TOO_LARGE" },
  unsupported_media_type: { status: 415, errorCode: "UNSUPPORTED_MEDIA_TYPE" },
  rate_limited: { status: 429, errorCode: "RATE_LIMITED" },
  internal_error: { status: 500, errorCode: "INTERNAL_ERROR" },
  not_implemented: { status: 501, errorCode: "NOT_IMPLEMENTED" },
} as const satisfies Readonly<Record<string, ErrorMapping>> & { readonly [K in InventoryErrorCode]?: never };

/** A code only the server raises. */
export type ServerErrorCode = keyof typeof SERVER_ERRORS;

/** Engine codes, then server codes. To map a new error, add one line to one of the two tables. */
export const ERROR_TABLE = { ...ENGINE_ERRORS, ...SERVER_ERRORS } as const;

/** A code that `ERROR_TABLE` maps. */
export type ErrorCode = keyof typeof ERROR_TABLE;

/** One entry of Kibo's `items` list: which field (and which array element) was wrong. */
export interface KiboErrorItem {
  /** Index of the offending element in the first array on the field's path (e.g. 3 for `items[3].quantity`). */
  index?: number;
  field: string;
  code: string;
  message: string;
}

export interface KiboErrorData {
  name: string;
  value: string;
}

/** Which Kibo application answers: the Inventory API, or the Commerce API (orders, carts, returns). */
export type ApplicationName = "Inventory" | "Commerce";

/** Kibo's platform error body. */
export interface KiboErrorBody {
  message: string;
  errorCode: string;
  applicationName: ApplicationName;
  correlationId: string;
  additionalErrorData: KiboErrorData[];
  items: KiboErrorItem[];
}

export interface MockHttpErrorInit {
  items?: KiboErrorItem[];
  additionalErrorData?: KiboErrorData[];
  /** Extra response headers (e.g. `Retry-After`). */
  headers?: Record<string, string>;
}

/** An error raised by the server's own plumbing (auth, routing, body parsing, validation). */
export class MockHttpError extends Error {
  override readonly name = "MockHttpError";
  readonly code: ErrorCode;
  readonly items: KiboErrorItem[];
  readonly additionalErrorData: KiboErrorData[];
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, init: MockHttpErrorInit = {}) {
    super(message);
    this.code = code;
    this.items = init.items ?? [];
    this.additionalErrorData = init.additionalErrorData ?? [];
    this.headers = init.headers ?? {};
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const hasOwn = (table: object, key: string): key is ErrorCode => Object.hasOwn(table, key);

/** Looks up a code; undefined when the table does not know it. */
export function errorMappingFor(code: string): ErrorMapping | undefined {
  return hasOwn(ERROR_TABLE, code) ? ERROR_TABLE[code] : undefined;
}

/**
 * The error code for a bare status (injected faults), kept within the spec's `KiboErrorCode`
 * enum: the table's first code for that status, else INTERNAL_ERROR (5xx) or VALIDATION_ERROR.
 */
export function errorCodeForStatus(status: number): string {
  const match = Object.values(ERROR_TABLE).find((entry) => entry.status === status);
  return match?.errorCode ?? (status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR");
}

function toItems(value: unknown): KiboErrorItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => {
    const out: KiboErrorItem = {
      field: typeof item.field === "string" ? item.field : "",
      code: typeof item.code === "string" ? item.code : "INVALID",
      message: typeof item.message === "string" ? item.message : "invalid value",
    };
    if (typeof item.index === "number") out.index = item.index;
    return out;
  });
}

function toAdditionalData(error: Record<string, unknown>): KiboErrorData[] {
  if (Array.isArray(error.additionalErrorData)) {
    return error.additionalErrorData
      .filter(isRecord)
      .map((entry) => ({ name: String(entry.name), value: String(entry.value) }));
  }
  // Domain errors carry readonly details; surface them as name/value pairs.
  if (isRecord(error.details) && !Array.isArray(error.details)) {
    return Object.entries(error.details).map(([name, value]) => ({
      name,
      value: typeof value === "string" ? value : JSON.stringify(value) ?? "",
    }));
  }
  return [];
}

export interface ErrorResponseParts {
  status: number;
  body: KiboErrorBody;
  headers: Record<string, string>;
}

/**
 * Maps anything thrown to a status, Kibo's error body and extra headers. Never exposes stacks.
 * `applicationName` is the answering API's ("Commerce" on the order side).
 */
export function describeError(error: unknown, correlationId: string, applicationName: ApplicationName = "Inventory"): ErrorResponseParts {
  const code = isRecord(error) && typeof error.code === "string" ? error.code : undefined;
  const mapping = code === undefined ? undefined : errorMappingFor(code);
  if (!mapping || !isRecord(error)) {
    return {
      status: 500,
      headers: {},
      body: kiboErrorBody("INTERNAL_ERROR", "The server failed to process the request.", correlationId, { applicationName }),
    };
  }
  const message = typeof error.message === "string" && error.message !== "" ? error.message : mapping.errorCode;
  const headers = isRecord(error.headers) ? Object.fromEntries(Object.entries(error.headers).map(([k, v]) => [k, String(v)])) : {};
  return {
    status: mapping.status,
    headers,
    body: kiboErrorBody(mapping.errorCode, message, correlationId, {
      // A thrown engine error (QuantityRangeError) carries engine details instead of items.
      items: error.items === undefined ? toItems(error.details).map((i) => ({ ...i, code: i.code.toUpperCase() })) : toItems(error.items),
      additionalErrorData: toAdditionalData(error),
      applicationName,
    }),
  };
}

/** Builds Kibo's error body. */
export function kiboErrorBody(
  errorCode: string,
  message: string,
  correlationId: string,
  extra: { items?: KiboErrorItem[]; additionalErrorData?: KiboErrorData[]; applicationName?: ApplicationName } = {},
): KiboErrorBody {
  return {
    message,
    errorCode,
    applicationName: extra.applicationName ?? "Inventory",
    correlationId,
    additionalErrorData: extra.additionalErrorData ?? [],
    items: extra.items ?? [],
  };
}
