import { networkInterfaces } from "node:os";

/**
 * Which Host (and, for the controls, Origin) names the standalone server answers: loopback names,
 * the bound host (every local interface address when bound to a wildcard), and names given with
 * `allowedHosts` (`--allow-host`). A page on another site that rebinds its DNS name to 127.0.0.1
 * still sends its own name as Host, and is refused (docs/decisions/0013-local-server-threat-model.md).
 */
export interface HostPolicy {
  /** Whether a host name (lower-case; IPv6 in brackets, no port) may be served. */
  allows(hostname: string): boolean;
  /** Whether an `Origin` header names an allowed host (`null` and unparsable origins do not). */
  allowsOrigin(origin: string): boolean;
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARDS = new Set(["0.0.0.0", "::", "[::]"]);

/** An IPv6 address in brackets, as it appears in Host headers and URLs. */
const bracketed = (address: string): string => (address.includes(":") && !address.startsWith("[") ? `[${address}]` : address);

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((entry) => bracketed(entry.address.toLowerCase()));
}

export function createHostPolicy(boundHost: string, allowedHosts: readonly string[]): HostPolicy {
  const bound = bracketed(boundHost.trim().toLowerCase());
  const any = allowedHosts.includes("*");
  const names = new Set([...LOOPBACK_NAMES, bound, ...allowedHosts.map((host) => bracketed(host.trim().toLowerCase()))]);
  if (WILDCARDS.has(bound)) for (const address of interfaceAddresses()) names.add(address);
  const allows = (hostname: string): boolean => any || names.has(hostname);
  return {
    allows,
    allowsOrigin(origin) {
      if (!URL.canParse(origin)) return false;
      const url = new URL(origin);
      return (url.protocol === "http:" || url.protocol === "https:") && allows(url.hostname.toLowerCase());
    },
  };
}

/** `host[:port]` of a Host header: a reg-name or IPv4 address, or an IPv6 literal in brackets. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9\-._~!$&'()*+,;=%]+)(?::(\d{1,5}))?$/i;

/** The host name of a well-formed Host header (lower-case, no port); undefined when malformed. */
export function parseHostHeader(value: string): string | undefined {
  const match = HOST_HEADER.exec(value.trim());
  if (!match?.[1]) return undefined;
  if (match[2] !== undefined && Number(match[2]) > 65535) return undefined;
  if (!URL.canParse(`http://${value.trim()}/`)) return undefined;
  return match[1].toLowerCase();
}
