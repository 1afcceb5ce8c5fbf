// Loads the trial0.czml that `shield run` writes with CesiumJS's own data layer (CzmlDataSource,
// no Viewer, no network) and checks it against the run's event log (events.jsonl of the same
// trial) and the scenario: the clock spans the trial; one entity per threat, per interceptor fired,
// per intercept and per battery; every moving entity has a position at the start, middle and end
// of its availability; each interceptor flies from its battery and ends where its intercept marker
// is; each threat is shown from its launch until its kill or impact.
//
// Usage: node check-run-czml.mjs TRIAL0.czml EVENTS.jsonl EXPECTED.json
//
// EXPECTED.json, from the scenario:
//   { "epoch_utc": "2011-12-01T06:00:00Z",          // simulation time zero of events.jsonl
//     "threats": ["ankara-1", ...], "batteries": ["aegis-levant-sm3", ...],
//     "meet_tolerance_m": 5000,                      // interceptor end to intercept marker
//     "ground_tolerance_m": 1,                       // a leaker's height above WGS84 at impact
//     "time_tolerance_s": 0.002 }                    // events.jsonl times are rounded to 1 ms
//
// Prints one line per check (PASS/FAIL) and exits 1 if any check fails, 2 on bad usage or a
// document Cesium cannot load.

import fs from "node:fs";
import { check, commandArguments, finish, loadCesium, loadCzml, readJson } from "./cesium-node.mjs";

const [czmlFile, eventsFile, expectedFile] = commandArguments(3, "TRIAL0.czml EVENTS.jsonl EXPECTED.json");
const Cesium = await loadCesium();
const { Cartesian3, Cartographic, JulianDate, ReferenceFrame } = Cesium;

const expected = readJson(expectedFile);
const events = fs
  .readFileSync(eventsFile, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));
const meetM = expected.meet_tolerance_m ?? 5000;
const groundM = expected.ground_tolerance_m ?? 1;
const timeTolS = expected.time_tolerance_s ?? 0.002;
const epoch = JulianDate.fromIso8601(expected.epoch_utc);

const at = (timeS) => JulianDate.addSeconds(epoch, timeS, new JulianDate());
const sinceEpochS = (date) => JulianDate.secondsDifference(date, epoch);
const sameTime = (date, timeS) => date !== undefined && Math.abs(sinceEpochS(date) - timeS) <= timeTolS;
const fmtS = (date) => (date === undefined ? "none" : `${sinceEpochS(date).toFixed(3)} s`);
const km = (m) => (m >= 1000 ? `${(m / 1000).toFixed(3)} km` : `${m.toFixed(3)} m`);
const positionAt = (entity, date) =>
  entity.position?.getValueInReferenceFrame(date, ReferenceFrame.FIXED, new Cartesian3());

const dataSource = await loadCzml(Cesium, readJson(czmlFile), czmlFile);
const entities = dataSource.entities.values;
const byKind = (kind) => entities.filter((e) => e.id.startsWith(`${kind}/`));

// The trial in the event log: its first launch and its last impact, kill or miss.
const launches = events.filter((e) => e.kind === "threat_launch");
const endings = events.filter((e) => ["impact", "kill", "miss"].includes(e.kind));
const firstS = Math.min(...launches.map((e) => e.time_s));
const lastS = Math.max(...endings.map((e) => e.time_s));
const clock = dataSource.clock;
check(
  clock !== undefined && sameTime(clock.startTime, firstS) && sameTime(clock.stopTime, lastS),
  `document clock spans the trial, first launch ${firstS.toFixed(3)} s to last impact or intercept ${lastS.toFixed(3)} s: ${
    clock ? `${fmtS(clock.startTime)} .. ${fmtS(clock.stopTime)}` : "no clock"
  }`,
);

// One entity per threat and per battery of the scenario, by id.
const ids = (list) => list.map((e) => e.id).sort();
const sameSet = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
check(
  sameSet(ids(byKind("threat")), expected.threats.map((t) => `threat/${t}`).sort()),
  `one threat entity per threat of the scenario: ${byKind("threat").length} of ${expected.threats.length}`,
);
check(
  sameSet(ids(byKind("battery")), expected.batteries.map((b) => `battery/${b}`).sort()),
  `one battery entity per battery of the scenario: ${byKind("battery").length} of ${expected.batteries.length}`,
);

// One entity per interceptor fired: the interceptor_launch events say "N interceptor(s)".
const salvos = events
  .filter((e) => e.kind === "interceptor_launch")
  .map((e) => ({ ...e, count: Number(/^(\d+) interceptor/.exec(e.detail ?? "")?.[1]) }));
check(
  salvos.every((s) => Number.isInteger(s.count) && s.count > 0),
  `every interceptor_launch event says how many interceptors: ${salvos.length} launch events`,
);
const fired = salvos.reduce((n, s) => n + s.count, 0);
const interceptors = byKind("interceptor");
const intercepts = byKind("intercept");
const numbered = (kind, n) => Array.from({ length: n }, (_, i) => `${kind}/${i + 1}`).sort();
check(
  sameSet(ids(interceptors), numbered("interceptor", fired)),
  `one interceptor entity per interceptor fired (interceptor/1..${fired}): ${interceptors.length}`,
);
check(
  sameSet(ids(intercepts), numbered("intercept", fired)),
  `one intercept entity per interceptor fired (intercept/1..${fired}): ${intercepts.length}`,
);
const kills = events.filter((e) => e.kind === "kill" || e.kind === "miss");
check(kills.length === fired, `the log has one kill or miss per interceptor fired: ${kills.length}`);

// Every entity whose position moves has one at the start, middle and end of its availability.
const moving = entities.filter((e) => e.position !== undefined && !e.position.isConstant);
check(
  sameSet(ids(moving), [...ids(byKind("threat")), ...ids(interceptors)].sort()),
  `the moving entities are the threats and interceptors: ${moving.length}`,
);
const undefinedAt = [];
for (const e of moving) {
  const a = e.availability;
  if (a === undefined || a.length !== 1) {
    undefinedAt.push(`${e.id} (availability ${a === undefined ? "missing" : `in ${a.length} intervals`})`);
    continue;
  }
  const mid = JulianDate.addSeconds(a.start, 0.5 * JulianDate.secondsDifference(a.stop, a.start), new JulianDate());
  for (const [name, t] of [["start", a.start], ["middle", mid], ["end", a.stop]]) {
    const p = positionAt(e, t);
    if (p === undefined || !Number.isFinite(Cartesian3.magnitude(p))) undefinedAt.push(`${e.id} at ${name}`);
  }
}
check(
  undefinedAt.length === 0,
  `every moving entity has a position at the start, middle and end of its availability: ${
    undefinedAt.length === 0 ? `${moving.length} entities` : `missing for ${undefinedAt.join(", ")}`
  }`,
);

// Threats: shown from their launch until their kill (the first kill event) or impact.
for (const id of expected.threats) {
  const e = dataSource.entities.getById(`threat/${id}`);
  if (e === undefined) continue;
  const launch = launches.find((l) => l.threat === id);
  const kill = events.find((k) => k.kind === "kill" && k.threat === id);
  const impact = events.find((k) => k.kind === "impact" && k.threat === id);
  const end = kill ?? impact;
  const a = e.availability;
  const ok =
    launch !== undefined && end !== undefined && a !== undefined &&
    sameTime(a.start, launch.time_s) && sameTime(a.stop, end.time_s);
  check(
    ok,
    `threat/${id} is shown from launch ${launch?.time_s.toFixed(3)} s to its ${kill ? "kill" : "impact"} ${end?.time_s.toFixed(3)} s: ${fmtS(a?.start)} .. ${fmtS(a?.stop)}`,
  );
  if (!kill && a !== undefined) {
    const p = positionAt(e, a.stop);
    const heightM = p === undefined ? NaN : Cartographic.fromCartesian(p).height;
    check(
      Math.abs(heightM) <= groundM,
      `threat/${id} ends on the ground at its impact, within ${groundM} m: height ${heightM.toFixed(3)} m`,
    );
  }
}

// Interceptors, in launch order, each from its battery to its intercept marker, which appears at
// the interceptor's arrival, coloured for the kill or miss the log records at that time.
const siteOf = (battery) => {
  const b = dataSource.entities.getById(`battery/${battery}`);
  return b === undefined ? undefined : positionAt(b, clock.startTime);
};
const unmatchedLaunches = salvos.map((s) => ({ ...s }));
const unmatchedKills = kills.map((k) => ({ ...k }));
const launchStarts = [];
for (let n = 1; n <= fired; n++) {
  const interceptor = dataSource.entities.getById(`interceptor/${n}`);
  const intercept = dataSource.entities.getById(`intercept/${n}`);
  if (interceptor === undefined || intercept === undefined) continue;
  const a = interceptor.availability;
  const ia = intercept.availability;
  if (a === undefined || ia === undefined) {
    check(false, `interceptor/${n} and intercept/${n} have an availability`);
    continue;
  }
  launchStarts.push(sinceEpochS(a.start));
  // The name says "<type> from <battery> at <threat>"; the intercept's "Kill: <threat> by <battery>".
  const [, battery, threat] = /^\S+ from (\S+) at (\S+)$/.exec(interceptor.name ?? "") ?? [];
  const [, verdict, threatHit, batteryHit] = /^(Kill|Miss): (\S+) by (\S+)$/.exec(intercept.name ?? "") ?? [];

  const salvo = unmatchedLaunches.find(
    (s) => s.count > 0 && s.threat === threat && s.battery === battery && sameTime(a.start, s.time_s),
  );
  if (salvo) salvo.count--;
  const outcome = unmatchedKills.findIndex(
    (k) => k.kind === verdict?.toLowerCase() && k.threat === threat && k.battery === battery && sameTime(a.stop, k.time_s),
  );
  if (outcome >= 0) unmatchedKills.splice(outcome, 1);
  check(
    salvo !== undefined && outcome >= 0 && threatHit === threat && batteryHit === battery,
    `interceptor/${n} (${battery} at ${threat}) matches a launch at ${fmtS(a.start)} and a ${verdict?.toLowerCase()} at ${fmtS(a.stop)} in the log`,
  );
  check(
    JulianDate.equals(ia.start, a.stop) && sameTime(ia.stop, lastS),
    `intercept/${n} is shown from the interceptor's arrival to the end of the trial: ${fmtS(ia.start)} .. ${fmtS(ia.stop)}`,
  );
  const colour = intercept.point?.color?.getValue(ia.start);
  const green = colour !== undefined && colour.green > colour.red && colour.green > colour.blue;
  check(
    verdict !== undefined && green === (verdict === "Kill"),
    `intercept/${n} is ${verdict === "Kill" ? "green for a kill" : "not green for a miss"}: ${colour?.toCssColorString()}`,
  );

  const start = positionAt(interceptor, a.start);
  const site = siteOf(battery);
  const fromSiteM = start && site ? Cartesian3.distance(start, site) : Infinity;
  check(fromSiteM <= meetM, `interceptor/${n} starts at battery/${battery}, within ${km(meetM)}: ${km(fromSiteM)}`);

  const end = positionAt(interceptor, a.stop);
  const point = positionAt(intercept, ia.start);
  const meetDistanceM = end && point ? Cartesian3.distance(end, point) : Infinity;
  check(
    meetDistanceM <= meetM,
    `interceptor/${n} ends at intercept/${n} (they meet), within ${km(meetM)}: ${km(meetDistanceM)}`,
  );
  // The marker is where the interceptor met its threat: the threat passes there at that time.
  const threatEntity = dataSource.entities.getById(`threat/${threat}`);
  const threatThere = threatEntity ? positionAt(threatEntity, a.stop) : undefined;
  const threatOffM = threatThere && point ? Cartesian3.distance(threatThere, point) : Infinity;
  check(
    threatOffM <= meetM,
    `threat/${threat} passes intercept/${n} at ${fmtS(a.stop)}, within ${km(meetM)}: ${km(threatOffM)}`,
  );
}
check(
  unmatchedLaunches.every((s) => s.count === 0) && unmatchedKills.length === 0,
  `every launch and every kill or miss in the log has its interceptor: ${
    unmatchedLaunches.filter((s) => s.count !== 0).length
  } launch event(s) and ${unmatchedKills.length} kill or miss event(s) left over`,
);
check(
  launchStarts.every((t, i) => i === 0 || t >= launchStarts[i - 1]),
  `interceptor/<n> counts the interceptors in launch order: ${launchStarts.map((t) => t.toFixed(1)).join(", ")} s`,
);

finish();
