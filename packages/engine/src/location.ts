/** A location (leaf module: the type only; commands are in locations.ts). */

/** A location of the tenant. */
export interface Location {
  readonly locationId: number;
  readonly code: string;
  readonly name: string;
  /** Inventory may be written here (D1). Set by the Inventory API location save; toggled by admin. */
  readonly supportsInventory: boolean;
  /** Fulfill may exceed allocated units here; onHand may go negative (D13). */
  readonly allowFulfillmentWithNoStock: boolean;
  readonly active: boolean;
  readonly directShip: boolean;
  readonly pickup: boolean;
  readonly transferEnabled: boolean;
  readonly express: boolean;
  readonly includeInAggregate: boolean;
  readonly includeInLocationExport: boolean;
  readonly countryCode?: string;
  readonly postalCode?: string;
  readonly latitude?: number;
  readonly longitude?: number;
}
