// Request body of the Real-Time Inventory Service GraphQL endpoint (modelled).
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Body of `postRealtimeInventoryGraphql`: a GraphQL document and its variables. */
export const RisGraphqlRequestSchema = z.object({
  query: z.string().min(1, "query must not be empty"),
  variables: z.record(z.string(), z.unknown()).nullable().exactOptional(),
  operationName: z.string().nullable().exactOptional(),
});

const _risGraphqlRequest: SchemaMatches<typeof RisGraphqlRequestSchema, Schemas["RisGraphqlRequest"]> = true;
