/**
 * The fetch-file configuration (workflow 5) pinned through the public surface: one per tenant,
 * read back as saved, and every id that is not the stored configuration's — including any id on a
 * tenant with none — refused with 404 on `fetchFileConfigID`, changing nothing.
 */
import { describe, expect, it } from "vitest";
import { createState, deleteFetchConfig, fetchConfigById, getFetchConfig, saveFetchConfig } from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2026, 0, 1);

/** The whole refusal (code, message, details), or "ok". */
const refusal = (r: { ok: true } | { ok: false; error: unknown }) => (r.ok ? "ok" : r.error);

const unknownId = (id: number) => ({
  code: "not_found",
  message: `Fetch-file configuration ${id} not found`,
  details: [{ field: "fetchFileConfigID", code: "not_found", message: `No fetch-file configuration has id ${id}` }],
});

describe("fetch-file configuration", () => {
  it("reads back the saved configuration; with none saved, get is not_found telling to save one first", () => {
    expect(refusal(getFetchConfig(createState()))).toEqual({
      code: "not_found",
      message: "No fetch-file configuration is saved",
      details: [{ field: "fetchFileConfigID", code: "not_found", message: "Save a fetch-file configuration first" }],
    });
    const saved = must(saveFetchConfig(createState(), { fields: { ftpServer: "a" } }, NOW));
    const expected = { id: 1, lastModified: "2026-01-01T00:00:00.000Z", fields: { ftpServer: "a" } };
    expect(getFetchConfig(saved.state)).toEqual({ ok: true, value: expected });
    expect(fetchConfigById(saved.state, 1)).toEqual({ ok: true, value: expected });
  });

  it("saving again without an id replaces the one configuration and keeps its id; with its id, too", () => {
    const first = must(saveFetchConfig(createState(), { fields: { ftpServer: "a" } }, NOW)).state;
    const second = must(saveFetchConfig(first, { fields: { ftpServer: "b" } }, NOW));
    expect(second.value).toMatchObject({ id: 1, fields: { ftpServer: "b" } });
    const third = must(saveFetchConfig(second.state, { id: 1, fields: { ftpServer: "c" } }, NOW));
    expect(third.value).toMatchObject({ id: 1, fields: { ftpServer: "c" } });
  });

  it("any id on a tenant with no configuration is not_found: save, read and delete", () => {
    const empty = createState();
    expect(refusal(saveFetchConfig(empty, { id: 1, fields: {} }, NOW))).toEqual(unknownId(1));
    expect(refusal(fetchConfigById(empty, 1))).toEqual(unknownId(1));
    expect(refusal(deleteFetchConfig(empty, 1))).toEqual(unknownId(1));
  });

  it("deleting another id than the stored one is not_found and keeps the configuration", () => {
    const saved = must(saveFetchConfig(createState(), { fields: { ftpServer: "a" } }, NOW)).state;
    expect(refusal(deleteFetchConfig(saved, 2))).toEqual(unknownId(2));
    expect(refusal(saveFetchConfig(saved, { id: 2, fields: {} }, NOW))).toEqual(unknownId(2));
    expect(getFetchConfig(saved).ok).toBe(true);
  });
});
