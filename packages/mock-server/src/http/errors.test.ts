import { describe, expect, it } from "vitest";
import { describeError, ERROR_TABLE, errorCodeForStatus, MockHttpError } from "./errors.js";

describe("error mapping", () => {
  it("maps domain codes from the one table to status and Kibo's body", () => {
    const domainError = Object.assign(new Error("Location WH9 does not exist"), {
      code: "location_not_found",
      details: { locationCode: "WH9", attempt: 2 },
    });
    const parts = describeError(domainError, "c-1");
    expect(parts.status).toBe(404);
    expect(parts.body).toEqual({
      message: "Location WH9 does not exist",
      errorCode: "LOCATION_NOT_FOUND",
      applicationName: "Inventory",
      correlationId: "c-1",
      additionalErrorData: [
        { name: "locationCode", value: "WH9" },
        { name: "attempt", value: "2" },
      ],
      items: [],
    });
  });

  it.each([
    ["validation_failed", 400, "VALIDATION_ERROR"],
    ["unauthorized", 401, "UNAUTHORIZED"],
    ["forbidden", 403, "FORBIDDEN"],
    ["not_found", 404, "NOT_FOUND"],
    ["item_not_found", 404, "ITEM_NOT_FOUND"],
    ["conflict", 409, "CONFLICT"],
    ["method_not_allowed", 405, "METHOD_NOT_ALLOWED"],
    ["job_already_exists", 409, "JOB_ALREADY_EXISTS"],
    ["payload_too_large", 413, "PAYLOAD_TOO_LARGE"],
    ["unsupported_media_type", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["rate_limited", 429, "RATE_LIMITED"],
    ["not_implemented", 501, "NOT_IMPLEMENTED"],
  ])("%s → %i %s", (code, status, errorCode) => {
    expect(ERROR_TABLE[code as keyof typeof ERROR_TABLE]).toEqual({ status, errorCode });
    expect(describeError({ code, message: "m" }, "c").status).toBe(status);
  });

  it("turns unknown codes, plain errors and non-errors into a 500 without leaking anything", () => {
    for (const thrown of [new Error("db password is hunter2"), { code: "ENOENT", message: "/etc/secret" }, "boom", null, 42]) {
      const parts = describeError(thrown, "c-2");
      expect(parts.status).toBe(500);
      expect(parts.body.errorCode).toBe("INTERNAL_ERROR");
      expect(JSON.stringify(parts.body)).not.toMatch(/hunter2|secret|at .*\.ts|stack/);
    }
  });

  it("does not treat inherited properties as codes", () => {
    expect(describeError({ code: "toString" }, "c").status).toBe(500);
    expect(describeError({ code: "__proto__" }, "c").status).toBe(500);
  });

  it("keeps items and headers of server errors", () => {
    const error = new MockHttpError("rate_limited", "slow down", {
      items: [{ index: 3, field: "items[3].quantity", code: "TOO_SMALL", message: "≥ 0" }],
      headers: { "retry-after": "2" },
    });
    const parts = describeError(error, "c");
    expect(parts).toMatchObject({ status: 429, headers: { "retry-after": "2" } });
    expect(parts.body.items).toEqual([{ index: 3, field: "items[3].quantity", code: "TOO_SMALL", message: "≥ 0" }]);
  });

  it("names fault statuses with codes of the spec's list", () => {
    expect(errorCodeForStatus(429)).toBe("RATE_LIMITED");
    expect(errorCodeForStatus(503)).toBe("INTERNAL_ERROR");
    expect(errorCodeForStatus(418)).toBe("VALIDATION_ERROR");
  });
});
