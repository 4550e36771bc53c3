import { describe, expect, it } from "vitest";
import { json } from "../testing/fetch-spy.js";
import { rememberTarget } from "../internal/request-info.js";
import { getCorrelationId, unwrap } from "../unwrap.js";
import { InventoryApiError } from "./api-error.js";
import { InventoryAuthError } from "./auth-error.js";
import { InventoryConflictError } from "./conflict-error.js";
import { fromProblem } from "./from-problem.js";
import {
  isInventoryApiError,
  isInventoryAuthError,
  isInventoryConflictError,
  isInventoryError,
  isInventoryNotFoundError,
  isInventoryRateLimitError,
  isInventoryValidationError,
  isNetworkError,
  isPayloadError,
  isTimeoutError,
  isUnknownApiError,
} from "./guards.js";
import { InventoryError } from "./inventory-error.js";
import { NetworkError } from "./network-error.js";
import { InventoryNotFoundError } from "./not-found-error.js";
import { PayloadError } from "./payload-error.js";
import { InventoryRateLimitError } from "./rate-limit-error.js";
import { TimeoutError } from "./timeout-error.js";
import { UnknownApiError } from "./unknown-api-error.js";
import { InventoryValidationError } from "./validation-error.js";

const target = { method: "POST", url: "https://t1.sandbox.mozu.com/api/commerce/inventory/v5/inventory/refresh" };

describe("fromProblem", () => {
  it.each([
    [400, InventoryValidationError],
    [401, InventoryAuthError],
    [403, InventoryAuthError],
    [404, InventoryNotFoundError],
    [409, InventoryConflictError],
    [429, InventoryRateLimitError],
    [500, UnknownApiError],
    [501, UnknownApiError],
    [418, UnknownApiError],
  ])("maps status %i to %s", (status, Class) => {
    const error = fromProblem(json({ message: "nope" }, { status }), { message: "nope" }, target);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(InventoryApiError);
    expect(error).toBeInstanceOf(InventoryError);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
  });

  it("reads Kibo's platform shape and describes the request", () => {
    const body = {
      message: "Validation failed",
      errorCode: "VALIDATION_ERROR",
      applicationName: "Inventory",
      correlationId: "body-corr",
      additionalErrorData: [{ name: "limit", value: 12000 }],
      items: [{ index: 2, field: "items[2].quantity", code: "NEGATIVE", message: "must be ≥ 0" }],
    };
    const error = fromProblem(json(body, { status: 400, headers: { "x-vol-correlation": "hdr-corr" } }), body, target);
    expect(error.message).toBe(`Validation failed: POST ${target.url}`);
    expect(error.serverMessage).toBe("Validation failed");
    expect(error.errorCode).toBe("VALIDATION_ERROR");
    expect(error.correlationId).toBe("hdr-corr");
    expect(error.method).toBe("POST");
    expect(error.url).toBe(target.url);
    expect(error.items).toEqual([{ index: 2, field: "items[2].quantity", code: "NEGATIVE", message: "must be ≥ 0" }]);
    expect(error.additionalErrorData).toEqual([{ name: "limit", value: 12000 }]);
    expect(error.body).toBe(body);
  });

  it("reads the inventory service's {error, message} shape, incl. a BaseResponse message", () => {
    const a = fromProblem(new Response("", { status: 404 }), { error: "Not Found", message: "Future inventory 7 not found" }, target);
    expect(a).toBeInstanceOf(InventoryNotFoundError);
    expect(a.serverMessage).toBe("Future inventory 7 not found");
    const b = fromProblem(new Response("", { status: 500 }), { error: "Internal", message: { messages: ["boom", "bang"] } }, target);
    expect(b.serverMessage).toBe("boom; bang");
    const c = fromProblem(new Response("", { status: 500 }), { error: "Internal Server Error" }, target);
    expect(c.serverMessage).toBe("Internal Server Error");
  });

  it("tolerates malformed additionalErrorData, text and empty bodies", () => {
    const a = fromProblem(new Response("", { status: 400 }), { message: "x", additionalErrorData: "not-a-list" });
    expect(a.additionalErrorData).toEqual([]);
    const t = fromProblem(new Response("", { status: 502 }), "<html>Bad gateway</html>", target);
    expect(t.body).toBe("<html>Bad gateway</html>");
    expect(t).toBeInstanceOf(UnknownApiError);
    const b = fromProblem(new Response("", { status: 502, statusText: "Bad Gateway" }), "", target);
    expect(b.serverMessage).toBe("Request failed with status 502");
    expect(b.correlationId).toBeUndefined();
  });

  it("maps by errorCode when the status says nothing, and reads Retry-After on 429", () => {
    expect(fromProblem(new Response("", { status: 200 }), { errorCode: "JOB_ALREADY_EXISTS" })).toBeInstanceOf(InventoryConflictError);
    const limited = fromProblem(new Response("", { status: 429, headers: { "retry-after": "7" } }), { errorCode: "RATE_LIMITED" });
    expect(limited).toBeInstanceOf(InventoryRateLimitError);
    expect((limited as InventoryRateLimitError).retryAfter).toBe(7);
  });
});

describe("guards", () => {
  const api = new InventoryValidationError({ status: 400, message: "bad" });
  const payload = new PayloadError([{ path: ["items", 0, "lotCode"], code: "too_long", message: "too long" }]);

  it("recognise each class and reject others", () => {
    expect(isInventoryApiError(api)).toBe(true);
    expect(isInventoryValidationError(api)).toBe(true);
    expect(isInventoryError(api)).toBe(true);
    expect(isInventoryAuthError(api)).toBe(false);
    expect(isInventoryNotFoundError(new InventoryNotFoundError({ status: 404, message: "x" }))).toBe(true);
    expect(isInventoryConflictError(new InventoryConflictError({ status: 409, message: "x" }))).toBe(true);
    expect(isInventoryRateLimitError(new InventoryRateLimitError({ status: 429, message: "x" }))).toBe(true);
    expect(isUnknownApiError(new UnknownApiError({ status: 500, message: "x" }))).toBe(true);
    expect(isNetworkError(new NetworkError({ cause: new TypeError("fetch failed") }))).toBe(true);
    expect(isTimeoutError(new TimeoutError({ timeout: 5 }))).toBe(true);
    expect(isPayloadError(payload)).toBe(true);
  });

  it("payload errors are not HTTP-lifecycle errors", () => {
    expect(payload).not.toBeInstanceOf(InventoryError);
    expect(isInventoryError(payload)).toBe(false);
    expect(isInventoryApiError(payload)).toBe(false);
  });

  it("work across realms (no shared prototype) by name and brand", () => {
    const foreign = Object.assign(Object.create(null), { name: "InventoryNotFoundError", status: 404, [Symbol.for("@kibo-inventory/sdk.error")]: true });
    expect(foreign instanceof InventoryApiError).toBe(false);
    expect(isInventoryNotFoundError(foreign)).toBe(true);
    expect(isInventoryApiError(foreign)).toBe(true);
  });

  it("do not mistake look-alikes for SDK errors", () => {
    expect(isTimeoutError(new DOMException("timed out", "TimeoutError"))).toBe(false);
    expect(isInventoryApiError({ name: "InventoryApiError" })).toBe(false);
    expect(isInventoryApiError(null)).toBe(false);
    expect(isInventoryApiError("InventoryApiError")).toBe(false);
  });
});

describe("NetworkError and TimeoutError", () => {
  it("carry the cause and the request", () => {
    const cause = new TypeError("fetch failed");
    const error = new NetworkError({ ...target, cause });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(`Network error (fetch failed): POST ${target.url}`);
    expect(new TimeoutError({ ...target, timeout: 50 }).message).toBe(`Request timed out after 50 ms: POST ${target.url}`);
  });
});

describe("unwrap", () => {
  it("returns data of a 2xx result", async () => {
    await expect(unwrap(Promise.resolve({ data: { jobID: 3 }, response: json({ jobID: 3 }) }))).resolves.toEqual({ jobID: 3 });
  });

  it("throws the typed error with the request the transport remembered", async () => {
    const response = json({ message: "Location WH9 not found", errorCode: "LOCATION_NOT_FOUND" }, { status: 404, headers: { "x-vol-correlation": "c-404" } });
    rememberTarget(response, target);
    const error = await unwrap(Promise.resolve({ error: { message: "Location WH9 not found", errorCode: "LOCATION_NOT_FOUND" }, response })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InventoryNotFoundError);
    expect((error as InventoryNotFoundError).message).toBe(`Location WH9 not found: POST ${target.url}`);
    expect((error as InventoryNotFoundError).correlationId).toBe("c-404");
    expect(getCorrelationId(error as InventoryNotFoundError)).toBe("c-404");
  });

  it("getCorrelationId reads results and responses", () => {
    const response = json({}, { headers: { "x-vol-correlation": "abc" } });
    expect(getCorrelationId(response)).toBe("abc");
    expect(getCorrelationId({ response })).toBe("abc");
  });
});
