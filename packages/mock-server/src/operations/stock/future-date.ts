/**
 * adjustFutureDate (D18): moves one future inventory record to another delivery date. A date
 * already reached makes the units current stock at once (pending units there are released).
 * Answers a `JobQueueResponse`-shaped body (status SUCCESS; no job is queued, so no `jobID`).
 */
import { moveFutureDate } from "@kibo-inventory/engine";
import { AdjustFutureDateRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import { isoFromEpoch, wireDateToIso } from "../../mapping/dates.js";
import { badRequest } from "../../mapping/engine-errors.js";
import { commit, nowMs } from "../shared/context.js";

/** `adjustFutureDate` — 404 ITEM_NOT_FOUND for an unknown `futureInventoryID`, 400 for a bad id or date. */
export const adjustFutureDate: TenantRouteHandler = async (ctx) => {
  const raw = ctx.params.futureInventoryID ?? "";
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw badRequest(`futureInventoryID must be a positive integer, got ${JSON.stringify(raw)}`, "futureInventoryID", "INVALID_TYPE");
  }
  const body = await ctx.body(AdjustFutureDateRequestSchema);
  const date = wireDateToIso(body.futureDate);
  if (date === undefined) throw badRequest("futureDate is not a valid date-time", "futureDate", "INVALID_DATE");
  const { value: moved } = commit(ctx, (state, now) => moveFutureDate(state, Number(raw), date, now), {
    fieldNames: { futureDate: "futureDate" },
    notFound: "item_not_found",
  });
  const at = isoFromEpoch(nowMs(ctx));
  return ctx.json({
    tenantID: ctx.tenant.id,
    locationCode: moved.locationCode,
    status: "SUCCESS",
    added: at,
    started: at,
    finished: at,
    itemCount: 1,
    hasData: true,
    success: true,
    messages: [`future inventory ${moved.futureInventoryId} (${moved.upc} at ${moved.locationCode}) now expected ${moved.deliveryDate}`],
  });
};
