// Request bodies of the reference server's own controls (openapi/mock-controls.yaml).
import * as z from "zod/mini";
import type { components } from "../generated/mock-controls.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Body of `seedState`. Kept open here; the reference server validates the seed format itself. */
export const SeedDocumentSchema = z.record(z.string(), z.unknown());

/** Body of `restoreState`: a snapshot from `getSnapshot`, treated as opaque. */
export const SnapshotSchema = z.record(z.string(), z.unknown());

/** The clock's range: years 0000–9999, about ±3.16e14 ms around 1970 (see the contract). */
const CLOCK_SPAN_MS = 315_569_519_999_999;

/**
 * Body of `setClock`: `{ now }`, `{ advanceMs }` (negative moves back) or both (set, then move).
 * Either must keep the clock within years 0000–9999; the server checks the result.
 */
export const ClockRequestSchema = z
  .strictObject({
    now: z.exactOptional(z.iso.datetime({ offset: true, error: "now must be an ISO 8601 date-time" })),
    advanceMs: z.exactOptional(
      z
        .int("advanceMs must be a whole number of milliseconds")
        .check(
          z.minimum(-CLOCK_SPAN_MS, "advanceMs moves the clock out of its range (years 0000–9999)"),
          z.maximum(CLOCK_SPAN_MS, "advanceMs moves the clock out of its range (years 0000–9999)"),
        ),
    ),
  })
  .check(
    z.refine((change) => change.now !== undefined || change.advanceMs !== undefined, {
      error: "give now (ISO 8601) and/or advanceMs",
    }),
  );

/** Body of `injectFault`: how the next `times` calls of one operation misbehave. */
export const FaultRequestSchema = z
  .strictObject({
    operationId: z.string("operationId must be a string").check(z.minLength(1, "operationId must not be empty")),
    times: z.exactOptional(
      z
        .int("times must be a whole number")
        .check(z.minimum(1, "times must be at least 1"), z.maximum(2_147_483_647, "times must be a 32-bit integer")),
    ),
    latencyMs: z.exactOptional(
      z
        .int("latencyMs must be a whole number")
        .check(
          z.minimum(0, "latencyMs must not be negative"),
          z.maximum(2_147_483_647, "latencyMs must be at most 2147483647 (about 24.8 days, the longest timer)"),
        ),
    ),
    status: z.exactOptional(
      z.int().check(z.minimum(400, "status must be an error status"), z.maximum(599, "status must be an error status")),
    ),
    retryAfter: z.exactOptional(
      z
        .int()
        .check(
          z.minimum(0, "retryAfter must not be negative"),
          z.maximum(2_147_483_647, "retryAfter must be a 32-bit integer"),
        ),
    ),
    networkError: z.exactOptional(z.boolean()),
  })
  .check(
    z.refine((fault) => fault.latencyMs !== undefined || fault.status !== undefined || fault.networkError === true, {
      error: "give at least one of latencyMs, status or networkError",
    }),
    z.refine((fault) => !(fault.status !== undefined && fault.networkError === true), {
      error: "status and networkError exclude each other",
      path: ["networkError"],
    }),
    z.refine((fault) => fault.retryAfter === undefined || fault.status !== undefined, {
      error: "retryAfter needs a status",
      path: ["retryAfter"],
    }),
  );

const _seed: SchemaMatches<typeof SeedDocumentSchema, Schemas["SeedDocument"]> = true;
const _snapshot: SchemaMatches<typeof SnapshotSchema, Schemas["Snapshot"]> = true;
const _clockRequest: SchemaMatches<typeof ClockRequestSchema, Schemas["ClockRequest"]> = true;
const _fault: SchemaMatches<typeof FaultRequestSchema, Schemas["FaultRequest"]> = true;
