// Request body of the Real-Time Inventory Service GraphQL endpoint (modelled).
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Body of `postRealtimeInventoryGraphql`: a GraphQL document and its variables. */
export const RisGraphqlRequestSchema = z.object({
  query: z.string().check(z.minLength(1, "query must not be empty")),
  variables: z.exactOptional(z.nullable(z.record(z.string(), z.unknown()))),
  operationName: z.exactOptional(z.nullable(z.string())),
});

const _risGraphqlRequest: SchemaMatches<typeof RisGraphqlRequestSchema, Schemas["RisGraphqlRequest"]> = true;
