/**
 * Kibo path templates such as `/api/commerce/inventory/v1/queue/{jobID}`. Matching ignores a
 * trailing slash (Kibo's `smart-refresh/` has one) and decodes each parameter segment.
 */
export interface PathTemplate {
  readonly template: string;
  readonly segments: readonly TemplateSegment[];
  /** Higher is more specific: static segments beat parameters (`allSilo/{months}` beats `{months}`). */
  readonly specificity: number;
}

type TemplateSegment = { kind: "static"; value: string } | { kind: "param"; name: string };

export function splitPath(pathname: string): string[] {
  return pathname.split("/").filter((segment) => segment !== "");
}

export function compileTemplate(template: string): PathTemplate {
  const segments = splitPath(template).map((segment): TemplateSegment => {
    const param = /^\{([^{}]+)\}$/.exec(segment);
    return param?.[1] !== undefined ? { kind: "param", name: param[1] } : { kind: "static", value: segment };
  });
  const specificity = segments.reduce((score, segment, i) => score + (segment.kind === "static" ? 2 ** (30 - i) : 0), 0);
  return { template, segments, specificity };
}

/** Result of matching: params, or null; `undefined` params means a segment failed to decode. */
export function matchTemplate(
  compiled: PathTemplate,
  pathSegments: readonly string[],
): { params: Record<string, string> } | null {
  if (compiled.segments.length !== pathSegments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pathSegments.length; i++) {
    const segment = compiled.segments[i];
    const actual = pathSegments[i];
    if (segment === undefined || actual === undefined) return null;
    if (segment.kind === "static") {
      if (segment.value !== actual) return null;
    } else {
      params[segment.name] = safeDecode(actual);
    }
  }
  return { params };
}

/** Decodes a path segment; a malformed escape is kept as sent (the handler's validation refuses it). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
