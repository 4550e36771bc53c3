import { useState } from "preact/hooks";
import type { ConsoleApi } from "../api.js";
import { StatusLine, useStatus } from "../status.js";

const DAY_MS = 86_400_000;

interface Props {
  readonly api: ConsoleApi;
  readonly now: string;
  readonly onChanged: () => void;
}

/** The server clock (advance or set it), reset, and snapshot download / restore upload. */
export function StateView({ api, now, onChanged }: Props) {
  const { status, setStatus, run } = useStatus(onChanged);
  const [days, setDays] = useState("1");

  return (
    <section aria-labelledby="state-heading">
      <h2 id="state-heading">Time and state</h2>
      <StatusLine text={status} />
      <h3>Server clock</h3>
      <p>
        Now: <time dateTime={now}>{now}</time>. Moving the clock turns due future inventory into stock and expires dated lots.
      </p>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          const n = Number(days);
          if (!Number.isFinite(n) || n <= 0) {
            setStatus("Advance by a positive number of days.");
            return;
          }
          void run(`Advance the clock by ${n} day(s)`, () => api.mock.advanceClock(Math.round(n * DAY_MS)));
        }}
      >
        <label>
          Days to advance
          <input type="number" min={0} step="any" value={days} onInput={(event) => setDays(event.currentTarget.value)} />
        </label>
        <button type="submit">Advance clock</button>
      </form>
      <h3>State</h3>
      <div class="toolbar">
        <button
          type="button"
          onClick={() => {
            if (confirm("Reset the server to its starting state? Every change is lost.")) void run("Reset", () => api.mock.reset());
          }}
        >
          Reset server
        </button>
        <button
          type="button"
          onClick={() =>
            void run("Snapshot download", async () => {
              const snapshot = await api.mock.snapshot();
              const url = URL.createObjectURL(new Blob([JSON.stringify(snapshot)], { type: "application/json" }));
              const link = document.createElement("a");
              link.href = url;
              link.download = `kibo-inventory-snapshot-${now.slice(0, 19).replace(/:/g, "")}.json`;
              link.click();
              setTimeout(() => URL.revokeObjectURL(url), 10_000);
            })
          }
        >
          Download snapshot
        </button>
        <label>
          Restore a snapshot
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void run(`Restore ${file.name}`, async () => api.mock.restore(JSON.parse(await file.text())));
            }}
          />
        </label>
      </div>
    </section>
  );
}
