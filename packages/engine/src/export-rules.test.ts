/**
 * Export settings and export rows (workflow 3) pinned through the public surface: the refusals
 * with the field, code and message the server returns; commands that touch only the settings or
 * destination they name; the id counter; export targets narrowed to one destination; and export
 * rows — every field of a record, the records' order, which locations and records an export takes,
 * and how an aggregate export combines locations.
 */
import { describe, expect, it } from "vitest";
import {
  addExportDestination,
  allocate,
  createExportSettings,
  createState,
  deleteExportDestination,
  deleteExportSettings,
  type ExportSettingsInput,
  exportRows,
  exportState,
  exportTargets,
  importState,
  type InventoryState,
  listExportSettings,
  type RefreshItem,
  refresh,
  saveLocation,
  updateExportDestination,
  updateExportSettings,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2026, 0, 1);

/** The whole refusal (code, message, details), or "ok". */
const refusal = (r: { ok: true } | { ok: false; error: unknown }) => (r.ok ? "ok" : r.error);

/** A refusal whose one detail repeats the message. */
const single = (code: string, field: string, detailCode: string, message: string) => ({
  code,
  message,
  details: [{ field, code: detailCode, message }],
});

const settings = (name: string, ftp: string[] = [], s3: string[] = []): ExportSettingsInput => ({
  name,
  fields: { exportType: "LOCATION", fileFormat: "CSV" },
  ftp: ftp.map((n) => ({ name: n, fields: { ftpServer: `${n}.example.com` } })),
  s3: s3.map((n) => ({ name: n, fields: { bucket: n } })),
});

describe("export settings: refusals name the field, with Kibo's code and message", () => {
  it("an empty settings name is validation_failed on `name`", () => {
    expect(refusal(createExportSettings(createState(), settings("")))).toEqual(single("validation_failed", "name", "required", "name must not be empty"));
  });

  it("an empty destination name is validation_failed on that item; a repeat of a kind is name_taken on the later one", () => {
    expect(refusal(createExportSettings(createState(), settings("n", ["", "a"])))).toEqual({
      code: "validation_failed",
      message: "Invalid export destinations",
      details: [{ field: "ftp[0].name", code: "required", message: "name must not be empty" }],
    });
    expect(refusal(createExportSettings(createState(), settings("n", ["x"], ["x", "y", "x"])))).toEqual({
      code: "name_taken",
      message: "Invalid export destinations",
      details: [{ field: "s3[2].name", code: "name_taken", message: "S3 destination x is given twice" }],
    });
    expect(refusal(createExportSettings(createState(), settings("n", ["x", "x"])))).toMatchObject({
      details: [{ field: "ftp[1].name", message: "FTP destination x is given twice" }],
    });
  });

  it("a taken settings name is name_taken; updating or deleting settings that do not exist is not_found", () => {
    const s = must(createExportSettings(createState(), settings("nightly"))).state;
    expect(refusal(createExportSettings(s, settings("nightly")))).toEqual(single("name_taken", "name", "name_taken", "Export settings nightly already exist"));
    expect(refusal(updateExportSettings(s, settings("hourly")))).toEqual(single("not_found", "name", "not_found", "Export settings hourly not found"));
    expect(refusal(deleteExportSettings(s, "hourly"))).toEqual(single("not_found", "exportSettingsName", "not_found", "Export settings hourly not found"));
  });

  it("destination commands: missing settings, an empty or taken name, a missing destination", () => {
    const s = must(createExportSettings(createState(), settings("n", ["a"], ["lake"]))).state;
    const dest = { name: "b", fields: {} };
    expect(refusal(addExportDestination(s, "m", "ftp", dest))).toEqual(
      single("not_found", "exportSettingsName", "not_found", "Export settings m not found; create them first"),
    );
    expect(refusal(updateExportDestination(s, "m", "ftp", dest))).toEqual(single("not_found", "exportSettingsName", "not_found", "Export settings m not found"));
    expect(refusal(deleteExportDestination(s, "m", "ftp", "a"))).toEqual(single("not_found", "exportSettingsName", "not_found", "Export settings m not found"));
    expect(refusal(addExportDestination(s, "n", "ftp", { name: "", fields: {} }))).toEqual(single("validation_failed", "name", "required", "name must not be empty"));
    expect(refusal(addExportDestination(s, "n", "ftp", { name: "a", fields: {} }))).toEqual({
      code: "name_taken",
      message: "FTP destination a already exists",
      details: [{ field: "name", code: "name_taken", message: "FTP destination a already exists in n" }],
    });
    expect(refusal(updateExportDestination(s, "n", "s3", { name: "zz", fields: {} }))).toEqual(single("not_found", "name", "not_found", "S3 destination zz not found in n"));
    expect(refusal(deleteExportDestination(s, "n", "ftp", "zz"))).toEqual(single("not_found", "exportSettingsFTPName", "not_found", "FTP destination zz not found in n"));
    expect(refusal(deleteExportDestination(s, "n", "s3", "zz"))).toEqual(single("not_found", "exportSettingsS3Name", "not_found", "S3 destination zz not found in n"));
  });
});

describe("export settings: a command changes only what it names", () => {
  /** Settings `a` (ids 1–2) and `b` (ids 3–4). */
  const two = () => must(createExportSettings(must(createExportSettings(createState(), settings("a", ["main"]))).state, settings("b", ["other"]))).state;

  it("update replaces the named settings only; destinations keep their ids by name, new ones take the next ids", () => {
    const s = two();
    const b = listExportSettings(s)[1];
    const updated = must(updateExportSettings(s, { ...settings("a", ["backup", "main"], ["lake"]), fields: { exportType: "AGGREGATE" } }));
    const a = {
      id: 1,
      name: "a",
      fields: { exportType: "AGGREGATE" },
      ftp: [
        { id: 5, name: "backup", fields: { ftpServer: "backup.example.com" } },
        { id: 2, name: "main", fields: { ftpServer: "main.example.com" } },
      ],
      s3: [{ id: 6, name: "lake", fields: { bucket: "lake" } }],
    };
    expect(updated.value).toEqual(a);
    expect(listExportSettings(updated.state)).toEqual([a, b]);
    expect(must(createExportSettings(updated.state, settings("c"))).value.id).toBe(7);
  });

  it("list by name gives the one settings; delete removes only the named one", () => {
    const s = two();
    const [a, b] = listExportSettings(s);
    expect(listExportSettings(s, "b")).toEqual([b]);
    expect(listExportSettings(must(deleteExportSettings(s, "b")).state)).toEqual([a]);
  });

  it("adding a destination takes the next id, leaves a free name of the same kind alone and the other settings as they were", () => {
    let s = two();
    const b = listExportSettings(s)[1];
    const added = must(addExportDestination(s, "a", "ftp", { name: "second", fields: { ftpServer: "h" } }));
    expect(added.value).toEqual({ id: 5, name: "second", fields: { ftpServer: "h" } });
    s = added.state;
    expect(listExportSettings(s).map((e) => [e.name, e.ftp.map((d) => [d.id, d.name])])).toEqual([
      ["a", [[2, "main"], [5, "second"]]],
      ["b", [[4, "other"]]],
    ]);
    expect(listExportSettings(s)[1]).toEqual(b);
    expect(must(createExportSettings(s, settings("c"))).value.id).toBe(6);
  });

  it("updating or deleting a destination touches that one only", () => {
    const s = must(addExportDestination(two(), "a", "ftp", { name: "second", fields: { ftpServer: "h" } })).state;
    const updated = must(updateExportDestination(s, "a", "ftp", { name: "main", fields: { ftpServer: "new" } }));
    expect(updated.value).toEqual({ id: 2, name: "main", fields: { ftpServer: "new" } });
    expect(listExportSettings(updated.state)[0]?.ftp).toEqual([
      { id: 2, name: "main", fields: { ftpServer: "new" } },
      { id: 5, name: "second", fields: { ftpServer: "h" } },
    ]);
    const deleted = must(deleteExportDestination(updated.state, "a", "ftp", "main"));
    expect(deleted.value).toEqual({ id: 2, name: "main", fields: { ftpServer: "new" } });
    expect(listExportSettings(deleted.state)[0]?.ftp).toEqual([{ id: 5, name: "second", fields: { ftpServer: "h" } }]);
    expect(listExportSettings(deleted.state)[1]).toEqual(listExportSettings(s)[1]);
  });
});

describe("export targets", () => {
  const stateWith = () => must(createExportSettings(createState(), settings("nightly", ["main", "backup"], ["lake", "pond"]))).state;

  it("no settings at all, a destination without settings, unknown settings: refused with the field", () => {
    expect(refusal(exportTargets(createState(), {}))).toEqual(
      single("not_found", "exportSettingsName", "not_found", "The tenant has no export settings; create some first"),
    );
    const required = single("validation_failed", "exportSettingsName", "required", "exportSettingsName is required when a destination is named");
    expect(refusal(exportTargets(stateWith(), { s3Name: "lake" }))).toEqual(required);
    expect(refusal(exportTargets(stateWith(), { ftpName: "main" }))).toEqual(required);
    expect(refusal(exportTargets(stateWith(), { settingsName: "hourly" }))).toEqual(
      single("not_found", "exportSettingsName", "not_found", "Export settings hourly not found"),
    );
  });

  it("named settings: all its destinations, or only the named FTP and/or S3 one", () => {
    const s = stateWith();
    const names = (r: ReturnType<typeof exportTargets>) => (r.ok ? r.value.map((t) => [t.settings.name, t.ftp.map((d) => d.name), t.s3.map((d) => d.name)]) : r.error);
    expect(names(exportTargets(s, { settingsName: "nightly" }))).toEqual([["nightly", ["main", "backup"], ["lake", "pond"]]]);
    expect(names(exportTargets(s, { settingsName: "nightly", s3Name: "pond" }))).toEqual([["nightly", [], ["pond"]]]);
    expect(names(exportTargets(s, { settingsName: "nightly", ftpName: "backup" }))).toEqual([["nightly", ["backup"], []]]);
    expect(names(exportTargets(s, { settingsName: "nightly", ftpName: "main", s3Name: "lake" }))).toEqual([["nightly", ["main"], ["lake"]]]);
  });

  it("a named destination that does not exist is not_found on its own field", () => {
    const s = stateWith();
    expect(refusal(exportTargets(s, { settingsName: "nightly", ftpName: "zz", s3Name: "lake" }))).toEqual(
      single("not_found", "exportSettingsFTPName", "not_found", "FTP destination zz not found in nightly"),
    );
    expect(refusal(exportTargets(s, { settingsName: "nightly", ftpName: "main", s3Name: "zz" }))).toEqual(
      single("not_found", "exportSettingsS3Name", "not_found", "S3 destination zz not found in nightly"),
    );
  });
});

describe("export rows", () => {
  function at(state: InventoryState, locationCode: string, items: RefreshItem[]): InventoryState {
    return must(refresh(state, { locationCode, items }, NOW)).state;
  }

  it("a LOCATION row carries every field of the record, and no key for a field the record lacks", () => {
    let s = must(saveLocation(createState(), { code: "WH1" })).state;
    s = at(s, "WH1", [
      { upc: "G", quantity: 1, partNumber: "P-G", sku: "SKU-G", lotCode: "L1", date: "2027-07-30", condition: "New", serialNumber: "S1" },
      { upc: "H", quantity: 4, safetyStock: 1, floor: 3, ltd: 2.5, hasInfiniteInventory: true },
    ]);
    expect(exportRows(s, { exportType: "LOCATION" })).toStrictEqual([
      {
        locationCode: "WH1",
        upc: "G",
        partNumber: "P-G",
        sku: "SKU-G",
        lotCode: "L1",
        date: "2027-07-30T00:00:00.000Z",
        condition: "New",
        serialNumber: "S1",
        quantity: 1,
        safetyStock: 0,
        floor: 0,
        ltd: 0,
        hasInfiniteInventory: false,
        tags: {},
      },
      { locationCode: "WH1", upc: "H", quantity: 4, safetyStock: 1, floor: 3, ltd: 2.5, hasInfiniteInventory: true, tags: {} },
    ]);
  });

  it("a record with no stock left is still a row, of quantity 0", () => {
    let s = must(saveLocation(createState(), { code: "WH1" })).state;
    s = at(s, "WH1", [{ upc: "Z", quantity: 3 }]);
    s = at(s, "WH1", [{ upc: "Z", quantity: 0 }]);
    expect(exportRows(s, { exportType: "LOCATION" }).map((r) => [r.upc, r.quantity, r.tags])).toEqual([["Z", 0, {}]]);
  });

  it("the tags of a row are ordinary properties, a category named __proto__ included", () => {
    let s = must(saveLocation(createState(), { code: "WH1" })).state;
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
    s = must(upsertTagCategory(s, { name: "__proto__", values: [{ value: "X" }] }, NOW)).state;
    s = at(s, "WH1", [{ upc: "U", quantity: 2, tags: [{ name: "Channel", value: "Store" }, { name: "__proto__", value: "X" }] }]);
    const [row] = exportRows(s, { exportType: "LOCATION" });
    const plain = (value: string) => ({ value, writable: true, enumerable: true, configurable: true });
    expect(Object.getOwnPropertyDescriptors(row?.tags)).toEqual({ Channel: plain("Store"), ["__proto__"]: plain("X") });
    expect(Object.getPrototypeOf(row?.tags)).toBe(Object.prototype);
  });

  it("the records of one product come out oldest first, whatever order the store holds them in", () => {
    let s = must(saveLocation(createState(), { code: "WH1" })).state;
    s = at(s, "WH1", [
      { upc: "U", quantity: 1, lotCode: "B" },
      { upc: "U", quantity: 2, lotCode: "A" },
      { upc: "U", quantity: 3, lotCode: "C" },
    ]);
    const data = exportState(s);
    const reversed = { ...data, slots: data.slots.map((slot) => ({ ...slot, records: [...slot.records].reverse() })) };
    const back = importState(reversed);
    if (!back.ok) throw new Error("import failed");
    expect(exportRows(back.value, { exportType: "LOCATION" }).map((r) => r.lotCode)).toEqual(["B", "A", "C"]);
  });

  it("stock at a location the state does not know (imported data) is left out", () => {
    let s = must(saveLocation(createState(), { code: "WH1" })).state;
    s = at(s, "WH1", [{ upc: "U", quantity: 1 }]);
    const data = exportState(s);
    const back = importState({ ...data, slots: [...data.slots, ...data.slots.map((slot) => ({ ...slot, locationCode: "GONE" }))] });
    if (!back.ok) throw new Error("import failed");
    expect(exportRows(back.value, { exportType: "LOCATION" }).map((r) => [r.locationCode, r.upc])).toEqual([["WH1", "U"]]);
  });

  it("a record made only by an allocation (an implicit holder) is not exported", () => {
    let s = must(saveLocation(createState(), { code: "WH1" })).state;
    s = at(s, "WH1", [{ upc: "U", quantity: 1 }]);
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "W", locationCode: "WH1", quantity: 2 }] }, NOW)).state;
    expect(exportRows(s, { exportType: "LOCATION" }).map((r) => r.upc)).toEqual(["U"]);
  });

  it("locations: the include flag of the export type, and each fulfilment filter", () => {
    let s = createState();
    s = must(saveLocation(s, { code: "A", includeInLocationExport: false })).state;
    s = must(saveLocation(s, { code: "B", includeInAggregate: false })).state;
    s = must(saveLocation(s, { code: "C", directShip: true })).state;
    s = must(saveLocation(s, { code: "D", transferEnabled: true })).state;
    s = must(saveLocation(s, { code: "E", pickup: true })).state;
    for (const code of ["A", "B", "C", "D", "E"]) s = at(s, code, [{ upc: `U-${code}`, quantity: 1 }]);
    expect(exportRows(s, { exportType: "LOCATION" }).map((r) => r.locationCode)).toEqual(["B", "C", "D", "E"]);
    expect(exportRows(s, { exportType: "AGGREGATE" }).map((r) => r.upc)).toEqual(["U-A", "U-C", "U-D", "U-E"]);
    expect(exportRows(s, { exportType: "LOCATION", directShip: true }).map((r) => r.locationCode)).toEqual(["C"]);
    expect(exportRows(s, { exportType: "LOCATION", transfer: true }).map((r) => r.locationCode)).toEqual(["D"]);
    expect(exportRows(s, { exportType: "LOCATION", pickup: true }).map((r) => r.locationCode)).toEqual(["E"]);
  });

  it("AGGREGATE: quantity summed, floor and ltd SUM unless a mode is given, infinite if any location is, sorted by product", () => {
    let s = createState();
    for (const code of ["WH1", "WH2", "WH3"]) s = must(saveLocation(s, { code })).state;
    s = at(s, "WH1", [{ upc: "U2", quantity: 1 }]);
    s = at(s, "WH2", [{ upc: "U1", quantity: 2, floor: 1, ltd: 1.5, hasInfiniteInventory: true }]);
    s = at(s, "WH3", [{ upc: "U1", quantity: 5, floor: 2, ltd: 0.5 }]);
    const plain = { safetyStock: 0, floor: 0, ltd: 0, hasInfiniteInventory: false, tags: {} };
    expect(exportRows(s, { exportType: "AGGREGATE" })).toStrictEqual([
      { ...plain, upc: "U1", quantity: 7, floor: 3, ltd: 2, hasInfiniteInventory: true },
      { ...plain, upc: "U2", quantity: 1 },
    ]);
    const [min] = exportRows(s, { exportType: "AGGREGATE", floor: "MIN", ltd: "MAX" });
    expect(min).toMatchObject({ upc: "U1", floor: 1, ltd: 1.5 });
  });
});
