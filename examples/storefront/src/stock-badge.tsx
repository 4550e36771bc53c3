import type { StockStatus } from "@kibo-inventory/sdk";

const LABEL: Readonly<Record<StockStatus, string>> = { OUT_OF_STOCK: "Out of stock", LOW_STOCK: "Low stock", IN_STOCK: "In stock" };

/** Red (out), yellow (below safety stock) or plain, with the quantity; the rule is the SDK's `stockStatus()`. */
export function StockBadge({ available, status }: { available: number; status: StockStatus }) {
  return (
    <span className={`badge badge-${status.toLowerCase().replaceAll("_", "-")}`} data-status={status} title={LABEL[status]}>
      {Number.isFinite(available) ? available : "∞"} <small>{LABEL[status]}</small>
    </span>
  );
}
