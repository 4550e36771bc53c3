/** Tenant settings (a leaf module: types and defaults only). */

/** Tenant settings. */
export interface InventorySettings {
  /** Maximum number of tag categories. @default 3 */
  readonly tagCategoryLimit: number;
  /** Maximum number of tag values over all categories. @default 6 */
  readonly totalTagLimit: number;
  /** A shortfall on allocate becomes `pending` (true) or stays unallocated (false). @default true */
  readonly pendingOnShortfall: boolean;
  /** Records whose `date` is today or earlier are expired (D16). @default false */
  readonly expirationEnabled: boolean;
  /** Inventory tags (segmentation, D4–D7) may be configured and named by writes. @default true */
  readonly tagsEnabled: boolean;
  /** Granular fields (`lotCode`, `date`, `condition`, `serialNumber`; D1, D9) may be written. @default true */
  readonly granularFieldsEnabled: boolean;
  /** Condition availability rules (D15) may be configured. @default true */
  readonly conditionAvailabilityEnabled: boolean;
  /** A refresh quantity sets `available` (onHand = quantity + allocated + pending) instead of onHand (D8). @default false */
  readonly quantitySetsAvailable: boolean;
}

/** The defaults of every tenant. */
export const DEFAULT_SETTINGS: InventorySettings = {
  tagCategoryLimit: 3,
  totalTagLimit: 6,
  pendingOnShortfall: true,
  expirationEnabled: false,
  tagsEnabled: true,
  granularFieldsEnabled: true,
  conditionAvailabilityEnabled: true,
  quantitySetsAvailable: false,
};
