import { describe, expect, it } from "vitest";
import { jsonResponse, unreadBodyText } from "./json-response.js";
import { JsonText } from "./json-text.js";

describe("jsonResponse", () => {
  it("stringifies a value, or sends JsonText as it is", async () => {
    const value = jsonResponse({ a: [1, "x"] }, 201, { "retry-after": "3" });
    expect(value.status).toBe(201);
    expect(value.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(value.headers.get("retry-after")).toBe("3");
    expect(await value.text()).toBe('{"a":[1,"x"]}');
    expect(await jsonResponse(new JsonText('[{"b":2}]')).text()).toBe('[{"b":2}]');
    expect(await jsonResponse(undefined).text()).toBe("null");
  });

  it("hands its text to adapters only while the body is untouched", async () => {
    const fresh = jsonResponse({ ok: true });
    expect(unreadBodyText(fresh)).toBe('{"ok":true}');
    await fresh.text();
    expect(unreadBodyText(fresh)).toBeUndefined();
    const locked = jsonResponse({ ok: true });
    locked.body?.getReader();
    expect(unreadBodyText(locked)).toBeUndefined();
    expect(unreadBodyText(new Response('{"ok":true}'))).toBeUndefined();
  });
});
