/** An OAuth ticket as cached by the SDK. */
export interface AuthTicket {
  /** Bearer token. */
  accessToken: string;
  /** Refresh token, when the server issued one. */
  refreshToken?: string | undefined;
  /** Absolute expiry, epoch milliseconds (computed from `expires_in` when received). */
  expiresAt: number;
}

/**
 * Where tickets are kept between calls. The default is in memory per client; plug in a shared
 * store (e.g. across serverless invocations) by implementing these three methods.
 */
export interface TicketCache {
  get(key: string): AuthTicket | undefined | Promise<AuthTicket | undefined>;
  /** Stores a ticket; the result is awaited and otherwise ignored. */
  set(key: string, ticket: AuthTicket): unknown;
  /** Forgets a ticket; the result is awaited and otherwise ignored. */
  delete(key: string): unknown;
}

/**
 * Creates the default in-memory {@link TicketCache}.
 *
 * @example
 * const ticketCache = createMemoryTicketCache();
 * const a = createInventoryClient({ tenantId: 1, clientId, sharedSecret, authHost, ticketCache });
 * const b = createInventoryClient({ tenantId: 2, clientId, sharedSecret, authHost, ticketCache }); // same ticket
 */
export function createMemoryTicketCache(): TicketCache {
  return new Map<string, AuthTicket>();
}
