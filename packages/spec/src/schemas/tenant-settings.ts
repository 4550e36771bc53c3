// Body of the reference server's `updateTenantSettings` control (openapi/mock-controls.yaml).
import * as z from "zod";
import type { components } from "../generated/mock-controls.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

const limit = (name: string) => z.int(`${name} must be a whole number`).min(1, `${name} must be at least 1`);

/** Body of `updateTenantSettings`: the settings to change, at least one; unknown fields are refused. */
export const TenantSettingsUpdateSchema = z
  .strictObject({
    tagsEnabled: z.boolean().exactOptional(),
    granularFieldsEnabled: z.boolean().exactOptional(),
    expirationEnabled: z.boolean().exactOptional(),
    conditionAvailabilityEnabled: z.boolean().exactOptional(),
    quantitySetsAvailable: z.boolean().exactOptional(),
    pendingOnShortfall: z.boolean().exactOptional(),
    tagCategoryLimit: limit("tagCategoryLimit").exactOptional(),
    totalTagLimit: limit("totalTagLimit").exactOptional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { error: "give at least one setting to change" });

const _update: SchemaMatches<typeof TenantSettingsUpdateSchema, Schemas["TenantSettingsUpdate"]> = true;
