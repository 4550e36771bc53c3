/**
 * Compatibility, the developer guide's workflows 3–5: Kibo's official `@kibocommerce/rest-sdk`
 * (`ExportInventoryApi`, `InventoryFetchFileConfigApi`), unchanged, against the standalone server —
 * export settings with FTP and S3 add-ons, a taken name as a `ResponseError` with
 * `JOB_ALREADY_EXISTS`, an export run whose EXPORT job and file can be read, and the fetch-file
 * configuration with its connection test.
 */
import type { RunningInventoryServer } from "@kibo-inventory/mock-server/node";
import { ResponseError } from "@kibocommerce/rest-sdk/client-runtime/index.js";
import { ExportInventoryApi, InventoryFetchFileConfigApi, InventoryJobApi, ModifyInventoryApi } from "@kibocommerce/rest-sdk/clients/Inventory/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverForOfficialSdk } from "../support/official-sdk.js";

let server: RunningInventoryServer;
let exportApi: ExportInventoryApi;
let fetchApi: InventoryFetchFileConfigApi;
let jobs: InventoryJobApi;
let modify: ModifyInventoryApi;

beforeAll(async () => {
  const { server: s, config } = await serverForOfficialSdk({ seed: { inventory: { "1000": { locations: [{ code: "homebase" }] } } } });
  server = s;
  exportApi = new ExportInventoryApi(config);
  fetchApi = new InventoryFetchFileConfigApi(config);
  jobs = new InventoryJobApi(config);
  modify = new ModifyInventoryApi(config);
});
afterAll(() => server.close());

const ftp = { name: "main", ftpServer: "sftp.example.com", ftpPort: 22, ftpDirectory: "/out" };

describe("official SDK: export settings and runs", () => {
  it("creates, adds FTP and S3, refuses a taken name with JOB_ALREADY_EXISTS, runs an export", async () => {
    const settings = { name: "nightly", exportType: "LOCATION" as const, fileFormat: "CSV" as const, ftpInformation: [ftp] };
    expect(await exportApi.createExportSettings({ createExportSettingsRequest: { exportSettings: settings } })).toEqual({ exportSettingsName: "nightly" });
    const taken = await exportApi.createExportSettings({ createExportSettingsRequest: { exportSettings: settings } }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ResponseError);
    expect((taken as ResponseError).response.status).toBe(409);
    expect((taken as ResponseError).apiError).toMatchObject({ errorCode: "JOB_ALREADY_EXISTS" });

    await exportApi.createExportSettingsFTP({ createExportSettingsFTPRequest: { exportSettingsName: "nightly", exportSettingsFTP: { ...ftp, name: "backup" } } });
    await exportApi.createExportSettingsS3({ createExportSettingsS3Request: { exportSettingsName: "nightly", exportSettingsS3: { name: "lake", bucket: "inv", region: "us-east-1" } } });
    const updated = await exportApi.updateExportSettingsS3({
      updateExportSettingsS3Request: { exportSettingsName: "nightly", exportSettingsS3: { name: "lake", bucket: "inv", region: "eu-west-1" } },
    });
    expect(updated).toMatchObject({ exportSettingsID: 1, success: true });
    const [read] = await exportApi.getExportSettings({ exportSettingsName: "nightly" });
    expect(read?.exportSettings?.ftpInformation?.map((d) => d.name)).toEqual(["main", "backup"]);
    expect(read?.exportSettings?.s3Information).toEqual([{ name: "lake", bucket: "inv", region: "eu-west-1", exportSettingsS3ID: 4, exportSettingsID: 1 }]);
    expect(await exportApi.deleteExportSettingsFTP({ exportSettingsName: "nightly", exportSettingsFTPName: "backup" })).toEqual({ deleted: 1 });

    await modify.refresh({ refreshRequest: { locationCode: "homebase", items: [{ upc: "SDK-EXPORT", quantity: 5 }] } });
    const run = await exportApi.runExport({ exportInventoryRequest: { exportSettingsName: "nightly", exportSettingsS3Name: "lake" } });
    const jobID = run.exportInventoryJobResponses?.[0]?.jobID ?? 0;
    const job = await jobs.getJob({ jobID });
    expect(job).toMatchObject({ type: "EXPORT", status: "SUCCESS" });
    const file = await (await fetch(`${server.url}/__mock/exports/${jobID}`)).text();
    expect(file).toContain("homebase,SDK-EXPORT,,,5,");
    expect(await exportApi.deleteExportSettings({ exportSettingsName: "nightly" })).toEqual({ deleted: 1 });
  });
});

describe("official SDK: fetch-file configuration", () => {
  it("saves, reads, tests the connection (no I/O) and deletes", async () => {
    const request = { active: true, ftpServer: "sftp.example.com", ftpUsername: "kibo", ftpPassword: "pw", ftpRemotePath: "/in", lockName: "inv", postProcessAction: 1 };
    expect(await fetchApi.saveFetchConfig({ fetchFileConfigRequest: request })).toMatchObject({ success: true });
    const stored = await fetchApi.getFetchConfig();
    expect(stored).toMatchObject({ ...request, tenantID: 1000 });
    const id = stored.fetchFileConfigID ?? 0;
    expect(await fetchApi.testConnection({ fetchFileConfigID: id })).toMatchObject({ ftpFiles: [], ftpArchiveFiles: [] });
    const bad = await fetchApi.saveFetchConfig({ fetchFileConfigRequest: { ...request, bucket: "inv" } }).catch((e: unknown) => e);
    expect((bad as ResponseError).response.status).toBe(400);
    expect(await fetchApi.deleteFetchConfig({ fetchFileConfigID: id })).toEqual({ deleted: true });
    const gone = await fetchApi.getFetchConfig().catch((e: unknown) => e);
    expect((gone as ResponseError).response.status).toBe(404);
  });
});
