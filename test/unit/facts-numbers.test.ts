import { test } from "node:test";
import assert from "node:assert/strict";
import { findNumbers, type NumberMention } from "../../src/core/facts/numbers";

const brief = (n: NumberMention) => [n.text, n.value, n.kind, n.unit];
const all = (s: string) => findNumbers(s).map(brief);
const one = (s: string) => {
  const found = findNumbers(s);
  assert.equal(found.length, 1, `${s}: ${JSON.stringify(found)}`);
  return found[0];
};

test("digits with separators, decimals and scale words", () => {
  assert.deepEqual(all("1,500 people and 2.5 tons"), [["1,500", 1500, "cardinal", undefined], ["2.5 tons", 2.5, "cardinal", "ton"]]);
  assert.deepEqual(brief(one("3 million residents")), ["3 million", 3e6, "cardinal", undefined]);
  assert.deepEqual(brief(one("about 4bn")), ["4bn", 4e9, "cardinal", undefined]);
});

test("number words, compounds and vague counts", () => {
  assert.deepEqual(all("two, twenty-five, one hundred and six, three thousand"), [
    ["two", 2, "cardinal", undefined], ["twenty-five", 25, "cardinal", undefined], ["one hundred and six", 106, "cardinal", undefined], ["three thousand", 3000, "cardinal", undefined],
  ]);
  assert.deepEqual(brief(one("a dozen cars")), ["a dozen", 12, "cardinal", undefined]);
  const v = one("hundreds of people");
  assert.deepEqual([v.text, v.value, v.vague], ["hundreds", 100, true]);
  assert.deepEqual(findNumbers("no one came; they met one another"), []);
});

test("percentages in every spelling read as the same value and kind", () => {
  for (const s of ["15%", "15 percent", "15 per cent", "fifteen percent", "15 pct"]) assert.deepEqual([one(s).value, one(s).kind, one(s).unit], [15, "percent", "%"], s);
  assert.deepEqual(brief(one("by 3 percentage points")), ["3 percentage points", 3, "percent", "point"]);
  assert.deepEqual(all("10-12%"), [["10", 10, "percent", "%"], ["12%", 12, "percent", "%"]]);
});

test("money with currency and scale", () => {
  assert.deepEqual(brief(one("$7.2 million")), ["$7.2 million", 7.2e6, "money", "USD"]);
  assert.deepEqual(brief(one("€5bn")), ["€5bn", 5e9, "money", "EUR"]);
  assert.deepEqual(brief(one("£300")), ["£300", 300, "money", "GBP"]);
  assert.deepEqual(brief(one("40 million euros")), ["40 million euros", 4e7, "money", "EUR"]);
  assert.deepEqual(brief(one("$6m")), ["$6m", 6e6, "money", "USD"]);
  assert.deepEqual(brief(one("a 6m wall")), ["6m", 6, "cardinal", "m"]);
});

test("durations, ages and ordinals with the unit they order", () => {
  assert.deepEqual(brief(one("the three-year mark")), ["three-year", 3, "duration", "year"]);
  assert.deepEqual(brief(one("for 18 months")), ["18 months", 18, "duration", "month"]);
  assert.deepEqual(brief(one("two and a half years")), ["two and a half years", 2.5, "duration", "year"]);
  assert.deepEqual(brief(one("its third year")), ["third year", 3, "ordinal", "year"]);
  assert.deepEqual(brief(one("the 4th")), ["4th", 4, "ordinal", undefined]);
  assert.deepEqual(brief(one("the twenty-first")), ["twenty-first", 21, "ordinal", undefined]);
  assert.deepEqual(brief(one("a 52-year-old nurse")), ["52-year-old", 52, "cardinal", "years old"]);
  assert.deepEqual(brief(one("a third term")), ["third", 3, "ordinal", undefined]);
});

test("fractions", () => {
  assert.deepEqual(brief(one("a third of voters")), ["a third", 1 / 3, "fraction", undefined]);
  assert.deepEqual(brief(one("two-thirds of voters")), ["two-thirds", 2 / 3, "fraction", undefined]);
  assert.deepEqual(brief(one("half of them")), ["half", 0.5, "fraction", undefined]);
  assert.deepEqual(brief(one("half a million")), ["half a million", 5e5, "cardinal", undefined]);
});

test("dates, clock times and model names are not quantities", () => {
  assert.deepEqual(all("On June 3, 2022, in 2022 alone, at 5:03 p.m. and 10am"), []);
  assert.deepEqual(all("F-16 jets, COVID-19, a G7 summit and 5G masts"), []);
  assert.deepEqual(all("2,000 troops"), [["2,000", 2000, "cardinal", undefined]]);
});

test("the qualifier in front and the counted word after", () => {
  const n = one("Officials said nearly 30% of homes");
  assert.deepEqual([n.qualifier, n.noun], ["nearly", "homes"]);
  assert.equal("Officials said nearly 30% of homes".slice(n.qualifierStart, n.end), "nearly 30%");
  assert.equal(one("more than 2,000 troops").qualifier, "more than");
});

test("offsets are into the whole text when a range is given", () => {
  const text = "Ignore 5 here. Then 12 percent there.";
  const from = text.indexOf("Then");
  const [n] = findNumbers(text, from, text.length);
  assert.equal(text.slice(n.start, n.end), "12 percent");
  assert.equal(findNumbers(text, from).length, 1);
});

test("teens and tens written as words are read whole, not as their first digit", () => {
  const read = (t: string) => findNumbers(t).map((n) => [n.text, n.value]);
  assert.deepEqual(read("Fourteen new cases were confirmed."), [["Fourteen", 14]]);
  assert.deepEqual(read("Seventeen people and sixty-four cars."), [["Seventeen", 17], ["sixty-four", 64]]);
  assert.deepEqual(read("It took ninety minutes."), [["ninety minutes", 90]]);
});

test("'one in five' is a share; 'over two winters' a span; 'twice as many as a year ago' no ceiling", () => {
  const one = findNumbers("The survey found that one in five farmers was leaving.");
  assert.deepEqual(one.map((n) => [n.text, n.value, n.kind]), [["one in five", 20, "percent"]]);
  assert.equal(findNumbers("They tested it over two winters.")[0].qualifier, undefined);
  assert.equal(findNumbers("over 200 people")[0].qualifier, "over");
  assert.equal(findNumbers("roughly twice as many as a year ago")[0].qualifier, undefined);
  assert.equal(findNumbers("as many as 40 people")[0].qualifier, "as many as");
});

test("'second-half' is an ordinal in a compound, not two seconds", () => {
  assert.deepEqual(findNumbers("He scored two second-half goals.").map((n) => [n.text, n.kind]).slice(0, 1), [["two", "cardinal"]]);
});

test("speeds in words are speeds: '110 kilometres an hour' is 110 km/h; 'estimated to cost' qualifies", () => {
  assert.deepEqual(findNumbers("Gusts of up to 110 kilometres an hour are forecast.").map((n) => [n.value, n.unit]), [[110, "km/h"]]);
  assert.deepEqual(findNumbers("Gusts of up to 110km/h are forecast.").map((n) => [n.value, n.unit]), [[110, "km/h"]]);
  assert.equal(findNumbers("the road, estimated to cost €310m, opens in 2030")[0].qualifier, "an estimated");
});

test("'a month' after a figure is a rate, not a span of one month: '$2,310 a month', '40 hours a week'", () => {
  assert.deepEqual(all("Rents reached $2,310 a month."), [["$2,310", 2310, "money", "USD"]]);
  assert.deepEqual(all("Staff work 40 hours a week and meet twice a year."), [["40 hours", 40, "duration", "hour"]]);
  assert.deepEqual(all("The trial lasted a month."), [["a month", 1, "duration", "month"]]);
});

test("part of a unit carries the unit: 'a quarter of a percentage point' is 0.25 points, 'half a mile' 0.5 miles", () => {
  assert.deepEqual(brief(one("by a quarter of a percentage point")), ["a quarter of a percentage point", 0.25, "percent", "point"]);
  assert.deepEqual(brief(one("half a percentage point")), ["half a percentage point", 0.5, "percent", "point"]);
  assert.deepEqual(brief(one("a quarter of an hour")), ["a quarter of an hour", 0.25, "duration", "hour"]);
  assert.deepEqual(brief(one("half a mile")), ["half a mile", 0.5, "cardinal", "mile"]);
  // a part of people, not of a unit, stays a fraction
  assert.deepEqual(brief(one("a third of a class")), ["a third", 1 / 3, "fraction", undefined]);
});

test("a compound duration is one span in its smaller unit: 'two years and three months' is 27 months", () => {
  assert.deepEqual(brief(one("jailed for two years and three months")), ["two years and three months", 27, "duration", "month"]);
  assert.deepEqual(brief(one("an hour and 20 minutes")), ["an hour and 20 minutes", 80, "duration", "minute"]);
  assert.deepEqual(brief(one("in 2 hours 41 minutes")), ["2 hours 41 minutes", 161, "duration", "minute"]);
  // units that do not nest stay apart
  assert.equal(findNumbers("two years and three weeks").length, 2);
});

test("areas are units, and 'over' after a verb of extent says across, not more than", () => {
  assert.deepEqual(brief(one("covered 1.12 million square kilometres")), ["1.12 million square kilometres", 1.12e6, "cardinal", "km2"]);
  const spread = one("the ice extended over 1.12 million sq km");
  assert.deepEqual([spread.text, spread.unit, spread.qualifier], ["1.12 million sq km", "km2", undefined]);
  assert.equal(one("over 1.12 million sq km").qualifier, "over");
});

test("'are estimated at £90,000' qualifies the figure as 'an estimated £90,000' does", () => {
  assert.equal(one("repairs are estimated at £90,000").qualifier, "an estimated");
  assert.equal(one("it needs an estimated £90,000 of repairs").qualifier, "an estimated");
});

test("what 'over', 'under' and 'up to' mean before a figure depends on the words before them", () => {
  // after a verb of waiting, "over" is "more than"; "longer than" is a floor too
  assert.equal(one("patients waiting over 18 weeks").qualifier, "over");
  assert.equal(one("a wait of longer than a year").qualifier, "longer than");
  // a golfer's score against par, and a figure something went up to, are not bounded
  assert.equal(findNumbers("a seven-under 65").find((m) => m.text === "65")?.qualifier, undefined);
  assert.equal(one("fees will go up to £9,535").qualifier, undefined);
  // a figure something edged, crept, inched or ticked up to is reached, not a ceiling
  for (const t of ["serious injuries edged up to 1,906", "the rate crept up to 4.1%", "prices ticked up to $3.20", "the queue inched up to 300 people", "storage is back up to 68%"]) {
    assert.equal(one(t).qualifier, undefined, t);
  }
  assert.equal(one("fines of up to £5,000").qualifier, "up to");
  assert.equal(one("gusts of up to 90 mph").qualifier, "up to");
});

test("the Indian scales: 4.2 lakh is 420,000, Rs 3 crore is 30 million", () => {
  assert.equal(one("the 4.2 lakh students who sat the exam").value, 420000);
  assert.equal(one("2 lakhs of applicants").value, 200000);
  assert.equal(one("a grant of Rs 3 crore").value, 30000000);
  assert.equal(one("1.5 crores").value, 15000000);
});

test("money named by its country or its own name meets its symbol: '420 Australian dollars' / 'A$420', '45 million naira' / '₦45 million'", () => {
  const unit = (t: string) => [one(t).value, one(t).kind, one(t).unit];
  assert.deepEqual(unit("420 Australian dollars"), unit("A$420"));
  assert.deepEqual(unit("1.2 million New Zealand dollars"), unit("NZ$1.2 million"));
  assert.deepEqual(unit("45 million naira"), unit("₦45 million"));
  assert.deepEqual(unit("5 million US dollars"), unit("$5 million"));
  assert.notDeepEqual(unit("420 Canadian dollars"), unit("A$420"));
  assert.deepEqual(unit("3,000 rand"), [3000, "money", "ZAR"]);
});

test("Kenyan, Singapore and Indian currency signs ('KSh 5 million', 'S$3.4 million', 'Rs 12 crore') and names ('500 Kenyan shillings')", () => {
  assert.deepEqual([one("fines of up to KSh 5 million").value, one("fines of up to KSh 5 million").unit], [5e6, "KES"]);
  assert.deepEqual([one("as much as KSh5 million").value, one("as much as KSh5 million").unit], [5e6, "KES"]);
  assert.deepEqual([one("500 Kenyan shillings").value, one("500 Kenyan shillings").unit], [500, "KES"]);
  assert.deepEqual([one("S$3.4 million").value, one("S$3.4 million").unit], [3.4e6, "SGD"]);
  assert.deepEqual([one("Rs 12 crore").value, one("Rs 12 crore").unit], [1.2e8, "INR"]);
});

test("a decimal read out is one figure ('one point two percent' is 1.2%); 'at one point' is a moment", () => {
  assert.deepEqual(brief(one("The index fell one point two percent.")).slice(0, 2), ["one point two percent", 1.2]);
  assert.equal(one("The index fell one point two percent.").value, 1.2);
  assert.equal(one("Growth was twenty-five point zero five.").value, 25.05);
  assert.equal(one("It rose three point seven five percent.").value, 3.75);
  assert.deepEqual(all("At one point two men fled.").map((n) => n[1]), [1, 2]);
});

test("a temperature glued to its scale ('1.4C', '95F', '47°C') is degrees; '4G' and '3D' stay codes", () => {
  assert.deepEqual(all("It was 1.4C above the baseline, 95F in the shade and 47°C inland."), [
    ["1.4C", 1.4, "cardinal", "degree"], ["95F", 95, "cardinal", "degree"], ["47°C", 47, "cardinal", "degree"],
  ]);
  assert.deepEqual(all("The 4G and 3D models"), []);
});

test("a whole number and a fraction are one figure ('two and a quarter', 'two and three-quarter lengths'); rupiah ('Rp 420 billion', 'Rp420bn')", () => {
  assert.deepEqual(all("won by two and a quarter lengths").map((n) => n[1]), [2.25]);
  assert.deepEqual(all("won by two and three-quarter lengths").map((n) => n[1]), [2.75]);
  assert.deepEqual(all("It cost Rp 420 billion, or Rp420bn.").map((n) => [n[1], n[3]]), [[420e9, "IDR"], [420e9, "IDR"]]);
});

test("money read out ('two dollars 40', 'three pounds fifty') is one amount; 'pushed gold up to $2,412' reaches a figure, 'fines of up to $5m' bound it", () => {
  assert.deepEqual(all("A ticket will go from two dollars 40 to two dollars 55.").map((n) => n[1]), [2.4, 2.55]);
  assert.deepEqual(all("It costs three pounds fifty.").map((n) => n[1]), [3.5]);
  assert.deepEqual(all("He paid 5 dollars 30 times.").map((n) => n[1]), [5, 30]);
  assert.equal(one("Investors pushed gold up to $2,412 per ounce.").qualifier, undefined);
  assert.equal(one("Breaches could bring fines of up to $5,000.").qualifier, "up to");
});

test("'handed over 1,240 units' is no 'more than'; ringgit ('RM32mil')", () => {
  assert.equal(one("The county has handed over 1,240 units.").qualifier, undefined);
  assert.equal(one("Over 1,240 units were built.").qualifier, "over");
  assert.equal(one("She was jailed for taking over $240,000.").qualifier, "over");
  assert.deepEqual(brief(one("It cost RM32mil.")), ["RM32mil", 32e6, "money", "MYR"]);
});

test("a run of units told as an ordinal or as a count in a row reads as one ordinal; a hyphenated 'and a half' joins its whole number", () => {
  for (const s of ["for the third year in a row", "for a third consecutive year", "the third straight yearly fall", "for three years in a row", "three years running"]) {
    const n = one(s);
    assert.deepEqual([n.value, n.kind, n.unit], [3, "ordinal", "year"], s);
  }
  // a plain count of years is still a duration, and "the 88th annual race" orders races, not years
  assert.deepEqual([one("for three years").kind, one("for three years").unit], ["duration", "year"]);
  assert.equal(one("the 88th annual race").unit, undefined);
  assert.deepEqual(brief(one("three-and-a-half lengths clear")), ["three-and-a-half", 3.5, "cardinal", undefined]);
});

test("a currency named by its country's adjective is that country's currency ('46 million Swiss francs' is CHF 46m)", () => {
  for (const [text, unit] of [["46 million Swiss francs", "CHF"], ["900 Swedish kronor", "SEK"], ["250 Mexican pesos", "MXN"], ["3,000 South African rand", "ZAR"]]) {
    const n = one(text);
    assert.deepEqual([n.text, n.kind, n.unit], [text, "money", unit], text);
  }
});

test("'over' before the parts an event is held over ('held over seven stages', 'over 12 rounds') says across, not more than; after a verb of lasting it is still more than", () => {
  assert.equal(one("a race held over seven stages").qualifier, undefined);
  assert.equal(one("a bout scheduled over 12 rounds").qualifier, undefined);
  assert.equal(one("the fight lasted over 12 rounds").qualifier, "over");
});

test("a year before the noun it names ('the city's 2026 budget', 'the 2019 general election') is no count; 2,026 people are", () => {
  assert.deepEqual(all("Councillors approved the city's 2026 budget."), []);
  assert.deepEqual(all("It was the biggest swing since the 2019 general election."), []);
  assert.deepEqual(all("Some 2026 people signed the petition.").map(([t]) => t), ["2026"]);
});

test("'a fortnight' after 'for' is a span even after a figure and its noun ('40,000 people for a fortnight'); '1,000 barrels a day' is still a rate", () => {
  const found = findNumbers("enough food for 40,000 people for a fortnight");
  assert.deepEqual(found.map((n) => [n.value, n.kind, n.unit]), [[40000, "cardinal", undefined], [1, "duration", "fortnight"]]);
  assert.equal(findNumbers("The field pumps 1,000 barrels a day.").length, 1);
});

test("race times with a fraction of a second ('3:59.04', '1:21.447') and glued abbreviations ('0.082sec', '90mins') are durations; '90+3 min:' and a clock time are not", () => {
  assert.deepEqual(findNumbers("The record of 3:59.04 stood for years.").map((n) => [n.text, n.value, n.kind, n.unit]), [["3:59.04", 239.04, "duration", "second"]]);
  assert.equal(one("a lap of 1:21.447").value, 81.447);
  assert.deepEqual([one("0.082sec quicker").value, one("0.082sec quicker").unit], [0.082, "second"]);
  assert.deepEqual([one("He played 90mins.").value, one("He played 90mins.").unit], [90, "minute"]);
  assert.deepEqual(findNumbers("The bus leaves at 3:59."), []);
  assert.notEqual(findNumbers("90+3 min: Full time.").find((n) => n.unit === "minute")?.value, 3);
});

test("'three-quarters of an hour' is 0.75 of the unit, as 'a quarter of an hour' is; 'two thirds of the vote' stays a fraction", () => {
  assert.deepEqual(brief(one("three-quarters of an hour")), ["three-quarters of an hour", 0.75, "duration", "hour"]);
  assert.deepEqual(brief(one("two thirds of the vote")), ["two thirds", 2 / 3, "fraction", undefined]);
});

test("a bare figure after a singular unit of time counts which one ('on day one', 'Day 3', 'in year two'); 'three days' is a span", () => {
  assert.deepEqual(brief(one("on day one against Essex")), ["one", 1, "ordinal", "day"]);
  assert.deepEqual(brief(one("Day 3 of the trial")), ["3", 3, "ordinal", "day"]);
  assert.deepEqual(brief(one("in year two of the plan")), ["two", 2, "ordinal", "year"]);
  assert.deepEqual(brief(one("for three days")), ["three days", 3, "duration", "day"]);
  // … but a figure counting the plural after it is a count: "started the day three shots clear"
  assert.deepEqual(brief(one("She started the day three shots clear.")), ["three", 3, "cardinal", undefined]);
});

test("'fines going up to 5,000 euros' range up to the figure ('up to'); 'fees will go up to £9,535' reach it", () => {
  assert.equal(one("Traders risk fines going up to 5,000 euros.").qualifier, "up to");
  assert.equal(one("Fees will go up to £9,535.").qualifier, undefined);
});

test("'one patient in eight' and 'one in every eight' are the share 'one in eight' is; 'phased in over 18 months' is a span, as 'over 18 months' is", () => {
  assert.deepEqual(brief(one("One patient in eight waited.")), ["One patient in eight", 12.5, "percent", "%"]);
  assert.deepEqual(brief(one("one in every eight homes")), ["one in every eight", 12.5, "percent", "%"]);
  assert.equal(one("The cuts will be phased in over 18 months.").qualifier, undefined);
  assert.equal(findNumbers("prices rose in over a decade").find((n) => n.kind === "duration")?.qualifier, "over");
});

test("'nil' is a score's zero: 'won three-nil' states the figures '3-0' states", () => {
  assert.deepEqual(all("They won three-nil.").map((n) => n[1]), [3, 0]);
});

test("'a win over second seed Elise Duparc': 'over' before an ordinal is a win against a rank, no qualifier", () => {
  assert.equal(findNumbers("She won 6-4 over second seed Elise Duparc.").find((n) => n.kind === "ordinal")?.qualifier, undefined);
});

test("findNumbers: a range with the currency on its first figure and the scale on its second is money at that scale on both ('$2-4 million', '₹2-4 lakh')", () => {
  const got = (s: string) => findNumbers(s).map((n) => [n.value, n.kind, n.unit]);
  assert.deepEqual(got("The firm raised $2-4 million."), [[2_000_000, "money", "USD"], [4_000_000, "money", "USD"]]);
  assert.deepEqual(got("Each paid ₹2-4 lakh."), [[200_000, "money", "INR"], [400_000, "money", "INR"]]);
  assert.deepEqual(got("Tickets cost $2-4."), [[2, "money", "USD"], [4, "money", "USD"]]);
});
