import { RisGraphqlRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../http/route.js";
import { tenantInventory } from "../operations/shared/tenant-inventory.js";
import { executeRis } from "./execute.js";

/**
 * operationId `postRealtimeInventoryGraphql` — `POST /commerce/realtime-inventory/graphql`
 * (modelled): runs a GraphQL document against the availability schema the SDK relies on. GraphQL
 * errors answer 200 with `errors` (see `execute.ts`); a body that is not a GraphQL request is 400.
 */
export const postRealtimeInventoryGraphql: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(RisGraphqlRequestSchema);
  const context = { state: tenantInventory(ctx), now: ctx.server.clock.nowMs() };
  return ctx.json(await executeRis(body, context));
};
