// Generates the TypeScript types of packages/spec from the OpenAPI documents in openapi/.
// Usage: npm run generate -w @kibo-inventory/spec
//
// The output is deterministic (same input, same bytes), so CI can regenerate and fail on any diff.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const BANNER = [
  "// This file is auto-generated from openapi/ by `npm run generate`. Do not edit.",
  "// Source: openapi/{source}. Regenerate: npm run generate -w @kibo-inventory/spec",
  "",
].join("\n");

const targets = [
  { source: "inventory.yaml", output: "inventory.ts" },
  { source: "mock-controls.yaml", output: "mock-controls.ts" },
  { source: "commerce.yaml", output: "commerce.ts" },
];

const openapiDir = new URL("../../../openapi/", import.meta.url);
const outDir = new URL("../src/generated/", import.meta.url);

await mkdir(outDir, { recursive: true });

for (const { source, output } of targets) {
  const ast = await openapiTS(new URL(source, openapiDir), {
    // Keep optional properties as `foo?: T` (no `| undefined`): the zod schemas match that shape
    // with `.exactOptional()`, and the base tsconfig has exactOptionalPropertyTypes on.
    alphabetize: false,
    exportType: false,
    enum: false,
    arrayLength: false,
  });
  const body = astToString(ast).replace(/\r\n/g, "\n").trimEnd();
  const text = `${BANNER.replace("{source}", source)}${body}\n`;
  const target = new URL(output, outDir);
  const previous = await readFile(target, "utf8").catch(() => "");
  if (previous === text) {
    console.log(`unchanged  ${fileURLToPath(target)}`);
    continue;
  }
  await writeFile(target, text);
  console.log(`wrote      ${fileURLToPath(target)}`);
}

// The RIS GraphQL schema travels as a string constant: the SDK validates its queries against it and
// the reference server executes it.
{
  const source = "ris-availability.graphql";
  const sdl = (await readFile(new URL(source, openapiDir), "utf8")).replace(/\r\n/g, "\n");
  const text = `${BANNER.replace("{source}", source)}/** The GraphQL SDL of \`POST /commerce/realtime-inventory/graphql\` (see openapi/${source}). */\nexport const risAvailabilitySDL: string = ${JSON.stringify(sdl)};\n`;
  const target = new URL("ris-availability.ts", outDir);
  const previous = await readFile(target, "utf8").catch(() => "");
  if (previous !== text) await writeFile(target, text);
  console.log(`${previous === text ? "unchanged" : "wrote    "}  ${fileURLToPath(target)}`);
}
