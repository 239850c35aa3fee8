import { test } from "node:test";
import assert from "node:assert/strict";
import { changedNumber } from "../../src/core/rules/changed-number";
import { runRule } from "../fixtures/facts/pair";
import { compareVersions, defaultConfig, parseArticle } from "../../src/core/index";

test("a different value is reported on both sides with exact spans and a fix", () => {
  const r = runRule(changedNumber, "The fire destroyed 40 homes on the hill.", "The fire destroyed 45 homes on the hill.");
  assert.deepEqual(r.spans, [["40", "45"]]);
  assert.equal(r.reports[0].message, 'Number changed: this version says "40"; the other says "45". Check which is right and make the versions agree.');
  assert.equal(r.reports[0].messageB, 'Number changed: this version says "45"; the other says "40". Check which is right and make the versions agree.');
  assert.equal(r.reports[0].fixesA?.[0].edits[0].text, "45");
  assert.equal(r.reports[0].fixesB?.[0].edits[0].text, "40");
});

test("a duration that became an ordinal is a change of kind", () => {
  const r = runRule(changedNumber, "The strike nears its three-year mark, unions said.", "The strike nears its third year, unions said.");
  assert.deepEqual(r.spans, [["three-year mark", "third year"]]);
  assert.match(r.reports[0].message, /"three-year mark" \(a duration\); the other says "third year" \(an ordinal\)/);
});

test("percentages, money and words: a changed value in another spelling is still found", () => {
  assert.deepEqual(runRule(changedNumber, "Turnout was 20% this time.", "Turnout was 25 percent this time.").spans, [["20%", "25 percent"]]);
  assert.deepEqual(runRule(changedNumber, "The bridge cost $4.5 million to build.", "The bridge cost $5.4 million to build.").spans, [["$4.5 million", "$5.4 million"]]);
  assert.deepEqual(runRule(changedNumber, "Two ministers resigned.", "Three ministers resigned.").spans, [["Two", "Three"]]);
  assert.deepEqual(runRule(changedNumber, "Talks lasted 18 months in all.", "Talks lasted two years in all.").spans, [["18 months", "two years"]]);
});

test("the same quantity spelled differently stays quiet", () => {
  for (const [x, y] of [
    ["Turnout was 20% this time.", "Turnout was 20 percent this time."],
    ["Two ministers resigned.", "2 ministers resigned."],
    ["Talks lasted 18 months in all.", "Talks lasted a year and a half in all."],
    ["It costs €3bn a year.", "It costs 3 billion euros a year."],
    ["Nearly 20% of the land is held.", "Roughly 20% of the land is held."],
    ["The vote came in the first weeks of the term.", "The vote came in the early weeks of the term."],
    ["One of the earliest signs came then.", "One of the first signs came then."],
    ["A former aide said so.", "One former aide said so."],
  ]) assert.deepEqual(runRule(changedNumber, x, y).spans, [], `${x} / ${y}`);
});

test("a number in one version only is not a changed number", () => {
  assert.deepEqual(runRule(changedNumber, "Police arrested 12 people.", "Police arrested several people.").spans, []);
});

test("dates and years are not numbers", () => {
  assert.deepEqual(runRule(changedNumber, "It began in 2019 and ended on May 4.", "It began in 2020 and ended on May 5.").spans, []);
});

test("two numbers each pair with the one that counts the same thing", () => {
  const r = runRule(changedNumber, "Rebels freed 30 soldiers and 12 civilians.", "Rebels freed 12 civilians and 35 soldiers.");
  assert.deepEqual(r.spans, [["30", "35"]]);
});

test("a share as a fraction or a percentage, and an age without its unit, are the same quantity", () => {
  assert.deepEqual(runRule(changedNumber, "About half of the voters agreed.", "About 50% of the voters agreed.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The 35-year-old striker scored.", "The striker, 35, scored.").spans, []);
  assert.deepEqual(runRule(changedNumber, "About half of the voters agreed.", "About 40% of the voters agreed.").spans, [["half", "40%"]]);
});

test("a re-check of the same parsed articles replays the same reports from the pair cache", async () => {
  const { parseArticle } = await import("../../src/core/article");
  const { comparison } = await import("../fixtures/facts/pair");
  const { defaultConfig } = await import("../../src/core/config");
  const a = parseArticle("a", "Police arrested 12 people. The fire burned 40 homes.");
  const b = parseArticle("b", "Police arrested 21 people. The fire burned 40 homes.");
  const run = () => {
    const out: string[] = [];
    changedNumber.check({ a, b, comparison: comparison(a, b), config: defaultConfig(), report: (r) => out.push(`${r.a?.start}-${r.a?.end}:${r.b?.start}-${r.b?.end}:${r.message}`) });
    return out;
  };
  const first = run();
  assert.equal(first.length, 1);
  assert.deepEqual(run(), first);
});

test("the same share or sum written another way stays quiet; pounds are money or weight alike", () => {
  assert.deepEqual(runRule(changedNumber, "One in five farmers may quit.", "20 percent of farmers may quit.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The fine was 140 million pounds.", "The fine was £140m.").spans, []);
  assert.equal(runRule(changedNumber, "The fine was 140 million pounds.", "The fine was £150m.").spans.length, 1);
});

test("the minute of a match counted either way is one minute; another minute is a change", () => {
  assert.deepEqual(runRule(changedNumber, "They pulled one back through a 58th-minute penalty.", "They converted a penalty after 58 minutes.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Veldt scored in the 12th minute.", "Twelve minutes in, Veldt scored.").spans, []);
  assert.deepEqual(runRule(changedNumber, "They pulled one back through a 58th-minute penalty.", "They converted a penalty after 59 minutes.").spans, [["58th-minute penalty", "59 minutes"]]);
  // a span of minutes stays a duration: "after two years" is not "the second year" either
  assert.deepEqual(runRule(changedNumber, "The talks lasted 58 minutes.", "The talks ended in the 58th minute.").spans.length, 1);
});

test("a part of a year is so many months; a shift in time never pairs with a span", () => {
  assert.deepEqual(runRule(changedNumber, "It will seek approval in the first half of next year.", "It will seek approval in the first six months of next year.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Sales fell in the first half of 2024.", "Sales fell in the first seven months of 2024.").spans.length, 1);
  assert.deepEqual(runRule(changedNumber, "There were 1,284 cases in six months, against 312 last year.", "There were 1,284 cases from January to June, against 312 a year earlier.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The plant closed two years ago.", "The plant closed three years ago.").spans, [["two years", "three years"]]);
});

test("a figure before an ordinal is no fraction: 'a 34-19 third quarter'", () => {
  assert.deepEqual(runRule(changedNumber, "They trailed by 11 before a 34-19 third quarter.", "They came back from 11 down, winning the third quarter 34-19.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Two thirds of members voted.", "Three quarters of members voted.").spans.length, 1);
});

test("figures moved between neighbouring sentences are no change; a figure changed beside them still is", () => {
  const a = "Lyle scored 31 points and Kovac added 18 rebounds. The Herons trailed by 11 at half-time. Danford has lost four games.";
  const b = "Lyle had 31 points as the Herons came back from an 11-point halftime deficit. Kovac grabbed 18 rebounds in the third quarter. Danford has lost four games.";
  assert.deepEqual(runRule(changedNumber, a, b, [[[0], [0]], [[1], [1]], [[2], [2]]]).spans, []);
  const c = b.replace("18 rebounds", "19 rebounds");
  // the changed figure moved next door with its noun: it is reported against its counterpart there
  assert.deepEqual(runRule(changedNumber, a, c, [[[0], [0]], [[1], [1]], [[2], [2]]]).spans, [["18", "19"]]);
});

test("'a quarter-point' is a figure: the cheap gate reads a quantity word that starts a compound", () => {
  assert.deepEqual(
    runRule(changedNumber, "Economists had forecast a quarter-point rise in the bank rate.", "Economists had forecast a half-point rise in the bank rate.").spans,
    [["a quarter", "a half"]],
  );
  assert.deepEqual(runRule(changedNumber, "Economists had forecast a quarter-point rise.", "A quarter-point rise had been forecast by economists.").spans, []);
});

test("a rank after 'No.' is an ordinal: 'second seed' / 'the No. 2 seed' agree, 'No. 3' does not", () => {
  assert.deepEqual(runRule(changedNumber, "Second seed Lia Moro won on Friday.", "Lia Moro, the No. 2 seed, won on Friday.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Second seed Lia Moro won on Friday.", "Lia Moro, the No 2 seed, won on Friday.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Second seed Lia Moro won on Friday.", "Lia Moro, the No. 3 seed, won on Friday.").spans, [["Second", "3"]]);
  // a count stays a count
  assert.deepEqual(runRule(changedNumber, "She won 2 titles on Friday.", "She won two titles on Friday.").spans, []);
});

test("'a quarter of a percentage point' / '0.25 percentage points' and '$2,310 a month' / 'per month' agree", () => {
  assert.deepEqual(runRule(changedNumber, "The bank cut rates by a quarter of a percentage point.", "The bank cut rates by 0.25 percentage points.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Rents rose 9% in the year to June, to $2,310 a month.", "Rents rose 9 percent over the 12 months to June, to $2,310 per month.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The bank cut rates by half a percentage point.", "The bank cut rates by 0.25 percentage points.").spans, [["half a percentage point", "0.25 percentage points"]]);
});

test("metric lengths compare in metres: 'half a metre' / '50 centimetres' agree, '5 centimetres' does not", () => {
  assert.deepEqual(runRule(changedNumber, "The road will be raised by about half a metre.", "The road will be raised by about 50 centimetres.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The road will be raised by 1.2 km.", "The road will be raised by 1,200 metres.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The road will be raised by half a metre.", "The road will be raised by 5 centimetres.").spans, [["half a metre", "5 centimetres"]]);
});

test("a span and a place in time in different units meet: 'lasted three weeks' / 'in its third month'", () => {
  assert.deepEqual(runRule(changedNumber, "The strike has lasted three weeks.", "The strike is now in its third month.").spans, [["three weeks", "third month"]]);
  // a place in time without a unit ("third place") is no time
  assert.deepEqual(runRule(changedNumber, "The strike has lasted three weeks.", "The team finished in third place.").spans, []);
});

test("a compound duration and its total agree: 'two years and three months' / '27 months'", () => {
  assert.deepEqual(runRule(changedNumber, "She was jailed for two years and three months.", "She was sent to prison for 27 months.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The match lasted two hours and 41 minutes.", "She won in 2 hours 41 minutes.").spans, []);
  assert.deepEqual(runRule(changedNumber, "She was jailed for two years and three months.", "She was sent to prison for 30 months.").spans, [["two years and three months", "30 months"]]);
});

test("'4.6m' with no currency is metres or millions: against '4.6 million' it is the same figure", () => {
  assert.deepEqual(runRule(changedNumber, "The airline carried 4.6 million passengers.", "Passenger numbers rose to 4.6m.").spans, []);
  assert.deepEqual(runRule(changedNumber, "The wall is 4.6m high.", "The wall is 5.2m high.").spans, [["4.6m", "5.2m"]]);
});

test("currency codes and the rand's R before the amount; a rupee, krona or shilling under any country's code is one currency", () => {
  const quiet = (x: string, y: string) => assert.deepEqual(runRule(changedNumber, x, y).spans, [], `${x} / ${y}`);
  quiet("The wage rises from VND4.96 million to VND5.31 million.", "The wage rises from 4.96 million dong to 5.31 million dong.");
  quiet("Profit rose to R18.6bn.", "Profit rose to R18.6 billion.");
  quiet("The prize is R250,000.", "The prize is R250 000.");
  quiet("The budget is Rs38.5bn.", "The budget is PKR 38.5 billion.");
  quiet("The scheme costs 9.5 million kronor.", "The scheme costs SEK 9.5m.");
  assert.deepEqual(runRule(changedNumber, "Profit rose to R18.6bn.", "Profit rose to R19.6 billion.").spans, [["R18.6bn", "R19.6 billion"]]);
  assert.deepEqual(runRule(changedNumber, "The wage is VND4.96 million.", "The wage is VND4.69 million.").spans, [["VND4.96 million", "VND4.69 million"]]);
});

test("two figures in one unit must be equal, not nearly ('£1,385' / '£1,390'); a race time in h:mm:ss is a duration ('2:06:41' / '2 hours 6 minutes 41 seconds')", () => {
  assert.deepEqual(runRule(changedNumber, "The flat costs £1,385 a month.", "The flat costs £1,390 a month.").spans, [["£1,385", "£1,390"]]);
  assert.deepEqual(runRule(changedNumber, "Aweru won in 2:06:41 on Sunday.", "Aweru won on Sunday in 2:06:14.").spans, [["2:06:41", "2:06:14"]]);
  assert.deepEqual(runRule(changedNumber, "Aweru won in 2:06:41 on Sunday.", "Aweru won on Sunday in 2 hours 6 minutes 41 seconds.").spans, []);
  // a conversion between units still allows for rounding
  assert.deepEqual(runRule(changedNumber, "The trial ran for six months.", "The trial ran for 26 weeks.").spans, []);
});

test("metric masses compare across units ('1,150 kilograms' / '1.15 tonnes'); a changed mass is still found", () => {
  assert.deepEqual(runRule(changedNumber, "The boat carried 1,150 kilograms of cannabis.", "The boat was carrying 1.15 tonnes of cannabis.").spans, []);
  assert.equal(runRule(changedNumber, "The boat carried 1,150 kilograms of cannabis.", "The boat was carrying 1.5 tonnes of cannabis.").spans.length, 1);
});

test("a count moved into the neighbouring sentence and changed ('which will have 64 turbines' / 'The scheme will have 46 turbines') is reported; moved unchanged it is not", () => {
  const a = "Consent was granted for the Harrow Bank wind farm, which will have 64 turbines. The developer said it would power 900,000 homes.";
  const r = runRule(changedNumber, a, "The Harrow Bank wind farm was granted consent. The scheme will have 46 turbines and, the developer said, will power 900,000 homes.");
  assert.deepEqual(r.spans, [["64", "46"]]);
  assert.deepEqual(runRule(changedNumber, a, "The Harrow Bank wind farm was granted consent. The scheme will have 64 turbines and, the developer said, will power 900,000 homes.").spans, []);
});

test("'125c a share' is 125 cents", () => {
  assert.deepEqual(runRule(changedNumber, "The group declared a dividend of 125c a share.", "It declared a dividend of 125 cents per share.").spans, []);
  assert.equal(runRule(changedNumber, "The group declared a dividend of 125c a share.", "It declared a dividend of 152 cents per share.").spans.length, 1);
});

test("an ordinal whose unit the sentence leaves out agrees with the same ordinal and its unit ('the winner in the 104th' / 'a 104th-minute header'); another ordinal does not", () => {
  assert.deepEqual(runRule(changedNumber, "Kettle headed the winner in the 104th.", "Kettle's 104th-minute header won it.").spans, []);
  assert.equal(runRule(changedNumber, "Kettle headed the winner in the 104th.", "Kettle's 105th-minute header won it.").spans.length, 1);
});

test("'on day one' / 'the first day' and 'delayed by 45 minutes' / 'for three-quarters of an hour' state the same figures", () => {
  assert.deepEqual(runRule(changedNumber, "Rain stopped play on day one at Hove.", "Rain stopped play on the first day at Hove.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Play was delayed by 45 minutes.", "Play was held up for three-quarters of an hour.").spans, []);
  assert.equal(runRule(changedNumber, "Rain stopped play on day one at Hove.", "Rain stopped play on the second day at Hove.").spans.length, 1);
  assert.equal(runRule(changedNumber, "Play was delayed by 30 minutes.", "Play was held up for three-quarters of an hour.").spans.length, 1);
});

test("a figure meets the changed figure with its own qualifier ('around 1290' / 'around 1280') before a bare one beside it", () => {
  assert.deepEqual(
    runRule(changedNumber, "The coins were buried around 1290.", "The 1,800 coins went into the ground around 1280.").spans,
    [["1290", "1280"]],
  );
});

test("the ordinal of a run counts as many: 'the fifth league win in a row' / 'have won their last five league games'", () => {
  assert.deepEqual(runRule(changedNumber, "Rovers have won their last five league games.", "It was the fifth league win in a row for Rovers.").spans, []);
  assert.deepEqual(runRule(changedNumber, "Rovers have won five league games.", "It was Rovers' fifth straight league win.").spans, []);
  assert.equal(runRule(changedNumber, "Rovers have won their last five league games.", "It was the sixth league win in a row for Rovers.").spans.length, 1);
});

test("a figure moved in from the neighbouring sentence never stands against one that counts something else ('12-0 down at the break' beside 'two tries')", () => {
  const a = parseArticle("a", "Tavarua won the Sevens, beating Norland 24-19 after trailing 12-0 at half-time. Winger Josaia Ratu scored two tries.");
  const b = parseArticle("b", "Norland lost the Sevens final 24-19 to Tavarua. Tavarua came back from 12-0 down at the break, with winger Josaia Ratu crossing twice.");
  const found = compareVersions(a, b, defaultConfig()).filter((f) => f.rule === "changed-number");
  assert.deepEqual(found, []);
  // a figure of the same thing changed in place is still reported
  const c = parseArticle("c", "Tavarua won the Sevens, beating Norland 24-19 after trailing 12-0 at half-time. Winger Josaia Ratu scored three tries.");
  assert.equal(compareVersions(a, c, defaultConfig()).filter((f) => f.rule === "changed-number").length, 2);
});

test("the ordinal of a thing counted so far is the count of them ('the fourth measles case this year' / 'four measles cases this year'); a unit of time is not ('in its second year' / 'two years')", () => {
  assert.deepEqual(runRule(changedNumber, "It is the fourth measles case confirmed in the district this year.", "The district has now confirmed four measles cases this year.").spans, []);
  assert.equal(runRule(changedNumber, "It is the fourth measles case confirmed in the district this year.", "The district has now confirmed five measles cases this year.").spans.length, 1);
  assert.equal(runRule(changedNumber, "The festival is in its second year.", "The festival has run for two years.").spans.length, 1);
});

test("a duration after 'for' is a span even when 'after' follows it ('held for 11 days after inspectors found faults' / 'detained for 17 days'); 'two days after the fire' is a shift", () => {
  assert.deepEqual(
    runRule(changedNumber, "The ferry has been held in port for 9 days after inspectors found faults.", "Inspectors found faults, and the ferry has now been detained in port for 14 days.").spans,
    [["9 days", "14 days"]],
  );
  assert.deepEqual(runRule(changedNumber, "The road reopened two days after the fire.", "The blaze burned for two days.").spans, []);
});

test("an ordinal meets an ordinal before a figure that only counts as many: 'lost 2-0, their third straight defeat' / 'beat them 3-0, a third consecutive defeat' changed the score", () => {
  assert.deepEqual(
    runRule(changedNumber, "Carlow Town lost 1-0 to Rushford on Saturday, their fourth straight defeat.", "Rushford beat Carlow Town 4-0 on Saturday, handing Carlow a fourth consecutive defeat.").spans,
    [["1", "4"]],
  );
});
