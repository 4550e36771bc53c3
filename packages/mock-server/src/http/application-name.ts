/**
 * Which Kibo application a request that matched no route belongs to, for the `applicationName`
 * of its 404. A matched route names its own (`RouteDefinition.application`); an unknown path takes
 * the application of the routes of its service — its first three segments, `/api/commerce/orders`
 * or `/api/commerce/inventory` — and an unknown service under `/api/commerce/` is the Commerce
 * API's (Kibo's inventory services have their own prefixes, all served here). Anything else
 * (`/api/platform/…`, paths outside `/api`) keeps the default, the Inventory API's.
 */
import type { ApplicationName } from "./errors.js";
import { splitPath } from "./path-template.js";
import type { RouteDefinition } from "./route.js";

/** Finds the application of an unmatched path; built once per router. */
export type ApplicationOfPath = (pathname: string) => ApplicationName;

const serviceOf = (pathname: string): string => splitPath(pathname).slice(0, 3).join("/");

/** The lookup over a route table (each service's application is that of its first route). */
export function applicationOfPath(routes: readonly RouteDefinition[]): ApplicationOfPath {
  const services = new Map<string, ApplicationName>();
  for (const route of routes) {
    const service = serviceOf(route.path);
    if (!services.has(service)) services.set(service, route.application ?? "Inventory");
  }
  return (pathname) => {
    const known = services.get(serviceOf(pathname));
    if (known !== undefined) return known;
    return pathname.startsWith("/api/commerce/") ? "Commerce" : "Inventory";
  };
}
