import { JsonText } from "./json-text.js";

const CONTENT_TYPE = "application/json; charset=utf-8";

/** The body text of each Response `jsonResponse` built (for adapters that can send text as it is). */
const bodyTexts = new WeakMap<Response, string>();

/**
 * Every answer of the server is JSON; this is the one place that builds a Response. A `JsonText`
 * body is sent as it is (a hot path wrote it directly); anything else is `JSON.stringify`'d.
 */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = body instanceof JsonText ? body.text : JSON.stringify(body ?? null);
  const response = new Response(text, { status, headers: { "content-type": CONTENT_TYPE, ...headers } });
  bodyTexts.set(response, text);
  return response;
}

/**
 * The body of a Response built by `jsonResponse`, as text, while nobody has touched its stream;
 * `undefined` for any other Response. Lets the node:http adapter write the text without reading
 * it back through the Response's stream.
 */
export function unreadBodyText(response: Response): string | undefined {
  const text = bodyTexts.get(response);
  if (text === undefined || response.bodyUsed || response.body?.locked) return undefined;
  return text;
}
