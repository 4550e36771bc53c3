import type { Authorizer } from "../transport.js";

/** A bearer token, or a function returning one (called per request, so it may rotate). */
export type AccessToken = string | (() => string | Promise<string>);

/**
 * Builds an {@link Authorizer} from a static token or a token function. A function is asked once
 * more after a 401; a static string is not (asking again cannot help).
 *
 * @example
 * const auth = accessToken(async () => (await vault.read("kibo")).token);
 */
export function accessToken(token: AccessToken): Authorizer {
  return {
    canReauthenticate: typeof token === "function",
    token: async () => (typeof token === "function" ? await token() : token),
  };
}
