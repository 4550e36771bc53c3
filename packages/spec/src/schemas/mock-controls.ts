// Request bodies of the reference server's own controls (openapi/mock-controls.yaml).
import * as z from "zod";
import type { components } from "../generated/mock-controls.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Body of `seedState`. Kept open here; the reference server validates the seed format itself. */
export const SeedDocumentSchema = z.record(z.string(), z.unknown());

/** Body of `restoreState`: a snapshot from `getSnapshot`, treated as opaque. */
export const SnapshotSchema = z.record(z.string(), z.unknown());

export const ClockSetSchema = z.object({
  now: z.iso.datetime({ offset: true, error: "now must be an ISO 8601 date-time" }),
});

export const ClockAdvanceSchema = z.object({
  advanceMs: z.int("advanceMs must be a whole number").min(0, "the clock only moves forward"),
});

/** Body of `setClock`: `{ now }` or `{ advanceMs }`. */
export const ClockRequestSchema = z.union([ClockSetSchema, ClockAdvanceSchema]);

/** Body of `injectFault`: how the next `times` calls of one operation misbehave. */
export const FaultRequestSchema = z
  .object({
    operationId: z.string().min(1, "operationId must not be empty"),
    times: z.int("times must be a whole number").min(1, "times must be at least 1"),
    latencyMs: z.int().min(0, "latencyMs must not be negative").exactOptional(),
    status: z.int().min(400, "status must be an error status").max(599, "status must be an error status").exactOptional(),
    retryAfter: z.int().min(0, "retryAfter must not be negative").exactOptional(),
    networkError: z.boolean().exactOptional(),
  })
  .refine((fault) => fault.latencyMs !== undefined || fault.status !== undefined || fault.networkError === true, {
    error: "give at least one of latencyMs, status or networkError",
  })
  .refine((fault) => !(fault.status !== undefined && fault.networkError === true), {
    error: "status and networkError exclude each other",
    path: ["networkError"],
  })
  .refine((fault) => fault.retryAfter === undefined || fault.status !== undefined, {
    error: "retryAfter needs a status",
    path: ["retryAfter"],
  });

const _seed: SchemaMatches<typeof SeedDocumentSchema, Schemas["SeedDocument"]> = true;
const _snapshot: SchemaMatches<typeof SnapshotSchema, Schemas["Snapshot"]> = true;
const _clockSet: SchemaMatches<typeof ClockSetSchema, Schemas["ClockSet"]> = true;
const _clockAdvance: SchemaMatches<typeof ClockAdvanceSchema, Schemas["ClockAdvance"]> = true;
const _clockRequest: SchemaMatches<typeof ClockRequestSchema, Schemas["ClockRequest"]> = true;
const _fault: SchemaMatches<typeof FaultRequestSchema, Schemas["FaultRequest"]> = true;
