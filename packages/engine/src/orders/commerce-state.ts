/**
 * The commerce part of a tenant's state (D19): orders, carts, checkouts and returns with their id
 * counters, kept in `InventoryState.commerce` so the order side and the Inventory API share one
 * state. Ids are deterministic: numbers from counters, string ids made from them.
 */
import { PersistentMap } from "../internal/trie/persistent-map.js";
import type { Cart, Checkout, CommerceCounters, Order, Return } from "./types.js";

export interface CommerceState {
  /** Order id → order. */
  readonly orders: PersistentMap<string, Order>;
  /** Order number → order id. */
  readonly orderIdsByNumber: PersistentMap<number, string>;
  readonly carts: PersistentMap<string, Cart>;
  readonly checkouts: PersistentMap<string, Checkout>;
  readonly returns: PersistentMap<string, Return>;
  readonly counters: CommerceCounters;
}

/** The counters of a fresh tenant: every number starts at 1. */
const INITIAL_COMMERCE_COUNTERS: CommerceCounters = { order: 1, cart: 1, checkout: 1, item: 1, shipment: 1, return: 1, package: 1 };

/** No orders, carts, checkouts or returns. */
export const EMPTY_COMMERCE: CommerceState = {
  orders: PersistentMap.empty(),
  orderIdsByNumber: PersistentMap.empty(),
  carts: PersistentMap.empty(),
  checkouts: PersistentMap.empty(),
  returns: PersistentMap.empty(),
  counters: INITIAL_COMMERCE_COUNTERS,
};

/** The kind digit that starts each kind's ids, so ids of different kinds never collide. */
const KIND_DIGIT: Readonly<Record<keyof CommerceCounters, string>> = {
  order: "1",
  cart: "2",
  checkout: "3",
  item: "4",
  shipment: "5",
  return: "6",
  package: "7",
};

/** The 32-hex-digit id of number `n` of a kind (deterministic). */
export function commerceId(kind: keyof CommerceCounters, n: number): string {
  return `${KIND_DIGIT[kind]}${n.toString(16).padStart(31, "0")}`;
}

/**
 * A commerce part being written by one command: counters handed out locally and written back by
 * `finish`. Reads see the writes made so far.
 */
export class CommerceDraft {
  private c: CommerceState;
  private counters: { -readonly [K in keyof CommerceCounters]: number };

  constructor(commerce: CommerceState) {
    this.c = commerce;
    this.counters = { ...commerce.counters };
  }

  /** Hands out the next number of a kind. */
  next(kind: keyof CommerceCounters): number {
    const n = this.counters[kind];
    this.counters[kind] = n + 1;
    return n;
  }

  /** Hands out the next string id of a kind. */
  nextId(kind: keyof CommerceCounters): string {
    return commerceId(kind, this.next(kind));
  }

  putOrder(order: Order): void {
    this.c = {
      ...this.c,
      orders: this.c.orders.set(order.id, order),
      orderIdsByNumber: this.c.orderIdsByNumber.has(order.orderNumber)
        ? this.c.orderIdsByNumber
        : this.c.orderIdsByNumber.set(order.orderNumber, order.id),
    };
  }

  putCart(cart: Cart): void {
    this.c = { ...this.c, carts: this.c.carts.set(cart.id, cart) };
  }

  deleteCart(id: string): void {
    this.c = { ...this.c, carts: this.c.carts.delete(id) };
  }

  putCheckout(checkout: Checkout): void {
    this.c = { ...this.c, checkouts: this.c.checkouts.set(checkout.id, checkout) };
  }

  putReturn(r: Return): void {
    this.c = { ...this.c, returns: this.c.returns.set(r.id, r) };
  }

  /** The commerce part with the local counters written back. */
  finish(): CommerceState {
    return { ...this.c, counters: { ...this.counters } };
  }
}
