// Loads a Shield trajectory CZML with CesiumJS's own data layer (CzmlDataSource, no Viewer, no
// network) and checks it against what Shield expects: one moving missile with a point and a path,
// available from launch to impact, at the expected Earth-fixed positions as Cesium interpolates
// them, and the event markers by id.
//
// Usage: node check-czml.mjs FILE.czml EXPECTED.json
//
// EXPECTED.json:
//   { "missile_id": "mrbm-solid",
//     "launch_utc": "2011-12-07T12:00:00Z", "impact_utc": "2011-12-07T12:12:03.164143918Z",
//     "tolerance_m": 1.0,
//     "positions": [ { "time_s": 12.5, "ecef_m": [x, y, z], "group": "mid-interval",
//                      "note": "optional", "informational": false }, ... ],  // time_s from launch
//     "events":    [ { "id": "mrbm-solid/apogee", "ecef_m": [x, y, z] }, ... ] }
//
// Prints one line per check (PASS/FAIL) and exits 1 if any check fails, 2 on bad usage or a
// document Cesium cannot load.

import { check, commandArguments, failed, finish, loadCesium, loadCzml, readJson } from "./cesium-node.mjs";

const [czmlFile, expectedFile] = commandArguments(2, "FILE.czml EXPECTED.json");
const Cesium = await loadCesium();
const {
  Cartesian3,
  CompositePositionProperty,
  ConstantPositionProperty,
  JulianDate,
  LagrangePolynomialApproximation,
  ReferenceFrame,
  SampledPositionProperty,
} = Cesium;

const expected = readJson(expectedFile);
const czml = readJson(czmlFile);
const toleranceM = expected.tolerance_m ?? 1.0;

const ms = (a, b) => Math.abs(JulianDate.secondsDifference(a, b)) * 1000;
const iso = (d) => JulianDate.toIso8601(d, 3);

const dataSource = await loadCzml(Cesium, czml, czmlFile);
const entities = dataSource.entities.values;

const launch = JulianDate.fromIso8601(expected.launch_utc);
const impact = JulianDate.fromIso8601(expected.impact_utc);
const clock = dataSource.clock;
check(
  clock !== undefined && ms(clock.startTime, launch) < 1 && ms(clock.stopTime, impact) < 1,
  `document clock runs launch to impact: ${clock ? `${iso(clock.startTime)} .. ${iso(clock.stopTime)}` : "no clock"}`,
);

// The missile's position is sampled, either in one piece or, where its acceleration jumps, as one
// sampled piece per time interval.
const pieces = (property) =>
  property instanceof SampledPositionProperty
    ? [property]
    : property instanceof CompositePositionProperty
      ? Array.from({ length: property.intervals.length }, (_, i) => property.intervals.get(i).data)
      : [];
const moving = entities.filter(
  (e) => pieces(e.position).length > 0 && pieces(e.position).every((p) => p instanceof SampledPositionProperty),
);
check(
  moving.length === 1,
  `exactly one entity with a sampled position: ${moving.map((e) => e.id).join(", ") || "none"}`,
);
const missile = moving.find((e) => e.id === expected.missile_id) ?? moving[0];
if (!missile) {
  console.log(`${failed()} check(s) failed`);
  process.exit(1);
}
check(missile.id === expected.missile_id, `missile id is ${expected.missile_id}: ${missile.id}`);

const position = missile.position;
const sampled = pieces(position);
check(
  sampled.length === (expected.position_pieces ?? 1),
  `position in ${expected.position_pieces ?? 1} smooth piece(s): ${sampled.length}`,
);
check(
  sampled.every((p) => p.referenceFrame === ReferenceFrame.FIXED),
  `position is Earth-fixed (FIXED) in every piece`,
);
check(
  sampled.every(
    (p) => p.interpolationAlgorithm === LagrangePolynomialApproximation && p.interpolationDegree >= 1 && p.interpolationDegree <= 5,
  ),
  `position interpolation is Lagrange of degree 1 to 5 in every piece: ${sampled
    .map((p) => `${p.interpolationAlgorithm?.type} ${p.interpolationDegree}`)
    .join(", ")}`,
);
check(
  sampled.filter((p) => p.interpolationDegree === 5).length > 0,
  `the long pieces use degree 5`,
);

const availability = missile.availability;
check(
  availability !== undefined &&
    availability.length === 1 &&
    ms(availability.start, launch) < 1 &&
    ms(availability.stop, impact) < 1,
  `missile availability spans launch to impact: ${
    availability && availability.length > 0 ? `${iso(availability.start)} .. ${iso(availability.stop)}` : "none"
  }`,
);
const before = JulianDate.addSeconds(launch, -1, new JulianDate());
const after = JulianDate.addSeconds(impact, 1, new JulianDate());
check(
  missile.isAvailable(launch) && missile.isAvailable(impact) &&
    !missile.isAvailable(before) && !missile.isAvailable(after),
  "missile is shown at launch and impact and not a second before or after",
);

const durationS = JulianDate.secondsDifference(impact, launch);
const point = missile.point;
check(
  point !== undefined && point.show?.getValue(launch) !== false &&
    point.pixelSize?.getValue(launch) > 0,
  `missile has a point graphic: pixelSize ${point?.pixelSize?.getValue(launch)}`,
);
const path = missile.path;
const trailS = path?.trailTime?.getValue(impact);
check(
  path !== undefined && path.show?.getValue(launch) !== false && trailS >= durationS - 1e-3,
  `missile has a path graphic whose trail reaches back to launch: trailTime ${trailS} s, flight ${durationS.toFixed(3)} s`,
);

// One line per group of positions with its largest difference, plus a line for each position that
// fails; positions marked informational are printed with their difference but do not fail.
const groups = new Map();
for (const p of expected.positions) {
  const t = JulianDate.addSeconds(launch, p.time_s, new JulianDate());
  const got = position.getValueInReferenceFrame(t, ReferenceFrame.FIXED, new Cartesian3());
  const d = got === undefined ? Infinity : Cartesian3.distance(got, Cartesian3.fromArray(p.ecef_m));
  const where = `T+${p.time_s.toFixed(3)} s${p.note ? ` (${p.note})` : ""}`;
  const off = got === undefined ? "no position" : `off by ${d.toFixed(4)} m`;
  if (p.informational) {
    console.log(`INFO position at ${where}: ${off} (not checked)`);
    continue;
  }
  const g = groups.get(p.group ?? "positions") ?? { n: 0, worst: -1, at: "" };
  g.n++;
  if (!(d <= g.worst)) Object.assign(g, { worst: d, at: `T+${p.time_s.toFixed(3)} s` });
  groups.set(p.group ?? "positions", g);
  if (!(d <= toleranceM)) check(false, `position at ${where}: ${off}, more than ${toleranceM} m`);
}
check(groups.size > 0, `positions to check: ${[...groups.values()].reduce((n, g) => n + g.n, 0)}`);
for (const [name, g] of groups) {
  check(
    g.worst <= toleranceM,
    `${name}: ${g.n} positions as Cesium interpolates them within ${toleranceM} m of Shield's; largest difference ${g.worst.toFixed(4)} m at ${g.at}`,
  );
}

for (const ev of expected.events ?? []) {
  const entity = dataSource.entities.getById(ev.id);
  let detail = "missing";
  let ok = false;
  if (entity !== undefined) {
    const when = entity.availability?.start ?? impact;
    const got = entity.position?.getValue(when);
    const d = got === undefined ? Infinity : Cartesian3.distance(got, Cartesian3.fromArray(ev.ecef_m));
    ok = entity.position instanceof ConstantPositionProperty && entity.point !== undefined && d <= toleranceM;
    detail = `fixed point ${entity.position instanceof ConstantPositionProperty ? "yes" : "no"}, off by ${d.toFixed(4)} m`;
  }
  check(ok, `event entity ${ev.id}: ${detail}`);
}

finish();
