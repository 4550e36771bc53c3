/** Writing the commerce part of a state (kept apart from commerce-state.ts, which state.ts imports). */
import type { InventoryState } from "../state.js";
import type { CommerceState } from "./commerce-state.js";

/** The state with its commerce part replaced. */
export function withCommerce(state: InventoryState, commerce: CommerceState): InventoryState {
  return { ...state, commerce };
}
