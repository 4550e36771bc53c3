import { isObject } from "../internal/is-object.js";
import { parseRetryAfter } from "../internal/retry-after.js";
import type { ApiErrorData, ApiErrorInit, ApiErrorItem, InventoryApiError } from "./api-error.js";
import { InventoryAuthError } from "./auth-error.js";
import { InventoryConflictError } from "./conflict-error.js";
import type { RequestTarget } from "./inventory-error.js";
import { InventoryNotFoundError } from "./not-found-error.js";
import { InventoryRateLimitError } from "./rate-limit-error.js";
import { UnknownApiError } from "./unknown-api-error.js";
import { InventoryValidationError } from "./validation-error.js";

type ApiErrorClass = new (init: ApiErrorInit) => InventoryApiError;

const byStatus: Record<number, ApiErrorClass> = {
  400: InventoryValidationError,
  401: InventoryAuthError,
  403: InventoryAuthError,
  404: InventoryNotFoundError,
  409: InventoryConflictError,
};

/** Kibo error codes (DESIGN §3) and the status they stand for, for answers whose status says less. */
const statusOfCode: Record<string, number> = {
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ITEM_NOT_FOUND: 404,
  LOCATION_NOT_FOUND: 404,
  CONFLICT: 409,
  JOB_ALREADY_EXISTS: 409,
  RATE_LIMITED: 429,
};

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function parseItems(value: unknown): ApiErrorItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((raw) => ({
    index: typeof raw.index === "number" ? raw.index : undefined,
    field: str(raw.field),
    code: str(raw.code),
    message: str(raw.message) ?? "invalid",
  }));
}

function parseAdditional(value: unknown): ApiErrorData[] {
  return Array.isArray(value) ? value.filter(isObject).map((d) => ({ name: String(d.name ?? ""), value: d.value })) : [];
}

/** Extracts a message from `message` (string, or a BaseResponse `{messages}`), `messages`, `error`, or the status (text bodies stay in `body`). */
function pickMessage(body: unknown, response: Response): string {
  const obj = isObject(body) ? body : {};
  const inner = isObject(obj.message) ? obj.message.messages : obj.messages;
  return (
    str(obj.message) ??
    (Array.isArray(inner) && inner.length > 0 ? inner.join("; ") : undefined) ??
    str(obj.error) ??
    `Request failed with status ${response.status}`
  );
}

/**
 * Maps an error response and its body to the matching {@link InventoryApiError} subclass
 * (by status, then by Kibo `errorCode`, falling back to {@link UnknownApiError}).
 *
 * Accepts Kibo's platform shape `{message, errorCode, items, additionalErrorData, correlationId}`
 * and the inventory service's `{error, message}` shape; any other body (text, empty) still
 * yields an error carrying the status.
 *
 * @example
 * const res = await fetch(url);
 * if (!res.ok) throw fromProblem(res, await res.json().catch(() => undefined), { method: "GET", url });
 * @see packages/sdk/README.md
 */
export function fromProblem(response: Response, body: unknown, target: RequestTarget = {}): InventoryApiError {
  const obj = isObject(body) ? body : {};
  const errorCode = str(obj.errorCode) ?? str(obj.code);
  const init: ApiErrorInit = {
    status: response.status,
    message: pickMessage(body, response),
    errorCode,
    items: parseItems(obj.items),
    additionalErrorData: parseAdditional(obj.additionalErrorData),
    correlationId: response.headers.get("x-vol-correlation") ?? undefined,
    method: target.method,
    url: target.url ?? (response.url || undefined),
    body,
  };
  const status = byStatus[response.status] || response.status === 429 ? response.status : (statusOfCode[errorCode ?? ""] ?? response.status);
  if (status === 429) {
    const ms = parseRetryAfter(response.headers.get("retry-after"), Date.now());
    return new InventoryRateLimitError({ ...init, retryAfter: ms === undefined ? undefined : Math.ceil(ms / 1000) });
  }
  const Class = byStatus[status] ?? UnknownApiError;
  return new Class(init);
}
