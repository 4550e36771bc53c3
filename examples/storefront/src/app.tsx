/**
 * The storefront page: a product, its availability per store and per channel segment (ATS or
 * ATP, with red/yellow badges), delivery or in-store pickup, and the cart through to an order.
 * Everything goes through the SDK clients it is given, so a test hands it clients on a reference
 * server and nothing else changes.
 */
import type { AvailabilityMode, FulfillmentMethod } from "@kibo-inventory/sdk";
import { useCallback, useEffect, useState } from "react";
import { CATALOG, SEGMENT_CATEGORY } from "./catalog.js";
import { type Availability, loadAvailability, loadShopSetup, type Store } from "./inventory.js";
import type { Kibo } from "./kibo.js";
import { addToCart, type Cart, type PlacedOrder, placeOrder } from "./orders.js";
import { StockBadge } from "./stock-badge.js";

export interface AppProps {
  readonly kibo: Kibo;
  /** A retry in progress, set by the clients' hooks (see main.tsx). */
  readonly notice?: string | undefined;
}

const problem = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App({ kibo, notice }: AppProps) {
  const [setup, setSetup] = useState<{ stores: Store[]; segments: string[] }>();
  const [productCode, setProductCode] = useState(CATALOG[0]?.code ?? "");
  const [mode, setMode] = useState<AvailabilityMode>("ATS");
  const [segment, setSegment] = useState<string>();
  const [method, setMethod] = useState<FulfillmentMethod>("Ship");
  const [pickupStore, setPickupStore] = useState<string>();
  const [availability, setAvailability] = useState<Availability>();
  const [cart, setCart] = useState<Cart>();
  const [order, setOrder] = useState<PlacedOrder>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loadShopSetup(kibo).then((s) => {
      setSetup(s);
      setSegment((current) => current ?? s.segments[0]);
    }, (e: unknown) => setError(problem(e)));
  }, [kibo]);

  const refresh = useCallback(async () => {
    if (!setup) return;
    setAvailability(undefined);
    try {
      setAvailability(await loadAvailability(kibo, productCode, mode, setup));
      setError(undefined);
    } catch (e) {
      setError(problem(e));
    }
  }, [kibo, productCode, mode, setup]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const product = CATALOG.find((p) => p.code === productCode);
  const cellAt = (code: string) => (segment ? availability?.cells[code]?.[segment] : undefined);
  // Ship from the location with the most units in the chosen segment; pick up at the chosen store.
  const shipFrom = availability?.stores.reduce<Store | undefined>((best, s) => ((cellAt(s.code)?.available ?? 0) > (best ? (cellAt(best.code)?.available ?? 0) : 0) ? s : best), undefined);
  const fulfilFrom = method === "Pickup" ? pickupStore : shipFrom?.code;

  async function onAdd() {
    if (!fulfilFrom || !segment) return;
    setBusy(true);
    try {
      setCart(await addToCart(kibo, { productCode, quantity: 1, locationCode: fulfilFrom, method, tags: { [SEGMENT_CATEGORY]: segment } }));
      setOrder(undefined);
      setError(undefined);
    } catch (e) {
      setError(problem(e));
    } finally {
      setBusy(false);
    }
  }

  async function onCheckout() {
    if (!cart) return;
    setBusy(true);
    try {
      setOrder(await placeOrder(kibo, cart.id));
      setCart(undefined);
      await refresh();
    } catch (e) {
      setError(problem(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main>
      <header>
        <h1>Trailhead Outfitters</h1>
        <label>
          Sales channel{" "}
          <select value={segment ?? ""} onChange={(e) => setSegment(e.target.value)} aria-label="Sales channel">
            {setup?.segments.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </header>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}

      <nav aria-label="Products">
        {CATALOG.map((p) => (
          <button key={p.code} type="button" aria-pressed={p.code === productCode} onClick={() => setProductCode(p.code)}>
            {p.name}
          </button>
        ))}
      </nav>

      <section aria-labelledby="product-name">
        <h2 id="product-name">{product?.name}</h2>
        <p>
          ${product?.price} · <code>{productCode}</code>
        </p>
        <fieldset>
          <legend>Availability</legend>
          {(["ATS", "ATP"] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} /> {m === "ATS" ? "Available to sell now (ATS)" : "Available to promise (ATP)"}
            </label>
          ))}
          <button type="button" onClick={() => void refresh()}>
            Refresh
          </button>
        </fieldset>

        {availability === undefined ? (
          <p aria-busy="true">Loading availability…</p>
        ) : (
          <table aria-label="Availability by store">
            <thead>
              <tr>
                <th scope="col">Location</th>
                {availability.segments.map((s) => (
                  <th key={s} scope="col">
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {availability.stores.map((store) => (
                <tr key={store.code} data-location={store.code}>
                  <th scope="row">{store.name}</th>
                  {availability.segments.map((s) => {
                    const cell = availability.cells[store.code]?.[s];
                    return <td key={s} data-segment={s}>{cell ? <StockBadge {...cell} /> : "—"}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <fieldset>
          <legend>Delivery</legend>
          <label>
            <input type="radio" name="method" checked={method === "Ship"} onChange={() => setMethod("Ship")} /> Ship to me
            {shipFrom && method === "Ship" && <small> (from {shipFrom.name})</small>}
          </label>
          <label>
            <input type="radio" name="method" checked={method === "Pickup"} onChange={() => setMethod("Pickup")} /> Pick up in store
          </label>
          {method === "Pickup" && (
            <ul aria-label="Stores">
              {availability?.stores
                .filter((s) => s.pickup)
                .map((s) => {
                  const cell = cellAt(s.code);
                  return (
                    <li key={s.code}>
                      <label>
                        <input type="radio" name="store" value={s.code} checked={pickupStore === s.code} onChange={() => setPickupStore(s.code)} /> {s.name}{" "}
                        {cell && <StockBadge {...cell} />}
                      </label>
                    </li>
                  );
                })}
            </ul>
          )}
        </fieldset>
        <button type="button" disabled={busy || !fulfilFrom} onClick={() => void onAdd()}>
          Add to cart
        </button>
      </section>

      <aside aria-label="Cart">
        <h2>Cart</h2>
        {cart === undefined || cart.lines.length === 0 ? (
          <p>Your cart is empty.</p>
        ) : (
          <>
            <ul>
              {cart.lines.map((l) => (
                <li key={l.id}>
                  {l.quantity} × {CATALOG.find((p) => p.code === l.productCode)?.name ?? l.productCode} from {l.locationCode} ({l.tags})
                </li>
              ))}
            </ul>
            {cart.messages.map((m) => (
              <p key={m} className="warning">
                {m}
              </p>
            ))}
            <button type="button" disabled={busy} onClick={() => void onCheckout()}>
              Place order
            </button>
          </>
        )}
        {order && (
          <p role="status" aria-label="Order">
            Order {order.orderNumber} {order.status}: {order.lines.map((l) => `line ${l.lineId} allocated ${l.allocated}, pending ${l.pending}`).join("; ")}
          </p>
        )}
      </aside>
    </main>
  );
}
