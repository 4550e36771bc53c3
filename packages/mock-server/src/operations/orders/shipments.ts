/**
 * An order's shipments and packages (D19): read a shipment, pack allocated units, ship packages
 * (`performFulfillmentAction` with `Ship`: their allocation becomes an onHand deduction). Pickups
 * and digital packages are not simulated (501).
 */
import {
  type CreatePackageInput,
  createPackage as createPackageCommand,
  getOrder as getOrderRead,
  type PackageItemInput,
  shipPackages,
} from "@kibo-inventory/engine";
import { commerceRequestBodySchemas } from "@kibo-inventory/spec";
import { MockHttpError } from "../../http/errors.js";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { extraFrom } from "../../mapping/commerce-items.js";
import { notFound } from "../../mapping/engine-errors.js";
import type { Mutable } from "../../mapping/mutable.js";
import { commerceCommit, commerceRead, commerceState, orderScope } from "../shared/commerce.js";
import { orderToWire, packageToWire, shipmentToWire } from "./order-wire.js";

const orderId = (ctx: TenantRouteContext): string => ctx.params.orderId ?? "";

/** GET /commerce/orders/{orderId}/shipments/{shipmentId} (the shipment's number). */
export const getShipment: TenantRouteHandler = (ctx) => {
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  const id = ctx.params.shipmentId ?? "";
  const shipment = order.shipments.find((s) => String(s.number) === id);
  if (shipment === undefined) throw notFound(`Shipment ${id} not found on order ${order.id}`, "shipmentId");
  return ctx.json(shipmentToWire(shipment, order));
};

/** POST /commerce/orders/{orderId}/packages: units of allocated items at one location (items by lineId or productCode). */
export const createPackage: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(commerceRequestBodySchemas.createPackage);
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  const items = body.items.map((item): PackageItemInput => {
    if (typeof item.lineId === "number") return { orderItemId: item.lineId, quantity: item.quantity };
    const match = order.items.find((i) => i.upc === item.productCode || (i.extra?.product as { productCode?: unknown } | undefined)?.productCode === item.productCode);
    return { orderItemId: match?.lineId ?? -1, quantity: item.quantity };
  });
  const input: Mutable<CreatePackageInput> = { items };
  if (body.fulfillmentLocationCode !== undefined) input.locationCode = body.fulfillmentLocationCode;
  const extra = extraFrom(body, new Set(["items", "fulfillmentLocationCode"]));
  if (extra !== undefined) input.extra = extra;
  const { value } = commerceCommit(ctx, (state, now) => createPackageCommand(state, order.id, input, now));
  return ctx.json(packageToWire(value.package, value.order));
};

/** GET /commerce/orders/{orderId}/packages/{packageId}. */
export const getPackage: TenantRouteHandler = (ctx) => {
  const order = commerceRead(getOrderRead(commerceState(ctx), orderId(ctx)));
  const id = ctx.params.packageId ?? "";
  const pkg = order.packages.find((p) => p.id === id);
  if (pkg === undefined) throw notFound(`Package ${id} not found on order ${order.id}`, "packageId");
  return ctx.json(packageToWire(pkg, order));
};

/** POST /commerce/orders/{orderId}/fulfillment/actions: `Ship` the named packages (all or nothing). */
export const performFulfillmentAction: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(commerceRequestBodySchemas.performFulfillmentAction);
  if ((body.pickupIds ?? []).length > 0 || (body.digitalPackageIds ?? []).length > 0) {
    throw new MockHttpError("not_implemented", "Pickups and digital packages are not simulated by the reference server.");
  }
  const { value } = commerceCommit(ctx, (state, now) => shipPackages(state, orderId(ctx), body.packageIds, now));
  const live = commerceRead(getOrderRead(commerceState(ctx), value.id));
  return ctx.json(orderToWire(live, orderScope(ctx)));
};
