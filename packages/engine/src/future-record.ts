/** A future inventory record (D18): units expected at a location and segment on a delivery date. */
import type { GranularKey, SegmentKey } from "./records.js";

/** How the future quantity was last written: set by a refresh, or changed by an adjust. */
export type FutureType = "REFRESH" | "ADJUST";

export interface FutureRecord {
  readonly futureInventoryId: number;
  readonly externalId?: string;
  readonly upc: string;
  readonly locationCode: string;
  readonly segmentKey: SegmentKey;
  /**
   * The granular record the units will join (lot, date, condition, serial, sku); absent: the plain
   * record. Kibo: granular fields "can also be used in combination with External IDs on future
   * inventory".
   */
  readonly granular?: GranularKey;
  /** ISO-8601 UTC. The units become current stock once the clock reaches it. */
  readonly deliveryDate: string;
  /** Units expected (never negative). */
  readonly onHand: number;
  readonly type: FutureType;
  readonly createDate: string;
}
