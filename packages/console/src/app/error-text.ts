import { isInventoryApiError } from "@kibo-inventory/sdk";
import { ControlError } from "./mock-controls.js";

/** A failure as one line for a status message. */
export function errorText(error: unknown): string {
  if (isInventoryApiError(error)) return error.serverMessage;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The server's field-level messages, by field path (`values[1].percent`), from an SDK error or a
 * refused `/__mock/` control.
 */
export function fieldErrors(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const items = isInventoryApiError(error) ? error.items : error instanceof ControlError ? error.items : [];
  for (const item of items) {
    const field = item.field ?? "";
    out.set(field, out.has(field) ? `${out.get(field)} ${item.message}` : item.message);
  }
  return out;
}
