/** A future inventory record (D18): units expected at a location and segment on a delivery date. */
import type { SegmentKey } from "./records.js";

/** How the future quantity was last written: set by a refresh, or changed by an adjust. */
export type FutureType = "REFRESH" | "ADJUST";

export interface FutureRecord {
  readonly futureInventoryId: number;
  readonly externalId?: string;
  readonly upc: string;
  readonly locationCode: string;
  readonly segmentKey: SegmentKey;
  /** ISO-8601 UTC. The units become current stock once the clock reaches it. */
  readonly deliveryDate: string;
  /** Units expected (never negative). */
  readonly onHand: number;
  readonly type: FutureType;
  readonly createDate: string;
}
