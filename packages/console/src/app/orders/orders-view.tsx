import { unwrap } from "@kibo-inventory/sdk";
import { useEffect, useState } from "preact/hooks";
import type { ConsoleApi } from "../api.js";
import { errorText } from "../error-text.js";
import { StatusLine } from "../status.js";

interface OrderItem {
  readonly id: string;
  readonly product?: { productCode?: string };
  readonly quantity: number;
  readonly fulfillmentLocationCode?: string;
  readonly inventoryTags?: readonly { name: string; value?: string }[];
}

interface Order {
  readonly id: string;
  readonly orderNumber?: number;
  readonly status?: string;
  readonly items?: readonly OrderItem[];
  readonly availableActions?: readonly string[];
}

interface Category {
  readonly name: string;
  readonly tags?: readonly { tagValue: string; isDefault?: boolean }[];
}

interface Props {
  readonly api: ConsoleApi;
  readonly tick: number;
  readonly onChanged: () => void;
}

const tagsText = (tags: OrderItem["inventoryTags"]): string => (tags && tags.length > 0 ? tags.map((t) => `${t.name}: ${t.value ?? "?"}`).join(", ") : "(default tags)");

/** One Pending item's tags as selects, saved with `upsertInventoryTags` (the whole set). */
function TagEditor({ api, order, item, categories, onSaved }: { api: ConsoleApi; order: Order; item: OrderItem; categories: readonly Category[]; onSaved: (message: string) => void }) {
  const current = new Map((item.inventoryTags ?? []).map((t) => [t.name, t.value ?? ""]));
  const [draft, setDraft] = useState<Map<string, string>>(current);
  const label = `order ${order.orderNumber ?? order.id}, item ${item.product?.productCode ?? item.id}`;
  return (
    <form
      class="tag-editor"
      aria-label={`Tags of ${label}`}
      onSubmit={(event) => {
        event.preventDefault();
        const body = [...draft].filter(([, value]) => value !== "").map(([name, value]) => ({ name, value }));
        void unwrap(
          api.commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", { params: { path: { orderId: order.id, orderItemId: item.id } }, body }),
        ).then(
          () => onSaved(`Saved the tags of ${label}.`),
          (error: unknown) => onSaved(`Could not save the tags of ${label}: ${errorText(error)}`),
        );
      }}
    >
      {categories.map((c) => (
        <label key={c.name}>
          {c.name}
          <select value={draft.get(c.name) ?? ""} onChange={(event) => setDraft(new Map(draft).set(c.name, event.currentTarget.value))}>
            <option value="">(default)</option>
            {(c.tags ?? []).map((t) => (
              <option key={t.tagValue} value={t.tagValue}>
                {t.tagValue}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">Save tags</button>
    </form>
  );
}

/** Orders with their items' tags; tags editable while Pending; Submit and Cancel. */
export function OrdersView({ api, tick, onChanged }: Props) {
  const [orders, setOrders] = useState<Order[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [status, setStatus] = useState("");

  useEffect(() => {
    void (async () => {
      try {
        const page = (await unwrap(api.commerce.GET("/commerce/orders", { params: { query: { pageSize: 200 } } }))) as unknown as { items?: Order[] };
        setOrders(page.items ?? []);
        setCategories((await unwrap(api.inventory.GET("/commerce/inventory/v1/tagCategory", {}))) as unknown as Category[]);
      } catch (error) {
        setStatus(`Could not read the orders: ${errorText(error)}`);
      }
    })();
  }, [api, tick]);

  const act = (order: Order, actionName: string): void => {
    void unwrap(api.commerce.POST("/commerce/orders/{orderId}/actions", { params: { path: { orderId: order.id } }, body: { actionName: actionName as "SubmitOrder" | "CancelOrder" } })).then(
      () => {
        setStatus(`${actionName} on order ${order.orderNumber ?? order.id}: done.`);
        onChanged();
      },
      (error: unknown) => setStatus(`${actionName} on order ${order.orderNumber ?? order.id} failed: ${errorText(error)}`),
    );
  };

  return (
    <section aria-labelledby="orders-heading">
      <h2 id="orders-heading">Orders</h2>
      <StatusLine text={status} />
      <div class="table-wrap">
        <table aria-labelledby="orders-heading">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Status</th>
              <th scope="col">Items (product × quantity: tags)</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => {
              const pending = order.status === "Pending";
              const actions = order.availableActions ?? [];
              return (
                <tr key={order.id} data-order={order.orderNumber} data-status={order.status}>
                  <th scope="row">{order.orderNumber ?? order.id}</th>
                  <td>{order.status}</td>
                  <td>
                    <ul class="items">
                      {(order.items ?? []).map((item) => (
                        <li key={item.id}>
                          {item.product?.productCode} × {item.quantity}
                          {item.fulfillmentLocationCode ? ` at ${item.fulfillmentLocationCode}` : ""}: <span data-tags>{tagsText(item.inventoryTags)}</span>
                          {pending ? (
                            <TagEditor
                              key={`${item.id}|${tagsText(item.inventoryTags)}`}
                              api={api}
                              order={order}
                              item={item}
                              categories={categories}
                              onSaved={(message) => {
                                setStatus(message);
                                onChanged();
                              }}
                            />
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td class="actions">
                    {actions.includes("SubmitOrder") ? (
                      <button type="button" onClick={() => act(order, "SubmitOrder")}>
                        Submit order {order.orderNumber}
                      </button>
                    ) : null}
                    {actions.includes("CancelOrder") ? (
                      <button type="button" onClick={() => act(order, "CancelOrder")}>
                        Cancel order {order.orderNumber}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
