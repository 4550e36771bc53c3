/**
 * Orders, shipments, packages and returns as the Commerce API answers them (openapi/commerce.yaml).
 * The engine's live views (allocations read now) become Kibo's shapes; unmodelled fields the client
 * sent ride along in `extra` and are echoed first, the modelled fields over them.
 */
import type { InventoryState, Order, OrderItem, Package, Return, Shipment, ShipmentItem } from "@kibo-inventory/engine";
import { availableOrderActions, availableReturnActions } from "@kibo-inventory/engine";
import type { CommerceSchemas } from "@kibo-inventory/spec";
import { commerceItemToWire, productToWire } from "../../mapping/commerce-items.js";
import { segmentTagsToWire } from "../../mapping/tags.js";

type WireOrder = CommerceSchemas["Order"];
type WireOrderItem = CommerceSchemas["OrderItem"];
type WireShipment = CommerceSchemas["Shipment"];
type WireShipmentItem = CommerceSchemas["ShipmentItem"];
type WireFulfillmentShipment = CommerceSchemas["FulfillmentShipment"];
type WirePackage = CommerceSchemas["Package"];
type WireReturn = CommerceSchemas["Return"];
type WireInventoryAllocation = CommerceSchemas["InventoryAllocation"];

/** Who is asking (the order's `tenantId` / `siteId`). */
export interface OrderScope {
  readonly tenantId: number;
  readonly siteId: number | undefined;
}

/** An order item on the wire, with its allocation result once submitted. */
export function orderItemToWire(item: OrderItem): WireOrderItem {
  const wire: WireOrderItem = commerceItemToWire(item);
  if (item.allocationResult !== undefined) wire.allocationResult = { ...item.allocationResult, tags: { ...item.allocationResult.tags } };
  return wire;
}

function shipmentType(shipment: Shipment, order: Order): CommerceSchemas["ShipmentType"] {
  if (shipment.fulfillmentMethod === "Pickup") return "BOPIS";
  const first = order.items.find((i) => i.lineId === shipment.items[0]?.lineId);
  return first?.extra?.fulfillmentMethod === "Delivery" ? "Delivery" : "STH";
}

function shipmentItemToWire(item: ShipmentItem, shipment: Shipment, order: Order): WireShipmentItem {
  const orderItem = order.items.find((i) => i.lineId === item.lineId);
  const product = orderItem === undefined ? { productCode: item.upc, upc: item.upc } : productToWire(orderItem);
  const allocations: WireInventoryAllocation[] = [
    ...item.inventoryAllocations.map((a) => ({ inventoryId: a.inventoryId, quantity: a.allocated, status: "Allocated" as const })),
    ...item.fulfilledFrom.map((f) => ({ inventoryId: f.inventoryId, quantity: f.quantity, status: "Fulfilled" as const })),
  ];
  const wire: WireShipmentItem = {
    lineId: item.lineId,
    originalOrderItemId: item.orderItemId,
    productCode: product.productCode ?? item.upc,
    upc: item.upc,
    quantity: item.quantity,
    fulfillmentLocationCode: shipment.locationCode,
    inventoryTags: Object.entries(item.tags).map(([name, value]) => ({ name, value })),
    allocatedQuantity: item.inventoryAllocations.reduce((n, a) => n + a.allocated, 0),
    inventoryAllocations: allocations,
  };
  if (product.variationProductCode !== undefined) wire.variationProductCode = product.variationProductCode;
  if (orderItem?.condition !== undefined) wire.condition = orderItem.condition;
  if (orderItem?.serialNumber !== undefined) wire.serialNumber = orderItem.serialNumber;
  return wire;
}

function shipmentFields(shipment: Shipment, order: Order) {
  return {
    orderId: order.id,
    orderNumber: order.orderNumber,
    shipmentType: shipmentType(shipment, order),
    fulfillmentLocationCode: shipment.locationCode,
    shipmentStatus: shipment.status,
    fulfillmentStatus: shipment.status === "FULFILLED" ? ("Fulfilled" as const) : ("NotFulfilled" as const),
    items: shipment.items.map((i) => shipmentItemToWire(i, shipment, order)),
  };
}

/** A shipment as the order's `shipments[]` and `OrderApi.getShipment` show it. */
export function shipmentToWire(shipment: Shipment, order: Order): WireShipment {
  return { id: String(shipment.number), number: shipment.number, ...shipmentFields(shipment, order) };
}

/** A shipment as the Fulfillment API shows it (`ShipmentApi`). */
export function fulfillmentShipmentToWire(shipment: Shipment, order: Order): WireFulfillmentShipment {
  return { shipmentNumber: shipment.number, ...shipmentFields(shipment, order) };
}

/** A package on the wire (`Ship` is its one action until it is shipped). */
export function packageToWire(pkg: Package, order: Order): WirePackage {
  const wire: WirePackage = {
    ...pkg.extra,
    id: pkg.id,
    status: pkg.status,
    fulfillmentLocationCode: pkg.locationCode,
    availableActions: pkg.status === "NotFulfilled" ? ["Ship"] : [],
    items: pkg.items.map((i) => {
      const item = order.items.find((o) => o.lineId === i.lineId);
      return { lineId: i.lineId, productCode: item === undefined ? null : (productToWire(item).productCode ?? item.upc), quantity: i.quantity };
    }),
  };
  const shipmentNumber = pkg.items[0]?.shipmentNumber;
  if (shipmentNumber !== undefined) wire.shipmentNumber = shipmentNumber;
  return wire;
}

function fulfillmentStatus(order: Order): WireOrder["fulfillmentStatus"] {
  if (order.status === "Completed") return "Fulfilled";
  return order.status === "Processing" ? "PartiallyFulfilled" : "NotFulfilled";
}

/** An order (live view) on the wire. */
export function orderToWire(order: Order, scope: OrderScope): WireOrder {
  return {
    ...order.extra,
    id: order.id,
    orderNumber: order.orderNumber,
    tenantId: scope.tenantId,
    siteId: scope.siteId ?? null,
    status: order.status,
    fulfillmentStatus: fulfillmentStatus(order),
    locationCode: order.locationCode,
    originalCartId: order.cartId,
    parentCheckoutId: order.checkoutId,
    submittedDate: order.submitted,
    availableActions: availableOrderActions(order),
    items: order.items.map(orderItemToWire),
    shipments: order.shipments.map((s) => shipmentToWire(s, order)),
    packages: order.packages.map((p) => packageToWire(p, order)),
  };
}

/** A return on the wire; each item shows the order item's tags and where restocked units went. */
export function returnToWire(state: InventoryState, ret: Return, order: Order | undefined): WireReturn {
  return {
    ...ret.extra,
    id: ret.id,
    returnNumber: ret.returnNumber,
    originalOrderId: ret.orderId,
    originalOrderNumber: ret.orderNumber,
    status: ret.status,
    availableActions: availableReturnActions(ret),
    items: ret.items.map((item) => {
      const orderItem = order?.items.find((i) => i.id === item.orderItemId);
      const extra = item.extra ?? {};
      return {
        ...extra,
        id: item.id,
        orderItemId: item.orderItemId,
        orderLineId: item.lineId,
        product: orderItem === undefined ? { productCode: item.upc, upc: item.upc } : productToWire(orderItem),
        reasons: Array.isArray(extra.reasons) ? (extra.reasons as CommerceSchemas["ReturnReason"][]) : [{ quantity: item.quantity }],
        quantityReceived: item.quantityReceived,
        quantityRestockable: item.quantity,
        quantityRestocked: item.restocked.reduce((n, l) => n + l.quantity, 0),
        inventoryTags: orderItem === undefined ? [] : orderItem.inventoryTags.map((t) => ({ name: t.name, value: t.value })),
        restocks: item.restocked.map((l) => ({
          locationCode: l.locationCode,
          tags: segmentTagsToWire(state, l.segmentKey),
          quantity: l.quantity,
          inventoryId: l.inventoryId,
        })),
      };
    }),
  };
}
