// What the CZML checkers share: CesiumJS's data layer in Node with the network refused, the
// PASS/FAIL lines, and the exit codes (0 every check passed, 1 a check failed, 2 bad usage or a
// document Cesium cannot load). Importing this module refuses the network at once, before Cesium is
// loaded.

import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import path from "node:path";

const tool = path.basename(process.argv[1], ".mjs");

// No network: Cesium reaches out only through fetch in Node; refuse that and raw sockets, and count
// the attempts so that a load which tried is reported.
const networkAttempts = [];
const refuse = (what) => (...args) => {
  networkAttempts.push(`${what} ${String(args[0]?.href ?? args[0]?.host ?? args[0])}`);
  throw new Error(`${tool}: network access refused (${what})`);
};
globalThis.fetch = async (url) => refuse("fetch")(url);
for (const [mod, name] of [[http, "http"], [https, "https"]]) {
  mod.request = refuse(`${name}.request`);
  mod.get = refuse(`${name}.get`);
}
net.connect = refuse("net.connect");
net.createConnection = refuse("net.createConnection");

let failures = 0;

/** The command's arguments, after printing its usage and exiting 2 if fewer than `count` were given. */
export function commandArguments(count, usage) {
  const args = process.argv.slice(2);
  if (args.length < count || args.slice(0, count).some((a) => !a)) {
    console.error(`usage: node ${tool}.mjs ${usage}`);
    process.exit(2);
  }
  return args;
}

/** A JSON file, parsed. */
export const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

/** Prints one check's line and counts it if it failed. */
export function check(ok, message) {
  console.log(`${ok ? "PASS" : "FAIL"} ${message}`);
  if (!ok) failures++;
}

/** The number of checks failed so far. */
export const failed = () => failures;

/** CesiumJS, loaded for Node. */
export async function loadCesium() {
  // CzmlDataSource uses the browser's Image constructor only as a type tag in a switch over
  // property types (`case Image:`); in Node that name is undefined and the switch throws. A bare
  // class stands in for it: nothing constructs it, and Shield's CZML has no image properties.
  globalThis.Image ??= class Image {};
  return import("cesium");
}

/**
 * A CZML document loaded by Cesium's CzmlDataSource, with a passing line that says how many entities
 * it has; prints a failing line and exits 2 if Cesium cannot load it.
 */
export async function loadCzml(Cesium, czml, czmlFile) {
  let dataSource;
  try {
    dataSource = await Cesium.CzmlDataSource.load(czml);
  } catch (e) {
    console.log(`FAIL Cesium ${Cesium.VERSION} could not load ${czmlFile}: ${e?.stack ?? e}`);
    process.exit(2);
  }
  check(true, `Cesium ${Cesium.VERSION} loaded ${dataSource.entities.values.length} entities from ${czmlFile}`);
  return dataSource;
}

/** Checks that nothing reached for the network, prints the verdict and exits 0 or 1. */
export function finish() {
  check(
    networkAttempts.length === 0,
    `no network access: ${networkAttempts.length === 0 ? "none attempted" : networkAttempts.join("; ")}`,
  );
  console.log(failures === 0 ? "all checks passed" : `${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}
