import { isInventoryApiError } from "@kibo-inventory/sdk";

/** A failure as one line for a status message. */
export function errorText(error: unknown): string {
  if (isInventoryApiError(error)) return error.serverMessage;
  return error instanceof Error ? error.message : String(error);
}

/** The server's field-level messages, by field path (`values[1].percent`), from an SDK error. */
export function fieldErrors(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isInventoryApiError(error)) return out;
  for (const item of error.items) {
    const field = item.field ?? "";
    out.set(field, out.has(field) ? `${out.get(field)} ${item.message}` : item.message);
  }
  return out;
}
