import { compileTemplate, matchTemplate, type PathTemplate, splitPath } from "./path-template.js";
import type { HttpMethod, RouteDefinition } from "./route.js";

interface RouteMatch {
  readonly route: RouteDefinition;
  readonly params: Record<string, string>;
}

type RouteLookup =
  | { kind: "match"; match: RouteMatch }
  | { kind: "method_not_allowed"; allowed: HttpMethod[] }
  | { kind: "not_found" };

export interface Router {
  readonly routes: readonly RouteDefinition[];
  /** Finds the route for a method and pathname (host and query are ignored). */
  lookup(method: string, pathname: string): RouteLookup;
  /** Whether some route has this operationId. */
  hasOperation(operationId: string): boolean;
}

export class DuplicateRouteError extends Error {
  override readonly name = "DuplicateRouteError";
}

/** Builds the router. Duplicate method+template pairs or operationIds are programming errors. */
export function createRouter(routes: readonly RouteDefinition[]): Router {
  const compiled: { route: RouteDefinition; template: PathTemplate }[] = [];
  const seen = new Set<string>();
  const operations = new Set<string>();
  for (const route of routes) {
    const shape = splitPath(route.path).map((segment) => (/^\{.*\}$/.test(segment) ? "{}" : segment));
    const key = `${route.method} /${shape.join("/")}`;
    if (seen.has(key)) throw new DuplicateRouteError(`duplicate route: ${key}`);
    if (operations.has(route.operationId)) throw new DuplicateRouteError(`duplicate operationId: ${route.operationId}`);
    seen.add(key);
    operations.add(route.operationId);
    compiled.push({ route, template: compileTemplate(route.path) });
  }
  compiled.sort((a, b) => b.template.specificity - a.template.specificity);

  return {
    routes,
    hasOperation: (operationId) => operations.has(operationId),
    lookup(method, pathname) {
      const segments = splitPath(pathname);
      const allowed: HttpMethod[] = [];
      for (const { route, template } of compiled) {
        const matched = matchTemplate(template, segments);
        if (!matched) continue;
        if (route.method === method.toUpperCase()) return { kind: "match", match: { route, params: matched.params } };
        allowed.push(route.method);
      }
      return allowed.length > 0 ? { kind: "method_not_allowed", allowed } : { kind: "not_found" };
    },
  };
}
