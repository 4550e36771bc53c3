/** Every answer of the server is JSON; this is the one place that builds a Response. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body ?? null), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}
