import { useCallback, useEffect, useState } from "preact/hooks";
import type { ConsoleApi } from "./api.js";
import { InventoryView } from "./inventory/inventory-view.js";
import { JobsView } from "./jobs/jobs-view.js";
import { OrdersView } from "./orders/orders-view.js";
import { SettingsView } from "./settings/settings-view.js";
import { StateView } from "./state/state-view.js";

/** How often the page re-reads the server while "Follow changes" is on. */
const POLL_MS = 2000;

interface Tab {
  readonly id: string;
  readonly label: string;
}

const TABS: readonly Tab[] = [
  { id: "inventory", label: "Inventory" },
  { id: "settings", label: "Settings" },
  { id: "orders", label: "Orders" },
  { id: "jobs", label: "Jobs and import" },
  { id: "state", label: "Time and state" },
];

function initialTab(): string {
  const hash = location.hash.slice(1);
  return TABS.some((t) => t.id === hash) ? hash : "inventory";
}

/** The console: tabs over the views, the server clock, and live updates by polling. */
export function App({ api }: { api: ConsoleApi }) {
  const [tab, setTab] = useState(initialTab);
  const [tick, setTick] = useState(0);
  const [live, setLive] = useState(true);
  const [now, setNow] = useState("");
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!live) return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [live, refresh]);

  useEffect(() => {
    void api.mock.clock().then(setNow, () => setNow(""));
  }, [api, tick]);

  const select = (id: string): void => {
    setTab(id);
    history.replaceState(null, "", `#${id}`);
  };
  const onTabKey = (event: KeyboardEvent, index: number): void => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length] as Tab;
    select(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <>
      <header class="top">
        <h1>Inventory console</h1>
        <p class="clock">
          Server clock: <time dateTime={now}>{now === "" ? "…" : now.replace("T", " ").replace(/\.\d+Z$/, " UTC")}</time>
        </p>
        <label class="check">
          <input type="checkbox" checked={live} onChange={(event) => setLive(event.currentTarget.checked)} />
          Follow changes (every {POLL_MS / 1000} s)
        </label>
      </header>
      <div class="tabs" role="tablist" aria-label="Console sections">
        {TABS.map((t, index) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => select(t.id)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === "inventory" ? <InventoryView api={api} tick={tick} now={now} onChanged={refresh} /> : null}
        {tab === "settings" ? <SettingsView api={api} tick={tick} onChanged={refresh} /> : null}
        {tab === "orders" ? <OrdersView api={api} tick={tick} onChanged={refresh} /> : null}
        {tab === "jobs" ? <JobsView api={api} tick={tick} onChanged={refresh} /> : null}
        {tab === "state" ? <StateView api={api} now={now} onChanged={refresh} /> : null}
      </main>
    </>
  );
}
