import { test } from "node:test";
import assert from "node:assert/strict";
import { findTimes, sameTime } from "../../src/core/facts/times";

const times = (s: string) => findTimes(s, 0, s.length).map((t) => [t.text, t.minutes, t.ambiguous]);

test("clock times in the common formats, as minutes after midnight", () => {
  assert.deepEqual(times("at 11:40 p.m. on Saturday"), [["11:40 p.m.", 1420, false]]);
  assert.deepEqual(times("from 6pm until 9 a.m."), [["6pm", 1080, false], ["9 a.m.", 540, false]]);
  assert.deepEqual(times("lifted off at 06:12, landed at 18:30"), [["06:12", 372, false], ["18:30", 1110, false]]);
  assert.deepEqual(times("until noon, then from midnight"), [["noon", 720, false], ["midnight", 0, false]]);
  assert.deepEqual(times("starts at 7.30 and ends at seven o'clock"), [["7.30", 450, true], ["seven o'clock", 420, true]]);
});

test("scores, prices, ratios and figures are not times", () => {
  assert.deepEqual(times("The score was 2:1 and tickets cost 2.50 euros; growth was 3.25 per cent."), []);
  assert.deepEqual(times("He ran the marathon in 2:05:30 and scored 3.45 points."), []);
});

test("a time without a.m. or p.m. meets both readings", () => {
  const [x] = findTimes("at 7:30", 0, 7);
  const [y] = findTimes("at 7:30 p.m.", 0, 12);
  const [z] = findTimes("at 8:30 p.m.", 0, 12);
  assert.equal(sameTime(x, y), true);
  assert.equal(sameTime(y, z), false);
});
