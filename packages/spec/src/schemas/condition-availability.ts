// Request body of createConditionAvailability (modelled: Kibo publishes no contract).
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { ItemConditionSchema } from "./fields.js";

type Schemas = components["schemas"];

/** Body of `createConditionAvailability`: whether stock in one condition counts as available. */
export const ConditionAvailabilityRequestSchema = z.object({
  condition: ItemConditionSchema,
  includeInAvailable: z.boolean(),
});

const _conditionAvailability: SchemaMatches<
  typeof ConditionAvailabilityRequestSchema,
  Schemas["ConditionAvailabilityRequest"]
> = true;
