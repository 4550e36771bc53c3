// Request body of adjustFutureDate.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { baseRequestShape, KiboDateTimeSchema } from "./fields.js";

type Schemas = components["schemas"];

/** Body of `adjustFutureDate`: the record's new delivery date. */
export const AdjustFutureDateRequestSchema = z.object({
  futureDate: KiboDateTimeSchema,
  ...baseRequestShape,
});

const _adjustFutureDate: SchemaMatches<typeof AdjustFutureDateRequestSchema, Schemas["AdjustFutureDateRequest"]> = true;
