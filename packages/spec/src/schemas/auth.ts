// Request body of the OAuth ticket exchange (oauthAuthenticateApp).
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";

type Schemas = components["schemas"];

/** Client credentials, plus the previous ticket's `refresh_token` when refreshing. */
export const OAuthTicketRequestSchema = z.object({
  client_id: z.string().check(z.minLength(1, "client_id is required")),
  client_secret: z.string().check(z.minLength(1, "client_secret is required")),
  grant_type: z.literal("client_credentials", 'grant_type must be "client_credentials"'),
  refresh_token: z.exactOptional(z.string()),
});

const _oauthTicketRequest: SchemaMatches<typeof OAuthTicketRequestSchema, Schemas["OAuthTicketRequest"]> = true;
