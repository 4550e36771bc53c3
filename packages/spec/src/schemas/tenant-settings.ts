// Body of the reference server's `updateTenantSettings` control (openapi/mock-controls.yaml).
import * as z from "zod/mini";
import type { components } from "../generated/mock-controls.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

const limit = (name: string) =>
  z.int(`${name} must be a whole number`).check(z.minimum(1, `${name} must be at least 1`));

/** Body of `updateTenantSettings`: the settings to change, at least one; unknown fields are refused. */
export const TenantSettingsUpdateSchema = z
  .strictObject({
    tagsEnabled: z.exactOptional(z.boolean()),
    granularFieldsEnabled: z.exactOptional(z.boolean()),
    expirationEnabled: z.exactOptional(z.boolean()),
    conditionAvailabilityEnabled: z.exactOptional(z.boolean()),
    quantitySetsAvailable: z.exactOptional(z.boolean()),
    pendingOnShortfall: z.exactOptional(z.boolean()),
    tagCategoryLimit: z.exactOptional(limit("tagCategoryLimit")),
    totalTagLimit: z.exactOptional(limit("totalTagLimit")),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, { error: "give at least one setting to change" }));

const _update: SchemaMatches<typeof TenantSettingsUpdateSchema, Schemas["TenantSettingsUpdate"]> = true;
