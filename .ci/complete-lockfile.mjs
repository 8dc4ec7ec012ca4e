// The npm registry reachable from these machines lacks some other platforms' binary packages
// (@next/swc-darwin-*, @unrs/resolver-binding-win32-*, …), so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lock as out of sync. This adds the missing
// optional platform entries, with their os/cpu/libc, so npm ci skips them on Linux and fetches
// them on the platforms that need them. Run it after any dependency change:
//   node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

const OS = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "netbsd", "openbsd", "sunos", "aix"];
const CPU = ["arm64", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "arm"];

function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = OS.find((o) => tokens.includes(o));
  const cpu = CPU.find((c) => tokens.includes(c));
  if (!os || !cpu) return undefined;
  const libc =
    tokens.includes("musl") || tokens.includes("musleabihf")
      ? "musl"
      : tokens.includes("gnu") || tokens.includes("gnueabihf")
        ? "glibc"
        : undefined;
  return { cpu: [cpu], ...(libc ? { libc: [libc] } : {}), os: [os] };
}

// Where npm would place `name` for a package at `parentPath`: nearest node_modules up the tree.
function resolvedPath(parentPath, name) {
  let base = parentPath;
  for (;;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    const cut = base.lastIndexOf("/node_modules/");
    if (!base) return undefined;
    base = cut === -1 ? "" : base.slice(0, cut);
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolvedPath(path, name)) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    packages[`node_modules/${name}`] = { version: spec, ...platform, license: entry.license, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Added ${added} optional platform package(s) to package-lock.json`);
