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
}

/** The defaults of every tenant. */
export const DEFAULT_SETTINGS: InventorySettings = {
  tagCategoryLimit: 3,
  totalTagLimit: 6,
  pendingOnShortfall: true,
  expirationEnabled: false,
};
