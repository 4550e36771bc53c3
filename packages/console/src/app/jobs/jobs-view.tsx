import { type BulkProgress, type InventoryJob, listJobs, type RefreshItem, refreshAll } from "@kibo-inventory/sdk";
import { useEffect, useState } from "preact/hooks";
import type { ConsoleApi } from "../api.js";
import { errorText } from "../error-text.js";
import { StatusLine } from "../status.js";
import { tagText } from "../tag-text.js";
import { readInventoryCsv } from "./inventory-csv.js";

interface Props {
  readonly api: ConsoleApi;
  readonly tick: number;
  readonly onChanged: () => void;
}

interface Imported {
  readonly locationCode: string;
  readonly item: RefreshItem;
}


/** Jobs of the queue with status and messages; CSV import through `refreshAll` with a progress bar. */
export function JobsView({ api, tick, onChanged }: Props) {
  const [jobs, setJobs] = useState<InventoryJob[]>([]);
  const [status, setStatus] = useState("");
  const [location, setLocation] = useState("homebase");
  const [batchSize, setBatchSize] = useState("100");
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>(undefined);
  const [imported, setImported] = useState<Imported[]>([]);
  const [issues, setIssues] = useState<readonly string[]>([]);

  useEffect(() => {
    void listJobs(api.inventory, { limit: 50 }).then(setJobs, (error: unknown) => setStatus(`Could not list jobs: ${errorText(error)}`));
  }, [api, tick]);

  const importFile = async (file: File): Promise<void> => {
    const read = readInventoryCsv(await file.text(), location.trim());
    setIssues(read.issues);
    setImported([]);
    if (read.issues.length > 0) {
      setStatus(`${file.name} was not imported: ${read.issues.length} problem(s).`);
      return;
    }
    const size = Math.max(1, Math.min(12_000, Number(batchSize) || 100));
    let before = 0;
    let failed = 0;
    const failures: string[] = [];
    setProgress({ done: 0, total: read.items });
    setStatus(`Importing ${read.items} items from ${file.name}…`);
    for (const [locationCode, items] of read.byLocation) {
      const onProgress = (p: BulkProgress): void => setProgress({ done: before + p.itemsDone, total: read.items });
      try {
        const summary = await refreshAll(api.inventory, locationCode, items, { batchSize: size, onProgress });
        failed += summary.failed;
        for (const f of summary.failures) failures.push(`${locationCode}, item ${f.index + 1} (${f.item.upc ?? "?"}): ${f.message}`);
      } catch (error) {
        failed += items.length;
        failures.push(`${locationCode}: ${errorText(error)}`);
      }
      before += items.length;
      setProgress({ done: before, total: read.items });
      setImported((list) => [...list, ...items.map((item) => ({ locationCode, item }))]);
    }
    setIssues(failures);
    setStatus(`Imported ${file.name}: ${read.items - failed} of ${read.items} items applied${failed > 0 ? `, ${failed} refused` : ""}.`);
    onChanged();
  };

  return (
    <section aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">Jobs and import</h2>
      <StatusLine text={status} />
      <h3>Import a CSV file</h3>
      <p>
        Header row: <code>locationCode, upc, partNumber, sku, quantity, safetyStock, floor, ltd, lotCode, date, condition, serialNumber</code>; any other
        column is a tag category. Quantities are set absolutely (refresh).
      </p>
      <div class="toolbar">
        <label>
          Location for rows without one
          <input value={location} onInput={(event) => setLocation(event.currentTarget.value)} />
        </label>
        <label>
          Items per request
          <input type="number" min={1} max={12000} value={batchSize} onInput={(event) => setBatchSize(event.currentTarget.value)} />
        </label>
        <label>
          CSV file
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
              event.currentTarget.value = "";
            }}
          />
        </label>
      </div>
      {progress ? (
        <p>
          <label>
            Import progress{" "}
            <progress max={progress.total} value={progress.done}>
              {progress.done} of {progress.total}
            </progress>{" "}
            <span data-progress>
              {progress.done} of {progress.total} items
            </span>
          </label>
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul class="field-error" aria-label="Import problems">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
      {imported.length > 0 ? (
        <div class="table-wrap">
          <table aria-label="Imported rows">
            <thead>
              <tr>
                <th scope="col">Location</th>
                <th scope="col">UPC</th>
                <th scope="col">Quantity</th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {imported.slice(0, 100).map(({ locationCode, item }, i) => (
                <tr key={i} data-imported={item.upc}>
                  <td>{locationCode}</td>
                  <th scope="row">{item.upc}</th>
                  <td class="num">{item.quantity}</td>
                  <td>{tagText(item.tags, "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h3 id="queue-heading">Jobs</h3>
      <div class="table-wrap">
        <table aria-labelledby="queue-heading">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Type</th>
              <th scope="col">Location</th>
              <th scope="col">Status</th>
              <th scope="col">Items</th>
              <th scope="col">Added</th>
              <th scope="col">Messages</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.jobID} data-job={job.jobID} data-status={job.status}>
                <th scope="row">{job.jobID}</th>
                <td>{job.type}</td>
                <td>{job.locationCode}</td>
                <td>{job.status}</td>
                <td class="num">{job.itemCount}</td>
                <td>{job.added?.replace("T", " ").slice(0, 19)}</td>
                <td>{(job.messages ?? []).map((m) => (typeof m === "string" ? m : JSON.stringify(m))).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
