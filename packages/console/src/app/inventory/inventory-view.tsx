import { unwrap } from "@kibo-inventory/sdk";
import { Fragment } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { ConsoleApi } from "../api.js";
import { errorText } from "../error-text.js";
import { NumberCell } from "../number-cell.js";
import { StatusLine } from "../status.js";
import { type StockTone, stockTone, TONE_LABEL } from "../stock-tone.js";
import { tagText } from "../tag-text.js";
import { segmentGroup, setOnHand, setSafetyStock } from "./inventory-edit.js";
import { type GridPage, type InventoryRow, loadGridPage } from "./inventory-rows.js";

const PAGE_SIZE = 50;

interface Props {
  readonly api: ConsoleApi;
  /** Changes whenever the page should re-read the server (live updates, other tabs' writes). */
  readonly tick: number;
  /** The server clock (ISO 8601), for "Exclude Expired Products". */
  readonly now: string;
  readonly onChanged: () => void;
}

interface ConditionRule {
  readonly condition: string;
  readonly includeInAvailable: boolean;
}

const UNTAGGED = "(untagged)";

/** "DEMO-LOT-01 at homebase, lot LOT-A": what names a record in labels. */
function recordName(row: InventoryRow): string {
  const parts = [
    row.sku ? `SKU ${row.sku}` : "",
    row.lotCode ? `lot ${row.lotCode}` : "",
    row.condition ? `condition ${row.condition}` : "",
    row.serialNumber ? `serial ${row.serialNumber}` : "",
  ].filter((p) => p !== "");
  return [`${row.upc} at ${row.locationCode}`, ...parts].join(", ");
}

const rowKey = (row: InventoryRow): string => `${row.inventoryID ?? ""}|${row.upc}|${row.locationCode}|${row.lotCode ?? ""}|${row.serialNumber ?? ""}`;

/** Expired: dated on or before the server's day (D16). */
function isExpired(row: InventoryRow, now: string): boolean {
  return row.date !== undefined && row.date !== null && row.date.slice(0, 10) <= now.slice(0, 10);
}

function ToneMark({ tone }: { tone: StockTone }) {
  return tone === "ok" ? null : <span class="visually-hidden"> ({TONE_LABEL[tone]})</span>;
}

/** The inventory grid: location, search, paging, filters, expandable rows with their segments. */
export function InventoryView({ api, tick, now, onChanged }: Props) {
  const [locations, setLocations] = useState<{ code: string; name: string }[]>([]);
  const [locationCode, setLocationCode] = useState("");
  const [searchDraft, setSearchDraft] = useState("");
  const [search, setSearch] = useState("");
  const [offset, setOffset] = useState(0);
  const [excludeExpired, setExcludeExpired] = useState(false);
  const [includeConditions, setIncludeConditions] = useState(false);
  const [rules, setRules] = useState<ConditionRule[]>([]);
  const [percentCategories, setPercentCategories] = useState<ReadonlySet<string>>(new Set());
  const [page, setPage] = useState<GridPage | undefined>(undefined);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState("");

  useEffect(() => {
    void (async () => {
      try {
        const list = (await unwrap(api.inventory.GET("/commerce/inventory/v1/location", {}))) as unknown as { locationCode: string; name?: string }[];
        setLocations(list.map((l) => ({ code: l.locationCode, name: l.name ?? l.locationCode })).sort((a, b) => a.code.localeCompare(b.code)));
      } catch (error) {
        setStatus(`Could not list locations: ${errorText(error)}`);
      }
    })();
  }, [api, tick]);

  useEffect(() => {
    void (async () => {
      try {
        const categories = (await unwrap(api.inventory.GET("/commerce/inventory/v1/tagCategory", {}))) as unknown as {
          name: string;
          tags?: { percent?: number | null }[];
        }[];
        setPercentCategories(new Set(categories.filter((c) => (c.tags ?? []).some((t) => typeof t.percent === "number")).map((c) => c.name)));
      } catch (error) {
        setStatus(`Could not read tag categories: ${errorText(error)}`);
      }
    })();
  }, [api, tick]);

  useEffect(() => {
    if (!includeConditions) return;
    void (async () => {
      try {
        setRules((await unwrap(api.inventory.GET("/commerce/inventory-management/v1/conditionavailability", {}))) as unknown as ConditionRule[]);
      } catch (error) {
        setStatus(`Could not read condition rules: ${errorText(error)}`);
      }
    })();
  }, [api, tick, includeConditions]);

  useEffect(() => {
    let stale = false;
    void (async () => {
      try {
        const next = await loadGridPage(api, { offset, limit: PAGE_SIZE, locationCode, search });
        if (!stale) {
          setPage(next);
          setStatus((current) => (current.startsWith("Could not load") ? "" : current));
        }
      } catch (error) {
        if (!stale) setStatus(`Could not load inventory: ${errorText(error)}`);
      }
    })();
    return () => {
      stale = true;
    };
  }, [api, tick, offset, locationCode, search]);

  const excluded = new Set(includeConditions ? rules.filter((r) => !r.includeInAvailable).map((r) => r.condition) : []);
  /** Available as shown: 0 for a condition the rules leave out of availability (when asked). */
  const shownAvailable = (row: InventoryRow, available: number): number => (row.condition && excluded.has(row.condition) ? 0 : available);

  const save = (action: () => Promise<void>, what: string) => async (): Promise<void> => {
    try {
      await action();
      setStatus(`Saved ${what}.`);
      onChanged();
    } catch (error) {
      setStatus(`Could not save ${what}: ${errorText(error)}`);
      throw error;
    }
  };

  const rows = (page?.rows ?? []).filter((row) => !(excludeExpired && isExpired(row, now)));
  const total = page?.total ?? 0;
  const toggle = (key: string): void => {
    const next = new Set(expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setExpanded(next);
  };

  return (
    <section aria-labelledby="inventory-heading">
      <h2 id="inventory-heading">Inventory</h2>
      <form
        class="toolbar"
        aria-label="Find inventory"
        onSubmit={(event) => {
          event.preventDefault();
          setOffset(0);
          setSearch(searchDraft);
        }}
      >
        <label>
          Location
          <select
            value={locationCode}
            onChange={(event) => {
              setOffset(0);
              setLocationCode(event.currentTarget.value);
            }}
          >
            <option value="">All locations</option>
            {locations.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code === l.name ? l.code : `${l.code} · ${l.name}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          UPC, part number or SKU
          <input type="search" value={searchDraft} onInput={(event) => setSearchDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">Search</button>
        <label class="check">
          <input type="checkbox" checked={excludeExpired} onChange={(event) => setExcludeExpired(event.currentTarget.checked)} />
          Exclude Expired Products
        </label>
        <label class="check">
          <input type="checkbox" checked={includeConditions} onChange={(event) => setIncludeConditions(event.currentTarget.checked)} />
          Include Condition Availability
        </label>
      </form>
      <StatusLine text={status} />
      <nav class="pager" aria-label="Inventory pages">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          Previous page
        </button>
        <span>
          {total === 0 ? "No products" : `Products ${offset + 1}–${Math.min(offset + PAGE_SIZE, total)} of ${total.toLocaleString("en-US")}`} (by product and location)
        </span>
        <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
          Next page
        </button>
      </nav>
      <div class="table-wrap">
        <table class="grid" aria-label="Inventory records" data-loaded={page === undefined ? "no" : "yes"}>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Segments</span>
              </th>
              <th scope="col">UPC</th>
              <th scope="col">Part number</th>
              <th scope="col">Location</th>
              <th scope="col">On hand</th>
              <th scope="col">Available</th>
              <th scope="col">Allocated</th>
              <th scope="col">Pending</th>
              <th scope="col">Safety stock</th>
              <th scope="col">Future</th>
              <th scope="col">SKU</th>
              <th scope="col">Lot</th>
              <th scope="col">Condition</th>
              <th scope="col">Serial</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = rowKey(row);
              const open = expanded.has(key);
              const safety = row.safetyStock ?? 0;
              const available = shownAvailable(row, row.available);
              const tone = stockTone(available, safety);
              const segments = row.taggedInventory ?? [];
              const tagged = segments.some((s) => s.tags && Object.keys(s.tags).length > 0);
              const future = (row.futureInventory ?? []).reduce((sum, f) => sum + (f.onhand ?? 0), 0);
              const where = recordName(row);
              return (
                <Fragment key={key}>
                  <tr class={`row tone-${tone}`} data-upc={row.upc} data-location={row.locationCode} data-tone={tone}>
                    <td>
                      {tagged ? (
                        <button type="button" class="expand" aria-expanded={open} aria-label={`${open ? "Hide" : "Show"} segments of ${where}`} onClick={() => toggle(key)}>
                          {open ? "▾" : "▸"}
                        </button>
                      ) : null}
                    </td>
                    <th scope="row">
                      {row.upc}
                      <ToneMark tone={tone} />
                    </th>
                    <td>{row.partNumber ?? ""}</td>
                    <td>{row.locationCode}</td>
                    <td class="num" data-col="onHand">
                      {tagged && segments.length > 1 ? (
                        row.onHand
                      ) : (
                        <NumberCell
                          value={row.onHand}
                          label={`On hand of ${where}`}
                          onSave={(v) => save(() => setOnHand(api, row, segmentGroup(row, segments[0], percentCategories), v), `on hand of ${where}`)()}
                        />
                      )}
                    </td>
                    <td class="num" data-col="available">
                      {available}
                    </td>
                    <td class="num" data-col="allocated">
                      {row.allocated}
                    </td>
                    <td class="num" data-col="pending">
                      {row.pending}
                    </td>
                    <td class="num" data-col="safetyStock">
                      <NumberCell value={safety} label={`Safety stock of ${where}`} onSave={(v) => save(() => setSafetyStock(api, row, percentCategories, v), `safety stock of ${where}`)()} />
                    </td>
                    <td class="num" data-col="future">
                      {future}
                    </td>
                    <td>{row.sku ?? ""}</td>
                    <td>{row.lotCode ?? ""}</td>
                    <td>{row.condition ?? ""}</td>
                    <td>{row.serialNumber ?? ""}</td>
                    <td>{row.date ? row.date.slice(0, 10) : ""}</td>
                  </tr>
                  {open
                    ? segments.map((segment) => {
                        const segAvailable = shownAvailable(row, segment.available);
                        const segTone = stockTone(segAvailable, safety);
                        const label = tagText(segment.tags, UNTAGGED);
                        const group = segmentGroup(row, segment, percentCategories);
                        const editLabel =
                          group.splitBy.length === 0
                            ? `On hand of ${where}, ${label}`
                            : `On hand of ${where}, ${tagText(group.tags, UNTAGGED)} (all ${group.splitBy.join(", ")}, split by percentage)`;
                        return (
                          <tr key={`${key}|${label}`} class={`segment tone-${segTone}`} data-segment={label} data-tone={segTone}>
                            <td />
                            <th scope="row" colSpan={3} class="segment-tags">
                              {label}
                              <ToneMark tone={segTone} />
                            </th>
                            <td class="num" data-col="onHand">
                              <NumberCell value={segment.onHand} start={group.onHand} label={editLabel} onSave={(v) => save(() => setOnHand(api, row, group, v), editLabel.replace(/^On/, "on"))()} />
                            </td>
                            <td class="num" data-col="available">
                              {segAvailable}
                            </td>
                            <td class="num" data-col="allocated">
                              {segment.allocated}
                            </td>
                            <td class="num" data-col="pending">
                              {segment.pending}
                            </td>
                            <td colSpan={7} />
                          </tr>
                        );
                      })
                    : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
