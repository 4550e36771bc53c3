import { MockHttpError } from "./errors.js";

/** Default request body limit: 20 MiB, far above a 12,000-item refresh. */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

/**
 * Default body limit of the document controls (`/__mock/seed`, `/__mock/restore`): 1 GiB, above
 * any snapshot the server can write (a JSON text is at most about 512 MiB in V8), so whatever
 * `GET /__mock/snapshot` returns, `POST /__mock/restore` takes back.
 */
export const DEFAULT_MAX_CONTROL_BODY_BYTES = 1024 * 1024 * 1024;

/** Throws 413 when the declared Content-Length is over the limit. */
export function assertDeclaredLength(request: Request, maxBytes: number): void {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
}

/** Whether a Content-Type names JSON (`application/json`, any parameters, any case). */
function isJsonMediaType(value: string): boolean {
  return value.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

/**
 * 415 for a write that carries a body, or declares a Content-Type, other than `application/json`.
 * A cross-site page can send `text/plain`, form and multipart bodies (or a typeless one) without a
 * CORS preflight, never `application/json`; so no such body is ever executed
 * (docs/decisions/0013-local-server-threat-model.md). GET and HEAD bodies are never read.
 */
export function assertJsonContentType(request: Request): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const type = request.headers.get("content-type");
  if (type === null ? request.body === null : isJsonMediaType(type)) return;
  throw new MockHttpError("unsupported_media_type", "The request body must be JSON, sent with Content-Type: application/json.", {
    items: [{ field: "Content-Type", code: "UNSUPPORTED_MEDIA_TYPE", message: `expected application/json, got ${type ?? "none"}` }],
  });
}

function tooLarge(maxBytes: number): MockHttpError {
  return new MockHttpError("payload_too_large", `Request body is larger than ${maxBytes} bytes.`, {
    additionalErrorData: [{ name: "maxBodyBytes", value: String(maxBytes) }],
  });
}

/** One decoder for every body (`decode` without `stream` keeps no state between calls). */
const utf8 = new TextDecoder();

/** Reads the body as text, stopping (413) as soon as it passes `maxBytes`. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  assertDeclaredLength(request, maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  try {
    if (chunks.length === 1) return utf8.decode(chunks[0] as Uint8Array);
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return utf8.decode(bytes);
  } catch {
    // Past the longest string the JavaScript engine can hold (about 512 MiB of text).
    throw tooLarge(total - 1);
  }
}

/** Parses a JSON body read by {@link readBodyText}: 400 VALIDATION_ERROR when it is empty or not JSON. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") {
    throw new MockHttpError("validation_failed", "A JSON request body is required.", {
      items: [{ field: "body", code: "REQUIRED", message: "request body is empty" }],
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : "unreadable JSON";
    throw new MockHttpError("malformed_json", "The request body is not valid JSON.", {
      items: [{ field: "body", code: "MALFORMED_JSON", message: detail }],
    });
  }
}
