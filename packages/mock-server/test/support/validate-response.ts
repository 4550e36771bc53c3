/**
 * Runtime check of response bodies against openapi/inventory.yaml (and openapi/commerce.yaml) (OpenAPI 3.1 = JSON Schema
 * 2020-12), for tests. `expectValidResponse(operationId, res)` finds the operation's response for
 * the status (or `default`), follows `$ref`s to `components/responses`, and validates the JSON
 * body with ajv; a mismatch throws with every error and the body.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";

type Json = Record<string, unknown>;

const HTTP_METHODS = ["get", "post", "put", "delete", "patch"] as const;
const escapeSegment = (segment: string) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
const pointer = (segments: readonly string[]) => `#/${segments.map(escapeSegment).join("/")}`;

/** The response check of one contract file. */
function responseValidator(SPEC_ID: "inventory.yaml" | "commerce.yaml"): (operationId: string, status: number, body: unknown) => void {
const doc = parse(readFileSync(new URL(`../../../../openapi/${SPEC_ID}`, import.meta.url), "utf8")) as Json;

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(doc, SPEC_ID);

/** operationId → [path, method]. */
const operations = new Map<string, [string, string]>();
for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
  for (const method of HTTP_METHODS) {
    const op = item[method] as Json | undefined;
    if (op && typeof op.operationId === "string") operations.set(op.operationId, [path, method]);
  }
}

function resolve(segments: string[]): { node: Json; segments: string[] } {
  let node: unknown = doc;
  for (const s of segments) node = (node as Json)[s];
  const ref = (node as Json).$ref;
  if (typeof ref === "string" && ref.startsWith("#/")) return resolve(ref.slice(2).split("/"));
  return { node: node as Json, segments };
}

const cache = new Map<string, ReturnType<typeof ajv.compile>>();

function assertValid(operationId: string, status: number, body: unknown): void {
  const op = operations.get(operationId);
  if (!op) throw new Error(`unknown operationId ${operationId}`);
  const [path, method] = op;
  const responses = (doc.paths as Record<string, Json>)[path]?.[method] as Json;
  const codes = responses.responses as Json;
  const code = String(status) in codes ? String(status) : "default" in codes ? "default" : undefined;
  if (code === undefined && status < 400) throw new Error(`${operationId} does not document status ${status}`);
  // An error status the operation does not list (e.g. 501 for a part that is not simulated):
  // every error body of the contract is a KiboError, so check that shape.
  const { node, segments } =
    code === undefined
      ? { node: { content: { "application/json": {} } } as Json, segments: [] as string[] }
      : resolve(["paths", path, method, "responses", code]);
  if (code === undefined) {
    checkWith("components/schemas/KiboError", ["components", "schemas", "KiboError"], operationId, status, body);
    return;
  }
  const content = node.content as Json | undefined;
  if (!content?.["application/json"]) return;
  checkWith(segments.join("/"), [...segments, "content", "application/json", "schema"], operationId, status, body);
}

function checkWith(key: string, schemaPath: readonly string[], operationId: string, status: number, body: unknown): void {
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}${pointer(schemaPath)}` });
    cache.set(key, validate);
  }
  if (!validate(body)) {
    throw new Error(
      `${operationId} ${status} body does not match the spec:\n${ajv.errorsText(validate.errors, { separator: "\n" })}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
  }
}
return assertValid;
}

/** Validates `body` as the `status` answer of `operationId`; throws a readable error on mismatch. */
export const assertValidResponse = responseValidator("inventory.yaml");

/** The same against openapi/commerce.yaml (orders, carts, checkouts, returns). */
export const assertValidCommerceResponse = responseValidator("commerce.yaml");
