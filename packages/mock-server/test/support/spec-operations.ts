import { readFileSync } from "node:fs";

/** method, path and operationId of every operation in an OpenAPI YAML file (our hand-written layout). */
export function specOperations(file: "inventory.yaml" | "mock-controls.yaml" | "commerce.yaml"): string[] {
  const lines = readFileSync(new URL(`../../../../openapi/${file}`, import.meta.url), "utf8").split("\n");
  const out: string[] = [];
  let inPaths = false;
  let path = "";
  let method = "";
  for (const line of lines) {
    if (/^paths:/.test(line)) inPaths = true;
    else if (/^\S/.test(line)) inPaths = false;
    if (!inPaths) continue;
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    const methodMatch = /^ {4}(get|post|put|delete|patch):\s*$/.exec(line);
    const opMatch = /^ {6}operationId:\s*(\S+)/.exec(line);
    if (pathMatch?.[1]) path = pathMatch[1];
    else if (methodMatch?.[1]) method = methodMatch[1].toUpperCase();
    else if (opMatch?.[1]) out.push(`${method} ${path} ${opMatch[1]}`);
  }
  return out.sort();
}
