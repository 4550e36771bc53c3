/**
 * Export settings, export rows and the fetch-file configuration (workflows 3–5, modelled): names
 * unique (409 `name_taken`), add-ons only on settings that exist, ids kept on replace, refusals
 * change nothing, and export rows that a refresh turns back into the same stock.
 */
import { describe, expect, it } from "vitest";
import {
  addExportDestination,
  createExportSettings,
  createState,
  deleteExportDestination,
  deleteExportSettings,
  deleteFetchConfig,
  type ExportRow,
  exportRows,
  exportState,
  exportTargets,
  fetchConfigById,
  getFetchConfig,
  importState,
  type InventoryState,
  listExportSettings,
  recordExportJob,
  refresh,
  type RefreshItem,
  saveFetchConfig,
  saveLocation,
  updateExportDestination,
  updateExportSettings,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2026, 0, 1);

const refusal = (r: { ok: boolean; error?: { code: string; details: readonly { field: string }[] } }) =>
  r.ok || !r.error ? "ok" : `${r.error.code} ${r.error.details.map((d) => d.field).join(",")}`;

const settings = (name: string, ftp: string[] = [], s3: string[] = []) => ({
  name,
  fields: { exportType: "LOCATION", fileFormat: "CSV" },
  ftp: ftp.map((n) => ({ name: n, fields: { ftpServer: "sftp.example.com", ftpPort: 22, ftpDirectory: "/out" } })),
  s3: s3.map((n) => ({ name: n, fields: { bucket: "b", region: "us-east-1" } })),
});

describe("export settings", () => {
  it("a taken name is name_taken and changes nothing; ids come from one counter", () => {
    const a = must(createExportSettings(createState(), settings("nightly", ["main"], ["lake"])));
    expect(a.value).toMatchObject({ id: 1, name: "nightly", ftp: [{ id: 2, name: "main" }], s3: [{ id: 3, name: "lake" }] });
    const again = createExportSettings(a.state, settings("nightly"));
    expect(refusal(again)).toBe("name_taken name");
    expect(refusal(createExportSettings(createState(), settings("twice", ["x", "x"])))).toBe("name_taken ftp[1].name");
    expect(refusal(createExportSettings(createState(), settings("")))).toBe("validation_failed name");
    expect(listExportSettings(a.state).map((e) => e.name)).toEqual(["nightly"]);
    expect(listExportSettings(a.state, "other")).toEqual([]);
  });

  it("update replaces the fields and keeps ids by name; a missing name is not_found", () => {
    const a = must(createExportSettings(createState(), settings("nightly", ["main"])));
    const b = must(updateExportSettings(a.state, { ...settings("nightly", ["main", "backup"]), fields: { exportType: "AGGREGATE", fileFormat: "CSV" } }));
    expect(b.value).toMatchObject({ id: 1, fields: { exportType: "AGGREGATE" }, ftp: [{ id: 2, name: "main" }, { id: 3, name: "backup" }] });
    expect(refusal(updateExportSettings(a.state, settings("other")))).toBe("not_found name");
  });

  it("FTP and S3 add-ons need settings that exist and a free name", () => {
    const a = must(createExportSettings(createState(), settings("nightly")));
    const dest = { name: "main", fields: { ftpServer: "h" } };
    expect(refusal(addExportDestination(createState(), "nightly", "ftp", dest))).toBe("not_found exportSettingsName");
    const b = must(addExportDestination(a.state, "nightly", "ftp", dest));
    expect(b.value.id).toBe(2);
    expect(refusal(addExportDestination(b.state, "nightly", "ftp", dest))).toBe("name_taken name");
    // The same name is free among the S3 destinations.
    const c = must(addExportDestination(b.state, "nightly", "s3", { name: "main", fields: {} }));
    const d = must(updateExportDestination(c.state, "nightly", "ftp", { name: "main", fields: { ftpServer: "other" } }));
    expect(d.value).toEqual({ id: 2, name: "main", fields: { ftpServer: "other" } });
    expect(refusal(updateExportDestination(c.state, "nightly", "ftp", { name: "nope", fields: {} }))).toBe("not_found name");
    const e = must(deleteExportDestination(d.state, "nightly", "ftp", "main"));
    expect(listExportSettings(e.state)[0]?.ftp).toEqual([]);
    expect(refusal(deleteExportDestination(e.state, "nightly", "s3", "nope"))).toBe("not_found exportSettingsS3Name");
    expect(refusal(deleteExportSettings(e.state, "nope"))).toBe("not_found exportSettingsName");
    expect(listExportSettings(must(deleteExportSettings(e.state, "nightly")).state)).toEqual([]);
  });

  it("export targets: every settings, one, or one destination of one", () => {
    expect(refusal(exportTargets(createState(), {}))).toBe("not_found exportSettingsName");
    const a = must(createExportSettings(createState(), settings("nightly", ["main", "backup"], ["lake"])));
    const b = must(createExportSettings(a.state, settings("hourly")));
    const all = exportTargets(b.state, {});
    expect(all.ok && all.value.map((t) => t.settings.name)).toEqual(["nightly", "hourly"]);
    const one = exportTargets(b.state, { settingsName: "nightly", ftpName: "backup" });
    expect(one.ok && one.value.map((t) => [t.ftp.map((d) => d.name), t.s3.length])).toEqual([[["backup"], 0]]);
    expect(refusal(exportTargets(b.state, { settingsName: "nightly", s3Name: "nope" }))).toBe("not_found exportSettingsS3Name");
    expect(refusal(exportTargets(b.state, { ftpName: "main" }))).toBe("validation_failed exportSettingsName");
  });

  it("an export run is a finished EXPORT job carrying its file", () => {
    const a = must(createExportSettings(createState(), settings("nightly")));
    const entry = listExportSettings(a.state)[0];
    if (!entry) throw new Error("no settings");
    const [job, s] = recordExportJob(a.state, entry, { file: "upc,quantity\n", rows: 0, messages: ["kept"] }, NOW);
    expect(job).toMatchObject({ type: "EXPORT", status: "SUCCESS", file: "upc,quantity\n", exportSettingsId: 1, itemCount: 0, messages: ["kept"] });
    const [failed] = recordExportJob(s, entry, { failure: ["XML"] }, NOW);
    expect(failed).toMatchObject({ status: "FAILED", messages: ["XML"], jobId: job.jobId + 1 });
    expect(failed).not.toHaveProperty("file");
  });
});

describe("fetch-file configuration", () => {
  it("saved once per tenant, replaced with its id kept; unknown ids are not_found", () => {
    expect(refusal(getFetchConfig(createState()))).toBe("not_found fetchFileConfigID");
    const a = must(saveFetchConfig(createState(), { fields: { ftpServer: "a" } }, NOW));
    expect(a.value).toEqual({ id: 1, lastModified: "2026-01-01T00:00:00.000Z", fields: { ftpServer: "a" } });
    const b = must(saveFetchConfig(a.state, { id: 1, fields: { ftpServer: "b" } }, NOW + 1000));
    expect(b.value.id).toBe(1);
    expect(refusal(saveFetchConfig(b.state, { id: 7, fields: {} }, NOW))).toBe("not_found fetchFileConfigID");
    expect(refusal(fetchConfigById(b.state, 7))).toBe("not_found fetchFileConfigID");
    const c = must(deleteFetchConfig(b.state, 1));
    expect(refusal(getFetchConfig(c.state))).toBe("not_found fetchFileConfigID");
    // A new configuration gets a new id.
    expect(must(saveFetchConfig(c.state, { fields: {} }, NOW)).value.id).toBe(2);
  });

  it("survives exportState / importState; data from before it imports with none", () => {
    const a = must(createExportSettings(createState(), settings("nightly", ["main"])));
    const b = must(saveFetchConfig(a.state, { fields: { ftpServer: "a" } }, NOW));
    const data = exportState(b.state);
    const back = importState(data);
    expect(back.ok && back.value.fileTransfer).toEqual(b.state.fileTransfer);
    const { fileTransfer: _f, ...older } = data;
    const old = importState(older);
    expect(old.ok && old.value.fileTransfer).toEqual(createState().fileTransfer);
  });
});

describe("export rows", () => {
  function stocked(): InventoryState {
    let s = must(saveLocation(createState(), { code: "WH1" })).state;
    s = must(saveLocation(s, { code: "WH2" })).state;
    s = must(saveLocation(s, { code: "OFF", includeInLocationExport: false, includeInAggregate: false })).state;
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "A", percent: 60 }, { value: "B", percent: 40 }] }, NOW)).state;
    const items: RefreshItem[] = [
      { upc: "U1", quantity: 10, tags: { Channel: "Web" }, safetyStock: 2, ltd: 1.5 },
      { upc: "U1", quantity: 4, tags: { Channel: "Store" } },
      { upc: "U2", quantity: 1, serialNumber: "S-1", partNumber: "P2" },
      { upc: "U3", quantity: 3, lotCode: "L1", date: "2027-07-30", hasInfiniteInventory: true },
    ];
    s = must(refresh(s, { locationCode: "WH1", items }, NOW)).state;
    s = must(refresh(s, { locationCode: "WH2", items: [{ upc: "U1", quantity: 5, tags: { Channel: "Web" }, safetyStock: 7 }] }, NOW)).state;
    return must(refresh(s, { locationCode: "OFF", items: [{ upc: "U1", quantity: 99 }] }, NOW)).state;
  }

  it("LOCATION: a row per record and discrete segment; percentage categories pooled; excluded locations left out", () => {
    const rows = exportRows(stocked(), { exportType: "LOCATION" });
    expect(rows.map((r) => [r.locationCode, r.upc, r.quantity, r.tags])).toEqual([
      ["WH1", "U1", 10, { Channel: "Web" }],
      ["WH1", "U1", 4, { Channel: "Store" }],
      ["WH1", "U2", 1, { Channel: "Web" }],
      ["WH1", "U3", 3, { Channel: "Web" }],
      ["WH2", "U1", 5, { Channel: "Web" }],
    ]);
    expect(rows[2]).toMatchObject({ serialNumber: "S-1", partNumber: "P2" });
    expect(rows[3]).toMatchObject({ lotCode: "L1", hasInfiniteInventory: true });
  });

  it("refreshing the rows into an empty tenant with the same configuration gives the same stock", () => {
    const source = stocked();
    const rows = exportRows(source, { exportType: "LOCATION" });
    let target = createState();
    target = must(saveLocation(target, { code: "WH1" })).state;
    target = must(saveLocation(target, { code: "WH2" })).state;
    target = must(upsertTagCategory(target, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
    target = must(upsertTagCategory(target, { name: "Split", values: [{ value: "A", percent: 60 }, { value: "B", percent: 40 }] }, NOW)).state;
    for (const code of ["WH1", "WH2"]) {
      const items = rows.filter((r) => r.locationCode === code).map(({ locationCode: _l, ...item }: ExportRow) => item);
      target = must(refresh(target, { locationCode: code, items }, NOW)).state;
    }
    expect(exportRows(target, { exportType: "LOCATION" })).toEqual(rows);
  });

  it("AGGREGATE: summed over locations without a location; safety stock, floor and ltd by mode", () => {
    const s = stocked();
    const sum = exportRows(s, { exportType: "AGGREGATE" });
    expect(sum.find((r) => r.upc === "U1" && r.tags.Channel === "Web")).toMatchObject({ quantity: 15, safetyStock: 9 });
    expect(sum.every((r) => r.locationCode === undefined)).toBe(true);
    const max = exportRows(s, { exportType: "AGGREGATE", safetyStock: "MAX", ltd: "AVG" });
    expect(max.find((r) => r.upc === "U1" && r.tags.Channel === "Web")).toMatchObject({ safetyStock: 7, ltd: 1 });
  });

  it("location filters: active only, and the fulfilment flags", () => {
    let s = stocked();
    s = must(saveLocation(s, { code: "WH2", active: false, pickup: true })).state;
    expect(new Set(exportRows(s, { exportType: "LOCATION", onlyActiveLocations: true }).map((r) => r.locationCode))).toEqual(new Set(["WH1"]));
    expect(new Set(exportRows(s, { exportType: "LOCATION", pickup: true }).map((r) => r.locationCode))).toEqual(new Set(["WH2"]));
  });
});
