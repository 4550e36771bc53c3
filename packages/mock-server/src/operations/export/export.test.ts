/**
 * The developer guide's workflows 3–5 over HTTP (modelled): export settings with FTP and S3
 * add-ons, export runs whose file imports again unchanged, and the fetch-file configuration with
 * its I/O-free connection test. Every refusal names its field and changes nothing.
 */
import { describe, expect, it } from "vitest";
import { call, INV, refreshCall, segmentedMock } from "../../../test/support/write-test-kit.js";
import { createInventoryMock, type InventoryMock } from "../../create-inventory-mock.js";
import { parseInventoryCsv } from "../../seed/csv.js";

const EXPORT = "https://x/api/commerce/inventory/v1/export";
const FETCH = "https://x/api/commerce/inventory/v1/config/fetchfile";
type Err = { errorCode: string; items: { field: string; message: string }[] };

const ftp = (name: string) => ({ name, ftpServer: "sftp.example.com", ftpPort: 22, ftpDirectory: "/out" });
const settings = (name: string, extra: Record<string, unknown> = {}) => ({
  exportSettings: { name, exportType: "LOCATION" as const, fileFormat: "CSV" as const, ftpInformation: [ftp("main")], ...extra },
});
const state = (mock: InventoryMock) => JSON.stringify(mock.exportState().state);

async function exportFile(mock: InventoryMock, jobId: number): Promise<Response> {
  return mock.fetch(`https://x/__mock/exports/${jobId}`);
}

describe("export settings", () => {
  it("create, read back with ids; a taken name is 409 JOB_ALREADY_EXISTS and changes nothing", async () => {
    const mock = segmentedMock();
    const created = await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly", { cronExpression: "0 3 * * *" }));
    expect(created).toEqual({ status: 200, body: { exportSettingsName: "nightly" } });
    const before = state(mock);
    const again = await call<Err>(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly"));
    expect(again.status).toBe(409);
    expect(again.body.errorCode).toBe("JOB_ALREADY_EXISTS");
    expect(again.body.items[0]?.field).toBe("exportSettings.name");
    expect(state(mock)).toBe(before);
    const read = await call<{ exportSettings: Record<string, unknown> }[]>(mock, "getExportSettings", "GET", `${EXPORT}?exportSettingsName=nightly`);
    expect(read.body).toEqual([
      {
        exportSettings: {
          name: "nightly",
          exportType: "LOCATION",
          fileFormat: "CSV",
          cronExpression: "0 3 * * *",
          ftpInformation: [{ ...ftp("main"), exportSettingsFTPID: 2, exportSettingsID: 1 }],
          s3Information: [],
        },
      },
    ]);
    expect((await call(mock, "getExportSettings", "GET", `${EXPORT}?exportSettingsName=other`)).body).toEqual([]);
  });

  it("a bad cron expression is 400 naming the field and the value, and nothing is stored", async () => {
    const mock = segmentedMock();
    const before = state(mock);
    for (const cron of ["every day", "61 * * * *", "0 0 31 2 *"]) {
      const res = await call<Err>(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly", { cronExpression: cron }));
      expect(res.status).toBe(400);
      expect(res.body.items).toEqual([expect.objectContaining({ field: "exportSettings.cronExpression", message: expect.stringContaining(JSON.stringify(cron)) })]);
    }
    expect(state(mock)).toBe(before);
  });

  it("a destination name given twice is 409; a bad port is 400 naming it", async () => {
    const mock = segmentedMock();
    const twice = await call<Err>(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("n", { ftpInformation: [ftp("a"), ftp("a")] }));
    expect([twice.status, twice.body.items[0]?.field]).toEqual([409, "exportSettings.ftpInformation[1].name"]);
    const port = await call<Err>(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("n", { ftpInformation: [{ ...ftp("a"), ftpPort: 0 }] }));
    expect([port.status, port.body.items[0]?.field]).toEqual([400, "exportSettings.ftpInformation[0].ftpPort"]);
  });

  it("FTP and S3 add-ons need existing settings (404) and a free name (409); update and delete", async () => {
    const mock = segmentedMock();
    const s3 = { exportSettingsName: "nightly", exportSettingsS3: { name: "lake", bucket: "inv", region: "us-east-1" } };
    expect((await call<Err>(mock, "createExportSettingsS3", "POST", `${EXPORT}/s3/create`, s3)).status).toBe(404);
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly"));
    expect((await call(mock, "createExportSettingsS3", "POST", `${EXPORT}/s3/create`, s3)).body).toEqual({ exportSettingsName: "nightly", exportSettingsS3Name: "lake" });
    const taken = await call<Err>(mock, "createExportSettingsS3", "POST", `${EXPORT}/s3/create`, s3);
    expect([taken.status, taken.body.errorCode, taken.body.items[0]?.field]).toEqual([409, "JOB_ALREADY_EXISTS", "exportSettingsS3.name"]);
    const ftpAdd = { exportSettingsName: "nightly", exportSettingsFTP: ftp("backup") };
    expect((await call(mock, "createExportSettingsFTP", "POST", `${EXPORT}/ftp/create`, ftpAdd)).status).toBe(200);
    const moved = { exportSettingsName: "nightly", exportSettingsFTP: { ...ftp("backup"), ftpDirectory: "/elsewhere" } };
    expect((await call(mock, "updateExportSettingsFTP", "POST", `${EXPORT}/ftp/update`, moved)).status).toBe(200);
    const unknown = { exportSettingsName: "nightly", exportSettingsFTP: ftp("nope") };
    expect((await call(mock, "updateExportSettingsFTP", "POST", `${EXPORT}/ftp/update`, unknown)).status).toBe(404);
    const s3Update = await call(mock, "updateExportSettingsS3", "POST", `${EXPORT}/s3/update`, { ...s3, exportSettingsS3: { ...s3.exportSettingsS3, region: "eu-west-1" } });
    expect(s3Update.body).toMatchObject({ exportSettingsID: 1, exportSettingsS3ID: 3 });
    expect((await call(mock, "deleteExportSettingsS3", "DELETE", `${EXPORT}/s3/nightly/lake`)).body).toEqual({ deleted: 1 });
    expect((await call(mock, "deleteExportSettingsS3", "DELETE", `${EXPORT}/s3/nightly/lake`)).status).toBe(404);
    expect((await call(mock, "deleteExportSettingsFTP", "DELETE", `${EXPORT}/ftp/nightly/backup`)).body).toEqual({ deleted: 1 });
    const read = await call<{ exportSettings: { ftpInformation: { name: string }[]; s3Information: unknown[] } }[]>(mock, "getExportSettings", "GET", EXPORT);
    expect(read.body[0]?.exportSettings.ftpInformation.map((d) => d.name)).toEqual(["main"]);
    expect((await call(mock, "updateExportSettings", "POST", `${EXPORT}/update`, settings("other"))).status).toBe(404);
    expect((await call(mock, "updateExportSettings", "POST", `${EXPORT}/update`, settings("nightly", { exportType: "AGGREGATE" }))).body).toMatchObject({ name: "nightly", success: true });
    expect((await call(mock, "deleteExportSettings", "DELETE", `${EXPORT}/nightly`)).body).toEqual({ deleted: 1 });
    expect((await call(mock, "deleteExportSettings", "DELETE", `${EXPORT}/nightly`)).status).toBe(404);
  });
});

describe("runExport", () => {
  async function stocked(): Promise<InventoryMock> {
    const mock = segmentedMock();
    await refreshCall(mock, {
      locationCode: "homebase",
      items: [
        { upc: "A-1", quantity: 7, tags: { Channel: "Target" }, safetyStock: 2 },
        { upc: "A-1", quantity: 3 },
        { upc: "B,2", quantity: 1, lotCode: "L1", date: "2027-07-30" },
      ],
    });
    await refreshCall(mock, { locationCode: "store2", items: [{ upc: "A-1", quantity: 4 }] });
    return mock;
  }

  it("makes a finished EXPORT job whose file is the inventory in the import format", async () => {
    const mock = await stocked();
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly"));
    const run = await call<{ exportInventoryJobResponses: { exportSettingsID: number; jobID: number }[] }>(mock, "runExport", "POST", EXPORT, { exportSettingsName: "nightly" });
    expect(run.status).toBe(200);
    const [first] = run.body.exportInventoryJobResponses;
    expect(first?.exportSettingsID).toBe(1);
    const job = await call(mock, "getJob", "GET", `https://x/api/commerce/inventory/v1/queue/${first?.jobID}`);
    expect(job.body).toMatchObject({ type: "EXPORT", status: "SUCCESS", itemCount: 4, locationCode: "" });
    expect(job.body.messages).toEqual([
      `file: GET /__mock/exports/${first?.jobID} (4 rows)`,
      "not sent to FTP destination main (sftp.example.com:22/out): the reference server moves no files",
    ]);
    const file = await exportFile(mock, first?.jobID ?? 0);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="nightly-${first?.jobID}.csv"`);
    expect(await file.text()).toBe(
      [
        "locationCode,upc,partNumber,sku,quantity,safetyStock,floor,ltd,lotCode,date,condition,serialNumber,hasInfiniteInventory,Channel",
        "homebase,A-1,,,3,2,0,0,,,,,false,Warehouse",
        "homebase,A-1,,,7,2,0,0,,,,,false,Target",
        'homebase,"B,2",,,1,0,0,0,L1,2027-07-30T00:00:00.000Z,,,false,Warehouse',
        "store2,A-1,,,4,0,0,0,,,,,false,Warehouse",
        "",
      ].join("\n"),
    );
  });

  it("imports again unchanged: the file refreshed into a fresh server exports the same file", async () => {
    const mock = await stocked();
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly"));
    const run = await call<{ exportInventoryJobResponses: { jobID: number }[] }>(mock, "runExport", "POST", EXPORT, {});
    const text = await (await exportFile(mock, run.body.exportInventoryJobResponses[0]?.jobID ?? 0)).text();
    const parsed = parseInventoryCsv(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const fresh = segmentedMock();
    for (const code of ["homebase", "store2"]) {
      const items = parsed.items.filter((i) => i.locationCode === code).map(({ locationCode: _l, ltd, ...rest }) => ({ ...rest, lTD: ltd }));
      expect((await refreshCall(fresh, { locationCode: code, items })).status).toBe(200);
    }
    const query = (m: InventoryMock) => call(m, "postQueryInventory", "POST", INV, { type: "ALL", items: [{ upc: "A-1" }, { upc: "B,2" }] });
    expect((await query(fresh)).body).toEqual((await query(mock)).body);
    await call(fresh, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly"));
    const again = await call<{ exportInventoryJobResponses: { jobID: number }[] }>(fresh, "runExport", "POST", EXPORT, {});
    expect(await (await exportFile(fresh, again.body.exportInventoryJobResponses[0]?.jobID ?? 0)).text()).toBe(text);
  });

  it("AGGREGATE sums over locations without a location column; XML settings make a FAILED job without a file", async () => {
    const mock = await stocked();
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("agg", { exportType: "AGGREGATE", safetyStock: "SAFETY_STOCK_MAX" }));
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("xml", { fileFormat: "XML" }));
    const run = await call<{ exportInventoryJobResponses: { jobID: number }[] }>(mock, "runExport", "POST", EXPORT, {});
    const [agg, xml] = run.body.exportInventoryJobResponses;
    const lines = (await (await exportFile(mock, agg?.jobID ?? 0)).text()).split("\n");
    expect(lines[0]?.startsWith("upc,")).toBe(true);
    // Warehouse: 3 at homebase (safety stock 2) + 4 at store2 (0); MAX keeps 2.
    expect(lines).toContain("A-1,,,7,2,0,0,,,,,false,Warehouse");
    expect(lines).toContain("A-1,,,7,2,0,0,,,,,false,Target");
    const failed = await call(mock, "getJob", "GET", `https://x/api/commerce/inventory/v1/queue/${xml?.jobID}`);
    expect(failed.body).toMatchObject({ status: "FAILED", success: false });
    expect((await exportFile(mock, xml?.jobID ?? 0)).status).toBe(404);
  });

  it("refuses unknown settings and destinations (404) and a destination without settings (400), changing nothing", async () => {
    const mock = await stocked();
    expect((await call<Err>(mock, "runExport", "POST", EXPORT, {})).status).toBe(404);
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly"));
    const before = state(mock);
    const unknownFtp = await call<Err>(mock, "runExport", "POST", EXPORT, { exportSettingsName: "nightly", exportSettingsFTPName: "nope" });
    expect([unknownFtp.status, unknownFtp.body.items[0]?.field]).toEqual([404, "exportSettingsFTPName"]);
    expect((await call<Err>(mock, "runExport", "POST", EXPORT, { exportSettingsName: "nope" })).status).toBe(404);
    expect((await call<Err>(mock, "runExport", "POST", EXPORT, { exportSettingsS3Name: "x" })).status).toBe(400);
    expect(state(mock)).toBe(before);
    expect((await exportFile(mock, 1)).status).toBe(404); // job 1 is a REFRESH
    expect((await mock.fetch("https://x/__mock/exports/abc")).status).toBe(400);
  });
});

describe("fetch-file configuration", () => {
  const config = { active: true, ftpServer: "sftp.example.com", ftpUsername: "kibo", ftpPassword: "pw", ftpRemotePath: "/in", lockName: "inv", postProcessAction: 1 };

  it("save, read, replace (id kept), test without I/O, delete", async () => {
    const mock = segmentedMock();
    expect((await call(mock, "getFetchConfig", "GET", FETCH)).status).toBe(404);
    expect((await call(mock, "saveFetchConfig", "POST", FETCH, config)).body).toMatchObject({ success: true });
    const read = await call(mock, "getFetchConfig", "GET", FETCH);
    expect(read.body).toMatchObject({ ...config, fetchFileConfigID: 1, tenantID: 1000, lastModified: "2025-01-01T00:00:00.000Z" });
    await call(mock, "saveFetchConfig", "POST", FETCH, { ...config, fetchFileConfigID: 1, bucket: "inv", region: "us-east-1", cronExpression: "*/10 * * * *" });
    expect((await call(mock, "getFetchConfig", "GET", FETCH)).body).toMatchObject({ fetchFileConfigID: 1, bucket: "inv", cronExpression: "*/10 * * * *" });
    const test = await call<{ checks: string[] }>(mock, "testConnection", "GET", `${FETCH}/testConnection/1`);
    expect(test.body).toEqual({
      ftpFiles: [],
      ftpArchiveFiles: [],
      s3Files: [],
      s3ArchiveFiles: [],
      checks: [
        "FTP: would connect to sftp.example.com:22 as kibo and list /in",
        "S3: would list s3://inv/ in us-east-1",
        "No connection was made: the reference server does no network I/O, so it lists no files.",
      ],
    });
    expect((await call(mock, "testConnection", "GET", `${FETCH}/testConnection/2`)).status).toBe(404);
    expect((await call(mock, "deleteFetchConfig", "DELETE", `${FETCH}/2`)).status).toBe(404);
    expect((await call(mock, "deleteFetchConfig", "DELETE", `${FETCH}/x`)).status).toBe(400);
    expect((await call(mock, "deleteFetchConfig", "DELETE", `${FETCH}/1`)).body).toEqual({ deleted: true });
    expect((await call(mock, "getFetchConfig", "GET", FETCH)).status).toBe(404);
  });

  it("every bad configuration is 400 naming each field, and changes nothing", async () => {
    const mock = segmentedMock();
    const before = state(mock);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ftpServer: "" }, ["ftpServer"]],
      [{ ftpServer: "sftp://host/x" }, ["ftpServer"]],
      [{ bucket: "b" }, ["region"]],
      [{ s3Path: "p", archiveBucket: "a" }, ["s3Path", "archiveBucket"]],
      [{ csvDelimiter: ";;" }, ["csvDelimiter"]],
      [{ cronExpression: "61 * * * *" }, ["cronExpression"]],
      [{ ftpPort: 70000 }, ["ftpPort"]],
      [{ fetchFileConfigID: 9 }, ["fetchFileConfigID"]],
    ];
    for (const [patch, fields] of cases) {
      const res = await call<Err>(mock, "saveFetchConfig", "POST", FETCH, { ...config, ...patch });
      expect([res.status >= 400 && res.status < 500, res.body.items.map((i) => i.field)], JSON.stringify(patch)).toEqual([true, fields]);
    }
    expect(state(mock)).toBe(before);
  });
});

describe("snapshots and restore", () => {
  it("keep export settings, the fetch-file configuration and export files; older snapshots restore without them", async () => {
    const mock = segmentedMock();
    // A field the contract does not have is dropped, so it cannot make the snapshot unrestorable.
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly", { notAField: true }));
    await call(mock, "saveFetchConfig", "POST", FETCH, { active: true, ftpServer: "h", ftpUsername: "u", ftpPassword: "p", ftpRemotePath: "/in", lockName: "l", postProcessAction: 0 });
    const run = await call<{ exportInventoryJobResponses: { jobID: number }[] }>(mock, "runExport", "POST", EXPORT, {});
    const jobId = run.body.exportInventoryJobResponses[0]?.jobID ?? 0;
    const snapshot = await (await mock.fetch("https://x/__mock/snapshot")).json();
    const other = createInventoryMock({ staticTokens: { "test-token": "mock-app" } });
    const restored = await other.fetch("https://x/__mock/restore", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(snapshot) });
    expect(restored.status).toBe(200);
    expect((await call(other, "getExportSettings", "GET", EXPORT)).body).toEqual((await call(mock, "getExportSettings", "GET", EXPORT)).body);
    expect((await call(other, "getFetchConfig", "GET", FETCH)).body).toEqual((await call(mock, "getFetchConfig", "GET", FETCH)).body);
    expect(await (await exportFile(other, jobId)).text()).toBe(await (await exportFile(mock, jobId)).text());
    // A snapshot from before file transfers: no fileTransfer part.
    delete (snapshot as { inventory: Record<string, { fileTransfer?: unknown }> }).inventory["1000"]?.fileTransfer;
    const old = await other.fetch("https://x/__mock/restore", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(snapshot) });
    expect(old.status).toBe(200);
    expect((await call(other, "getExportSettings", "GET", EXPORT)).body).toEqual([]);
    // A snapshot with a bad cron-less field is refused, naming it.
    const bad = JSON.parse(JSON.stringify(await (await mock.fetch("https://x/__mock/snapshot")).json()));
    bad.inventory["1000"].fileTransfer.exportSettings[0].fields.exportType = "WEEKLY";
    const refused = await other.fetch("https://x/__mock/restore", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bad) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("inventory.1000.fileTransfer.exportSettings[0].fields.exportType");
  });
});



describe("seed", () => {
  const fetchFileConfig = { active: true, ftpServer: "h", ftpUsername: "u", ftpPassword: "p", ftpRemotePath: "/in", lockName: "l", postProcessAction: 0 };

  it("takes export settings and the fetch-file configuration", async () => {
    const mock = segmentedMock({
      seed: { inventory: { "1000": { locations: [{ code: "homebase" }], exportSettings: [settings("nightly", { cronExpression: "@daily" }).exportSettings], fetchFileConfig } } },
    });
    expect((await call<{ exportSettings: { name: string } }[]>(mock, "getExportSettings", "GET", EXPORT)).body.map((e) => e.exportSettings.name)).toEqual(["nightly"]);
    expect((await call(mock, "getFetchConfig", "GET", FETCH)).body).toMatchObject({ ...fetchFileConfig, fetchFileConfigID: 3 });
  });

  it("refuses a bad cron, a bad field and a taken name, naming each, and changes nothing", async () => {
    const mock = segmentedMock();
    await call(mock, "createExportSettings", "POST", `${EXPORT}/create`, settings("nightly"));
    const before = state(mock);
    const seed = async (tenantSeed: Record<string, unknown>) => {
      const res = await mock.fetch("https://x/__mock/seed", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ inventory: { "1000": tenantSeed } }) });
      return { status: res.status, text: JSON.stringify(await res.json()) };
    };
    const cron = await seed({ exportSettings: [settings("x", { cronExpression: "0 25 * * *" }).exportSettings] });
    expect([cron.status, cron.text.includes("inventory.1000.exportSettings[0].cronExpression")]).toEqual([400, true]);
    const field = await seed({ fetchFileConfig: { ...fetchFileConfig, bucket: "b" } });
    expect([field.status, field.text.includes("inventory.1000.fetchFileConfig.region")]).toEqual([400, true]);
    const taken = await seed({ exportSettings: [settings("nightly").exportSettings] });
    expect([taken.status, taken.text.includes("exportSettings[0].name")]).toEqual([400, true]);
    expect(state(mock)).toBe(before);
  });
});
