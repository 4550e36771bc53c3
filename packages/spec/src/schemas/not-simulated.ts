// Bodies of the calls the reference server does not simulate (bins, silo configuration). Their
// shape is not modelled; any JSON object is accepted and the server answers 501.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Any JSON object. */
export const NotModeledBodySchema = z.record(z.string(), z.unknown());

const _notModeled: SchemaMatches<typeof NotModeledBodySchema, Schemas["NotModeledBody"]> = true;
