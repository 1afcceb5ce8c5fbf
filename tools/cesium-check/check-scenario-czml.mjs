// Loads a CZML document with a scenario's sites and radar coverage (from `shield sense --czml` or
// `shield run`'s trial0.czml) with CesiumJS's own data layer (CzmlDataSource, no Viewer, no
// network) and checks it against the scenario: one entity per site; each radar face's coverage is
// an ellipsoid that Cesium can build (radii the instrumented range, clock span at most a turn,
// cones within [0, π], translucent), oriented in the site's East-North-Up frame as Cesium computes
// it, and containing, in the angles Cesium's EllipsoidGeometry uses, the points the face covers
// and not the points it does not; every threat listed has a position at the start, middle and end
// of its availability.
//
// Usage: node check-scenario-czml.mjs DOCUMENT.czml EXPECTED.json
//
// EXPECTED.json, from the scenario:
//   { "sites": ["radar/kurecik-tpy2", "battery/...", "launch-area/...", ...],
//     "faces": [{ "id": "radar/kurecik-tpy2/face-1", "range_m": 1000000,
//                 "inside_ecef_m": [[x, y, z], ...], "outside_ecef_m": [[x, y, z], ...] }],
//     "threats": ["threat/ankara-1", ...],
//     "rotation_tolerance": 1e-9 }      // entity frame against Cesium's east-north-up beneath
//
// Prints one line per check (PASS/FAIL) and exits 1 if any check fails, 2 on bad usage or a
// document Cesium cannot load.

import { check, commandArguments, finish, loadCesium, loadCzml, readJson } from "./cesium-node.mjs";

const [czmlFile, expectedFile] = commandArguments(2, "DOCUMENT.czml EXPECTED.json");
const Cesium = await loadCesium();
const { Cartesian3, Cartographic, JulianDate, Matrix3, Matrix4, ReferenceFrame, Transforms } = Cesium;

const expected = readJson(expectedFile);
const rotationTolerance = expected.rotation_tolerance ?? 1e-9;

const dataSource = await loadCzml(Cesium, readJson(czmlFile), czmlFile);
const entities = dataSource.entities;
const time = dataSource.clock?.startTime ?? JulianDate.now();
const positionAt = (entity, date) =>
  entity.position?.getValueInReferenceFrame(date, ReferenceFrame.FIXED, new Cartesian3());

const missingSites = expected.sites.filter((id) => {
  const e = entities.getById(id);
  return e === undefined || positionAt(e, time) === undefined;
});
check(
  missingSites.length === 0,
  `every site has an entity with a position: ${expected.sites.length - missingSites.length} of ${expected.sites.length}${
    missingSites.length ? `, missing ${missingSites.join(", ")}` : ""
  }`,
);

const value = (property, fallback) => property?.getValue(time) ?? fallback;
for (const face of expected.faces) {
  const e = entities.getById(face.id);
  const ellipsoid = e?.ellipsoid;
  if (ellipsoid === undefined) {
    check(false, `${face.id} is an entity with an ellipsoid`);
    continue;
  }
  const radii = value(ellipsoid.radii);
  const minClock = value(ellipsoid.minimumClock, 0);
  const maxClock = value(ellipsoid.maximumClock, 2 * Math.PI);
  const minCone = value(ellipsoid.minimumCone, 0);
  const maxCone = value(ellipsoid.maximumCone, Math.PI);
  const radiiOk =
    radii !== undefined && [radii.x, radii.y, radii.z].every((r) => Math.abs(r - face.range_m) <= 1e-6 * face.range_m);
  check(
    radiiOk && minClock < maxClock && maxClock - minClock <= 2 * Math.PI + 1e-12 &&
      minCone >= 0 && minCone < maxCone && maxCone <= Math.PI + 1e-12,
    `${face.id}: radii ${radii ? (radii.x / 1000).toFixed(0) : "none"} km (instrumented ${(face.range_m / 1000).toFixed(0)} km), clock ${minClock.toFixed(4)}..${maxClock.toFixed(4)}, cone ${minCone.toFixed(4)}..${maxCone.toFixed(4)} rad`,
  );
  const colour = ellipsoid.material?.getValue(time)?.color;
  check(
    colour !== undefined && colour.alpha > 0 && colour.alpha < 1 && value(ellipsoid.fill, true),
    `${face.id} is filled translucent: alpha ${colour?.alpha?.toFixed(3)}`,
  );

  // The frame Cesium draws the ellipsoid in, against its own east-north-up at the site. Cesium's
  // "up" at a point off the ellipsoid is the normal of the ellipsoid scaled through it, not the
  // geodetic normal (they differ by about 1e-9 per metre of height); on the ellipsoid, beneath the
  // site, the two agree.
  const model = e.computeModelMatrix(time, new Matrix4());
  const position = positionAt(e, time);
  const beneath = position && Cartographic.fromCartesian(position);
  const enu =
    beneath &&
    Transforms.eastNorthUpToFixedFrame(Cartesian3.fromRadians(beneath.longitude, beneath.latitude, 0));
  const rotation = model && Matrix4.getMatrix3(model, new Matrix3());
  const enuRotation = enu && Matrix4.getMatrix3(enu, new Matrix3());
  const rotationOk = rotation && enuRotation && Matrix3.equalsEpsilon(rotation, enuRotation, rotationTolerance);
  check(rotationOk, `${face.id} is oriented in the site's east-north-up frame, within ${rotationTolerance}`);
  if (!model) continue;

  // A point in the ellipsoid's frame, in the angles of EllipsoidGeometry: clock from +x toward +y,
  // cone from +z.
  const inverse = Matrix4.inverseTransformation(model, new Matrix4());
  const within = (ecef) => {
    const p = Matrix4.multiplyByPoint(inverse, Cartesian3.fromArray(ecef), new Cartesian3());
    const r = Cartesian3.magnitude(p);
    const clock = Math.atan2(p.y, p.x);
    const turns = Math.ceil((minClock - clock) / (2 * Math.PI));
    const cone = Math.acos(Math.min(1, Math.max(-1, p.z / r)));
    return r <= radii.x && clock + 2 * Math.PI * turns <= maxClock && cone >= minCone && cone <= maxCone;
  };
  const inside = face.inside_ecef_m.filter(within).length;
  const outside = face.outside_ecef_m.filter((p) => !within(p)).length;
  check(
    inside === face.inside_ecef_m.length && outside === face.outside_ecef_m.length,
    `${face.id} holds the ${face.inside_ecef_m.length} points the face covers (${inside}) and none of the ${face.outside_ecef_m.length} it does not (${outside} outside)`,
  );
}

const notShown = [];
for (const id of expected.threats ?? []) {
  const e = entities.getById(id);
  const a = e?.availability;
  if (a === undefined || a.length !== 1) {
    notShown.push(`${id} (availability)`);
    continue;
  }
  const mid = JulianDate.addSeconds(a.start, 0.5 * JulianDate.secondsDifference(a.stop, a.start), new JulianDate());
  for (const [name, t] of [["start", a.start], ["middle", mid], ["end", a.stop]]) {
    const p = positionAt(e, t);
    if (p === undefined || !Number.isFinite(Cartesian3.magnitude(p))) notShown.push(`${id} at ${name}`);
  }
}
check(
  notShown.length === 0,
  `every threat has a position at the start, middle and end of its availability: ${
    notShown.length === 0 ? `${(expected.threats ?? []).length} threats` : `missing for ${notShown.join(", ")}`
  }`,
);

finish();
