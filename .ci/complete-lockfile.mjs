#!/usr/bin/env node
// Adds lockfile entries for platform-specific optional packages that the registry this project
// installs from does not serve (it lags behind for some darwin/win32/android builds), so that
// `npm ci` accepts the lockfile. The entries carry `os`/`cpu`/`libc`, so on Linux x64 npm skips
// them without fetching anything. See docs/decisions/0003-lockfile-platform-packages.md.
// Run after any `npm install` that changes dependencies: `npm run lock:complete`.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

const OS = { darwin: "darwin", linux: "linux", win32: "win32", windows: "win32", android: "android", freebsd: "freebsd", openbsd: "openbsd", netbsd: "netbsd", openharmony: "openharmony", sunos: "sunos", aix: "aix" };
const CPU = { x64: "x64", 64: "x64", arm64: "arm64", arm: "arm", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", mips64el: "mips64el" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const out = {};
  for (const part of parts) {
    if (OS[part] && !out.os) out.os = [OS[part]];
    else if (CPU[part] && !out.cpu) out.cpu = [CPU[part]];
    else if (part === "musl" || part === "musleabihf") out.libc = ["musl"];
    else if (part === "gnu" || part === "gnueabihf") out.libc = ["glibc"];
  }
  return out;
}

function resolves(fromPath, name) {
  // Node's lookup: node_modules/<name> next to the parent, then in every ancestor.
  let dir = fromPath;
  for (;;) {
    const candidate = dir === "" ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packages[candidate]) return true;
    if (dir === "") return false;
    const at = dir.lastIndexOf("node_modules/");
    dir = at <= 0 ? "" : dir.slice(0, at - 1);
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(path, name)) continue;
    const platform = platformOf(name);
    if (!platform.os) continue; // not a platform package: leave it to npm
    const target = packages[`node_modules/${name}`] ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    packages[target] = { version: spec.replace(/^[\^~=]/, ""), ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
