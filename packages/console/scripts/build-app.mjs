// Bundles the browser app (src/app/main.tsx) into dist/app/: one ES module, one stylesheet and
// index.html, minified, with nothing loaded from elsewhere at run time. Prints the bundle size.
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const out = new URL("../dist/app/", import.meta.url);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [new URL("../src/app/main.tsx", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: "linked",
  jsx: "automatic",
  jsxImportSource: "preact",
  outfile: new URL("console.js", out).pathname,
  logLevel: "warning",
  legalComments: "none",
});
for (const file of ["index.html", "console.css"]) copyFileSync(new URL(`../src/app/${file}`, import.meta.url), new URL(file, out));
const js = new URL("console.js", out);
const size = statSync(js).size;
const gzip = gzipSync(readFileSync(js)).length;
console.log(`console.js: ${(size / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzipped`);
