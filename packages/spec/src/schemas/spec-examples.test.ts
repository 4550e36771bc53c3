// Cross-checks between the YAML contract and the zod schemas at run time: every request-body
// example in the spec must pass the operation's schema, and every operation with a JSON body must
// have one (the compile-time table covers the types; this covers the documents themselves).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { commerceRequestBodySchemas } from "./commerce-request-bodies.js";
import { ClockRequestSchema, FaultRequestSchema, SeedDocumentSchema, SnapshotSchema } from "./mock-controls.js";
import { TenantSettingsUpdateSchema } from "./tenant-settings.js";
import { requestBodySchemas } from "./request-bodies.js";

type Operation = {
  operationId: string;
  requestBody?: { $ref?: string; content?: Record<string, { examples?: Record<string, { value: unknown }> }> };
};

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

function operationsOf(file: string): Operation[] {
  const document = parse(readFileSync(new URL(`../../../../openapi/${file}`, import.meta.url), "utf8"));
  return Object.values(document.paths as Record<string, Record<string, Operation>>).flatMap((item) =>
    METHODS.flatMap((method) => (item[method] ? [item[method]] : [])),
  );
}

const bodySchemas: Record<string, z.ZodMiniType> = requestBodySchemas;
const commerceBodySchemas: Record<string, z.ZodMiniType> = commerceRequestBodySchemas;
const mockControlSchemas: Record<string, z.ZodMiniType> = {
  setClock: ClockRequestSchema,
  injectFault: FaultRequestSchema,
  seedState: SeedDocumentSchema,
  restoreState: SnapshotSchema,
  updateTenantSettings: TenantSettingsUpdateSchema,
};

describe.each([
  ["inventory.yaml", bodySchemas],
  ["mock-controls.yaml", mockControlSchemas],
  ["commerce.yaml", commerceBodySchemas],
])("%s", (file, schemas) => {
  const operations = operationsOf(file);

  it("has a zod schema for exactly the operations with a request body", () => {
    const withBody = operations.filter((op) => op.requestBody).map((op) => op.operationId);
    expect(Object.keys(schemas).sort()).toEqual(withBody.sort());
  });

  const examples = operations.flatMap((op) =>
    Object.entries(op.requestBody?.content?.["application/json"]?.examples ?? {}).map(
      ([name, example]) => [`${op.operationId} / ${name}`, op.operationId, example.value] as const,
    ),
  );

  it.each(examples)("example %s passes the zod schema", (_label, operationId, value) => {
    const result = schemas[operationId]?.safeParse(value);
    expect(result?.error?.issues ?? []).toEqual([]);
    expect(result?.success).toBe(true);
  });
});
