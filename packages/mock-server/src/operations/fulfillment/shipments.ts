/**
 * The Fulfillment API's shipments (D19): `GET /commerce/shipments/{shipmentNumber}` and
 * `PUT …/fulfilled`, which ships every unit of a READY shipment (its allocation becomes an onHand
 * deduction in the records the units came from); a BACKORDER, FULFILLED or CANCELED shipment is 409.
 */
import { findShipment, fulfillShipment as fulfillShipmentCommand, getShipment, liveOrder } from "@kibo-inventory/engine";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { badRequest, notFound } from "../../mapping/engine-errors.js";
import { fulfillmentShipmentToWire } from "../orders/order-wire.js";
import { commerceCommit, commerceRead, commerceState } from "../shared/commerce.js";

function shipmentNumber(ctx: TenantRouteContext): number {
  const raw = ctx.params.shipmentNumber ?? "";
  if (!/^\d{1,9}$/.test(raw)) throw badRequest("shipmentNumber must be a whole number", "shipmentNumber");
  return Number(raw);
}

/** GET /commerce/shipments/{shipmentNumber}. */
export const getShipmentForFulfillment: TenantRouteHandler = (ctx) => {
  const state = commerceState(ctx);
  const number = shipmentNumber(ctx);
  const shipment = commerceRead(getShipment(state, number));
  const found = findShipment(state, number);
  if (found === undefined) throw notFound(`Shipment ${number} not found`, "shipmentNumber");
  return ctx.json(fulfillmentShipmentToWire(shipment, liveOrder(state, found.order)));
};

/** PUT /commerce/shipments/{shipmentNumber}/fulfilled. */
export const fulfillShipment: TenantRouteHandler = (ctx) => {
  const number = shipmentNumber(ctx);
  const { value } = commerceCommit(ctx, (state, now) => fulfillShipmentCommand(state, number, now));
  return ctx.json(fulfillmentShipmentToWire(value.shipment, value.order));
};
