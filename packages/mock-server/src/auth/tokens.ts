import type { MockClock } from "../core/clock.js";
import type { SessionState } from "../core/server-state.js";

/** An OAuth ticket as Kibo's `authtickets/oauth` endpoint returns it. */
export interface OAuthTicket {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  refresh_token: string;
  refresh_token_expires_in: number;
}

/**
 * 32 random bytes from the platform's CSPRNG (Web Crypto, in Node and browsers), base64url: a
 * caller without credentials cannot guess another app's token (issue 14; they were sequential).
 */
function randomToken(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `${prefix}${btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}

/** Issues a ticket for `clientId` valid for `ttlSeconds` of server time; prunes expired tokens. */
export function issueTicket(sessions: SessionState, clock: MockClock, clientId: string, ttlSeconds: number): OAuthTicket {
  const now = clock.nowMs();
  for (const [token, record] of Object.entries(sessions.tokens)) {
    if (record.expiresAt <= now) delete sessions.tokens[token];
  }
  sessions.issued += 1;
  const accessToken = randomToken("mock-at-");
  const refreshToken = randomToken("mock-rt-");
  sessions.tokens[accessToken] = { clientId, issuedAt: now, expiresAt: now + ttlSeconds * 1000 };
  sessions.refreshTokens[refreshToken] = clientId;
  return {
    access_token: accessToken,
    token_type: "bearer",
    expires_in: ttlSeconds,
    refresh_token: refreshToken,
    refresh_token_expires_in: ttlSeconds * 24,
  };
}

export type TokenCheck = { ok: true; clientId: string } | { ok: false; reason: "unknown" | "expired" };

/** Looks a bearer token up among issued and static tokens, by the server clock. */
export function checkToken(
  sessions: SessionState,
  clock: MockClock,
  staticTokens: Readonly<Record<string, string>>,
  token: string,
): TokenCheck {
  const fixed = Object.hasOwn(staticTokens, token) ? staticTokens[token] : undefined;
  if (fixed !== undefined) return { ok: true, clientId: fixed };
  const record = Object.hasOwn(sessions.tokens, token) ? sessions.tokens[token] : undefined;
  if (!record) return { ok: false, reason: "unknown" };
  if (clock.nowMs() >= record.expiresAt) return { ok: false, reason: "expired" };
  return { ok: true, clientId: record.clientId };
}
