import { test } from "node:test";
import assert from "node:assert/strict";
import { reversedPolarity } from "../../src/core/rules/reversed-polarity";
import { runRule } from "../fixtures/facts/pair";

test("a negation added: the negation with its predicate, and the predicate on the other side", () => {
  const r = runRule(reversedPolarity, "The inspectors said the bridge was safe to use.", "The inspectors said the bridge was not safe to use.");
  assert.deepEqual(r.spans, [["was safe", "was not safe"]]);
  assert.equal(
    r.reports[0].message,
    'Polarity reversed: this version says "was safe"; the other says "was not safe". One of them says the opposite: check which is right and make the versions agree.',
  );
  assert.equal(r.reports[0].fixesA, undefined);
});

test("'yet to', 'never', 'no' and lexical negatives count as negations", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Real gains in the talks should be seen this month.", "We have yet to see real gains in the talks this month.").spans,
    [["should be seen", "have yet to see"]],
  );
  assert.deepEqual(runRule(reversedPolarity, "The company confirmed the merger plan on Friday.", "The company denied the merger plan on Friday.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "There will be a ceasefire before the holiday.", "There will be no ceasefire before the holiday.").spans, [["a ceasefire", "will be no ceasefire"]]);
});

test("an antonym swapped in is a reversal", () => {
  assert.deepEqual(runRule(reversedPolarity, "Unemployment rose sharply in the region last year.", "Unemployment fell sharply in the region last year.").spans, [["rose", "fell"]]);
});

test("both versions negative, in different words: quiet", () => {
  for (const [x, y] of [
    ["No senior official was seen backing the plan.", "They do not see any senior official backing the plan."],
    ["“We are not ready to give up a single street.”", "“We are not ready to hand over a single street.”"],
    ["They have never kept any promises.", "They never respected any promises."],
    ["There would be no deal until the demands were met.", "There would be no deal until the demands were met, he added."],
    ["The minister refused to comment on the report.", "The minister declined to comment on the report."],
    ["It is unclear whether the vote will pass.", "It is not clear whether the vote will pass."],
    ["He did not attend the summit in Rome.", "He failed to attend the summit in Rome."],
  ]) assert.deepEqual(runRule(reversedPolarity, x, y).spans, [], `${x} / ${y}`);
});

test("a negation the other version expresses another way stays quiet", () => {
  for (const [x, y] of [
    ["He would not vote for it without changes for the port.", "He would not vote for it unless it changed for the port."],
    ["Sales did not rise in the spring quarter.", "Sales fell in the spring quarter."],
  ]) assert.deepEqual(runRule(reversedPolarity, x, y).spans, [], `${x} / ${y}`);
});

test("fixed phrases that only look negative stay quiet", () => {
  for (const [x, y] of [
    ["Not only the mayor but the council backed the plan.", "The mayor and the council backed the plan."],
    ["The campaign was a failed military venture.", "The campaign was a botched military venture."],
    ["No doubt the council backed the plan.", "Surely the council backed the plan."],
  ]) assert.deepEqual(runRule(reversedPolarity, x, y).spans, [], `${x} / ${y}`);
});

test("a negation about something the other version does not say is not a reversal", () => {
  assert.deepEqual(runRule(reversedPolarity, "The mayor has not resigned, aides said on Monday.", "The mayor stays in office, aides said on Monday.").spans, []);
});

test("the quoted words and the attribution around them are separate clauses", () => {
  const r = runRule(
    reversedPolarity,
    "“They have never kept any deal,” Deputy Mayor Ilse Brandt told the paper.",
    "Deputy Mayor Ilse Brandt told the paper: “They always broke every deal.”",
  );
  assert.deepEqual(r.spans, []);
});

test("a record ('the first time since', 'the lowest since') says what 'not … since' says", () => {
  assert.deepEqual(runRule(reversedPolarity, "It is the first time since 2008 that the bank has cut rates twice.", "The bank has not cut rates twice since 2008.").spans, []);
});

test("attributive negative adjectives and everyday paraphrases of denial stay quiet", () => {
  for (const [x, y] of [
    ["Unknown gunmen attacked the convoy.", "Unidentified gunmen attacked the convoy."],
    ["About half of the residents opposed the plan.", "About half of the residents were against the plan."],
    ["The minister denied the report.", "The minister dismissed the report."],
  ]) assert.deepEqual(runRule(reversedPolarity, x, y).spans, [], `${x} / ${y}`);
  assert.deepEqual(runRule(reversedPolarity, "The council supported the plan.", "The council opposed the plan.").spans, [["supported", "opposed"]]);
});

test("irregular verbs and negative prefixes", () => {
  assert.deepEqual(runRule(reversedPolarity, "The court upheld the ban.", "The court did not uphold the ban.").spans, [["upheld", "did not uphold"]]);
  assert.deepEqual(runRule(reversedPolarity, "Officials said the water was safe to drink.", "Officials said the water was unsafe to drink.").spans, [["safe", "unsafe"]]);
  assert.deepEqual(runRule(reversedPolarity, "The agency gave information on the plan.", "The agency gave details on the formation of the plan.").spans, []);
});

test("a negation dropped from the second of two coordinated predicates is found", () => {
  const r = runRule(
    reversedPolarity,
    "Officials said the variant is contagious but is not linked to severe illness.",
    "The variant is contagious and is linked to severe illness, officials said.",
  );
  assert.equal(r.spans.length, 1);
  assert.match(r.spans[0][0], /not linked/);
});

test("a negation that moved within its clause is no reversal: 'did not give details' / 'gave no details'", () => {
  assert.deepEqual(runRule(reversedPolarity, "The airline did not give details of her condition.", "The airline gave no details of her condition.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "No new date has been set.", "A new date has yet to be set.").spans, []);
});

test("common news antonyms: a ruling upheld or overturned, a unit kept open or closed", () => {
  assert.equal(runRule(reversedPolarity, "The appeals court upheld the conviction.", "The appeals court overturned the conviction.").spans.length, 1);
  assert.equal(runRule(reversedPolarity, "The board voted to keep the unit open.", "The board voted to close the unit.").spans.length, 1);
});

test("a negation dropped while the verb changed for a synonym is found; 'the decline to' is a noun", () => {
  assert.equal(runRule(reversedPolarity, "The drug was not linked to kidney damage, the review found.", "The drug was associated with kidney damage, the review found.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "The institute attributed the decline to high costs.", "The institute blamed the fall on high costs.").spans, []);
});

test("a negated negative verb says the opposite of the verb alone: 'did not rule out' / 'ruled out'", () => {
  const r = runRule(reversedPolarity, "The minister did not rule out new taxes.", "The minister ruled out new taxes.");
  assert.deepEqual(r.spans, [["not rule out", "ruled out"]]);
  assert.deepEqual(runRule(reversedPolarity, "The minister did not rule out new taxes.", "The minister has not ruled out new taxes.").spans, []);
});

test("'and' before a subject of its own starts a clause: a negation added there is found", () => {
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "The satellite's solar panels deployed as planned, but its main antenna did not unfold.",
      "The satellite's main antenna did not unfold and its solar panels did not deploy as planned.",
    ).spans,
    [["deployed", "did not deploy"]],
  );
  assert.deepEqual(
    runRule(reversedPolarity, "The antenna did not unfold, but the panels deployed.", "The panels deployed and the antenna did not unfold.").spans,
    [],
  );
});

test("'not yet' keeps its clause: 'has not yet been reviewed' / 'has yet to be reviewed' agree, 'has been reviewed' does not", () => {
  assert.deepEqual(runRule(reversedPolarity, "The study has not yet been peer reviewed.", "The research has yet to be peer reviewed.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The government has not yet announced any relief package.", "No relief package has been announced by the government so far.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The study has not yet been peer reviewed.", "The study has been peer reviewed.").spans, [["has not yet been peer", "has been peer"]]);
  // the conjunction still opens a clause
  assert.deepEqual(runRule(reversedPolarity, "The plan is cheap, yet it does not work.", "The plan is cheap, yet it does not work well.").spans, []);
});

test("'last June' is a time, not a record: a plea reversed in a sentence that ends 'last June' is found", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Holm pleaded not guilty to dangerous driving near Farnley last June.", "Holm pleaded guilty to dangerous driving near Farnley last June.").spans,
    [["not guilty", "guilty"]],
  );
});

test("'voted no' is a side taken, like 'opposed', not a clause denied", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Supervisors who opposed the project said the roads could not cope.", "The supervisors who voted no said the roads were unable to cope.").spans,
    [],
  );
});

test("a negated synonym reverses the verb it stands for: 'will keep' / 'will not retain'; the synonym alone agrees", () => {
  const r = runRule(reversedPolarity, "The developer, Harbour Lane, will keep the building's facade.", "Harbour Lane, the developer, will not retain the building's facade.");
  assert.deepEqual(r.spans, [["keep", "will not retain"]]);
  assert.deepEqual(runRule(reversedPolarity, "The developer will keep the facade.", "The developer will retain the facade.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The shop did not close on Sunday.", "The shop did not shut on Sunday.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The shop did not close on Sunday.", "The shop shut on Sunday.").spans, [["did not close", "shut"]]);
});

test("a clause a merge folded into a longer clause of the other version is compared with it", () => {
  // one long clause on one side, which the clause before the merge already matched
  const a = "The builder said storms caused the flooding and that drainage rules had been followed. Residents did not contest that version.";
  const r = runRule(reversedPolarity, a, "According to the builder, storms caused the flooding and drainage rules were followed, a version that residents contested.", [[[0, 1], [0]]]);
  assert.deepEqual(r.spans, [["did not contest", "a version that residents contested"]]);
  // the same negation on both sides: quiet
  assert.deepEqual(runRule(reversedPolarity, a, "According to the builder, storms caused the flooding and drainage rules were followed, a version residents did not contest.", [[[0, 1], [0]]]).spans, []);
});

test("a ban lifted / extended, a verdict of guilty / acquitted and findings confirmed / contradicted are reversals", () => {
  assert.deepEqual(runRule(reversedPolarity, "The council has lifted its ban on night flights.", "The council has extended its ban on night flights.").spans, [["lifted", "extended"]]);
  assert.deepEqual(runRule(reversedPolarity, "A jury found the driver guilty of dangerous driving.", "The driver was acquitted of dangerous driving by a jury.").spans, [["guilty", "acquitted"]]);
  assert.deepEqual(runRule(reversedPolarity, "A new study has confirmed earlier findings that the reef is recovering.", "Earlier findings that the reef is recovering have been contradicted by a new study.").spans, [["confirmed", "contradicted"]]);
  assert.deepEqual(runRule(reversedPolarity, "The mine plans to increase output next year.", "The mine plans to reduce output next year.").spans, [["increase", "reduce"]]);
  assert.deepEqual(runRule(reversedPolarity, "The injury was minor, his coach said.", "The injury was serious, his coach said.").spans, [["minor", "serious"]]);
});

test("a thing bought in a place was sold there: converse verbs as participles are one exchange; with an object they are opposite acts", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "The winning ticket was one bought in Marlow last week, the operator said.", "The operator said the winning ticket was one sold in Marlow last week.").spans,
    [],
  );
  assert.deepEqual(runRule(reversedPolarity, "The pension fund sold shares in the airline.", "The pension fund bought shares in the airline.").spans, [["sold", "bought"]]);
  assert.deepEqual(runRule(reversedPolarity, "The fund has sold in every quarter.", "The fund has bought in every quarter.").spans, [["sold", "bought"]]);
});

test("a negation inside a ', who …,' aside belongs to the aside, not to the main clause around it", () => {
  // the denial is the aside's: the verdict itself reversed
  const r = runRule(
    reversedPolarity,
    "A jury in Oldbury found the driver, Tom Hale, guilty of dangerous driving on Monday. He had denied the charge.",
    "On Monday, the driver, Tom Hale, who had denied the charge, was acquitted of dangerous driving by an Oldbury jury.",
    [[[0, 1], [0]]],
  );
  assert.deepEqual(r.spans, [["guilty", "acquitted"]]);
  // and the same aside in both versions is no reversal
  assert.deepEqual(
    runRule(reversedPolarity, "A jury found the driver, who had denied the charge, guilty on Monday.", "On Monday, the driver, who had denied the charge, was found guilty by a jury.").spans,
    [],
  );
});

test("'without power' / 'lost power': a verb of losing or lacking says 'without' in its own way", () => {
  assert.deepEqual(runRule(reversedPolarity, "The storm left about 9,000 homes without power.", "About 9,000 homes lost power in the storm.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The school has been without heating for a week.", "The school has been lacking heating for a week.").spans, []);
  assert.equal(runRule(reversedPolarity, "The storm left about 9,000 homes without power.", "The storm left about 9,000 homes with power.").spans.length, 1);
});

test("judgements and trends with a plain opposite are reversals: right / wrong, positive / negative, improved / worsened, rose / dropped", () => {
  for (const [x, y, sx, sy] of [
    ["The review concluded that the referee was right to stop the bout.", "The referee was wrong to stop the bout, the review concluded.", "right", "wrong"],
    ["Two of the riders tested positive for the banned stimulant.", "The banned stimulant test came back negative for two of the riders.", "positive", "negative"],
    ["Air quality in the valley improved over the summer, the agency said.", "The agency said air quality in the valley worsened over the summer.", "improved", "worsened"],
    ["Ticket sales rose by a fifth in the second quarter.", "In the second quarter ticket sales dropped by a fifth.", "rose", "dropped"],
  ]) assert.deepEqual(runRule(reversedPolarity, x, y).spans, [[sx, sy]], `${x} / ${y}`);
  // the same opposite on both sides, or a synonym: quiet
  assert.deepEqual(runRule(reversedPolarity, "Sales dropped sharply in May.", "Sales declined sharply in May.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The judge said he was wrong.", "He was wrong, the judge said.").spans, []);
});

test("'voted for' / 'voted against' take opposite sides; a vote on both sides or another 'for' stays quiet", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Councillor Ana Ruiz voted for the harbour levy on Tuesday.", "On Tuesday councillor Ana Ruiz voted against the harbour levy.").spans,
    [["voted for", "voted against"]],
  );
  assert.deepEqual(runRule(reversedPolarity, "Ruiz campaigned against the levy for two years.", "For two years Ruiz campaigned against the levy.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "Six members voted for the levy and two against.", "The levy passed with six members voting for it and two voting against.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "Ruiz pressed for a recount.", "Ruiz argued against a delay and pressed for a recount.").spans, []);
});

test("'defeated' someone is a win: it meets 'victory' and is the opposite of 'lost to'; 'was defeated' is still the opposite of a victory", () => {
  assert.deepEqual(runRule(reversedPolarity, "Kai Ora defeated Rui Sol in the final; the victory earns her a wildcard.", "Kai Ora's victory over Rui Sol in the final earns her a wildcard.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "Kai Ora defeated Rui Sol in the final.", "Kai Ora lost to Rui Sol in the final.").spans, [["defeated", "lost"]]);
  assert.equal(runRule(reversedPolarity, "Kai Ora was defeated in the final.", "The final was a victory for Kai Ora.").spans.length, 1);
});

test("a record both versions state is what the negation denies: 'It was her first win' / 'It was not her first win'", () => {
  assert.equal(runRule(reversedPolarity, "It was the rider's first grand prix win.", "It was not the rider's first grand prix win.").spans.length, 1);
  // a record on one side only still implies the other's negation: quiet
  assert.deepEqual(runRule(reversedPolarity, "It was the first time since 2008 that the bank cut rates.", "The bank had not cut rates since 2008.").spans, []);
});

test("'since the last inspection' is the previous one, no record: a negation added there is a reversal", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Staffing had improved since the last inspection in 2022.", "Staffing had not improved since the previous inspection in 2022.").spans,
    [["had improved", "had not improved"]],
  );
});

test("'missed the cut' / 'made the cut' are opposites; 'did not make the cut' agrees with 'missed'", () => {
  assert.equal(runRule(reversedPolarity, "Defending champion Ryo Tan missed the cut on Friday.", "Defending champion Ryo Tan made the cut on Friday.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "Defending champion Ryo Tan missed the cut on Friday.", "Defending champion Ryo Tan did not make the cut on Friday.").spans, []);
});

test("a verb of rejecting says the refusal in its own way: 'refused planning permission' / 'rejected a planning application'", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Councillors have refused planning permission for the turbines.", "Council members have rejected a planning application for the turbines.").spans,
    [],
  );
  assert.equal(runRule(reversedPolarity, "Councillors have refused planning permission for the turbines.", "Council members have granted planning permission for the turbines.").spans.length, 1);
});

test("a rule's 'not … without' requires what the other version says plainly; a refusal on a condition is left alone", () => {
  assert.deepEqual(runRule(reversedPolarity, "Tap water must not be drunk without boiling.", "Tap water must be boiled before drinking.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The drug cannot be sold without a prescription.", "The drug can be sold only with a prescription.").spans, []);
  assert.equal(runRule(reversedPolarity, "Tap water must not be drunk without boiling.", "Tap water must not be boiled before drinking.").spans.length, 1);
});

test("a transfer told from the other party's side is the same event ('gained the ward from' / 'lost the ward to'); the same party on both sides is reversed", () => {
  assert.deepEqual(runRule(reversedPolarity, "The Alliance gained the ward from the Civic Party.", "The Civic Party lost the ward to the Alliance.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "Harlow bought the club from Ostmark Holdings.", "Ostmark Holdings sold the club to Harlow.").spans, []);
  assert.equal(runRule(reversedPolarity, "The Alliance gained the ward from the Civic Party.", "The Alliance lost the ward to the Civic Party.").spans.length, 1);
});

test("'above' / 'below' and 'passed' / 'rejected' are opposites", () => {
  assert.equal(runRule(reversedPolarity, "Trading volumes were below the monthly average.", "Trading volume was above the monthly average.").spans.length, 1);
  assert.equal(runRule(reversedPolarity, "The assembly passed the tenancy bill on Thursday.", "The assembly rejected the tenancy bill on Thursday.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "The assembly passed the tenancy bill on Thursday.", "The tenancy bill was passed by the assembly on Thursday.").spans, []);
});

test("'failed to win support' / 'won support' in a clause the rewrite merged; a short negated clause inside a long merged one; a negated clause moved to the next sentence's pair", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Delegates said Saldavia had pushed for a cut but failed to win support.", "According to delegates, Saldavia's push for a cut won support.").spans,
    [["failed to win", "won"]],
  );
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "Unemployment in Norvale rose to 5.6% in the third quarter, the bureau said on Tuesday. The increase was driven mainly by job losses in manufacturing. The bureau said the figures were not seasonally adjusted.",
      "Driven mostly by manufacturing job losses, Norvale's unemployment rate climbed to 5.6 per cent in the third quarter, according to seasonally adjusted figures the bureau released on Tuesday.",
      [[[0, 1, 2], [0]]],
    ).spans,
    [["were not seasonally adjusted", "seasonally adjusted"]],
  );
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "Health officials in Bellamar have ruled out human-to-human transmission of the virus, which has infected nine people since August. All cases have been linked to one market, the health department said on Friday.",
      "Nine people in Bellamar have been infected with the virus since August. Every case has been linked to one market, the health department said on Friday, and health officials have not ruled out human-to-human transmission.",
    ).spans,
    [["ruled out", "not ruled out"]],
  );
});

test("'prevented … from reaching' is not reaching; 'transparent' / 'opaque' and 'far from' / 'close to' are opposites", () => {
  assert.deepEqual(runRule(reversedPolarity, "The rocket failed to reach orbit on Wednesday.", "An early shutdown prevented the rocket from reaching orbit on Wednesday.").spans, []);
  assert.equal(runRule(reversedPolarity, "The head of mission said counting had been transparent.", "Counting had been opaque, said the head of mission.").spans.length, 1);
  assert.equal(runRule(reversedPolarity, "Debris fell into the ocean far from populated areas.", "The debris came down in the ocean close to populated areas.").spans.length, 1);
});

test("'not a day went by without him thinking' is every day; 'fall 2025' is a season, not a drop", () => {
  assert.deepEqual(runRule(reversedPolarity, "He said he still thought every day about the sailors.", "He said not a day went by without him thinking of the sailors.").spans, []);
  assert.equal(runRule(reversedPolarity, "He said he never thought about the sailors.", "He said not a day went by without him thinking of the sailors.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "Applications for fall 2025 rose 12%.", "Applications rose 12% for the autumn 2025 intake.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "Applications for fall 2025 rose 12%.", "Applications for fall 2025 were up 12%.").spans, []);
  assert.equal(runRule(reversedPolarity, "Applications rose 12% this year.", "Applications saw a fall of 12% this year.").spans.length, 1);
});

test("'falling short of' is the opposite of 'beating'; a figure's thousands comma splits no clause; 'cut power to' is 'without power'", () => {
  assert.equal(
    runRule(
      reversedPolarity,
      "The race raised £18,450 on Sunday, beating last year's total, organisers said. More than 6,000 ducks were released.",
      "Organisers said the race, which saw more than 6,000 ducks released, raised £18,450 on Sunday, falling short of last year's total.",
      [[[0, 1], [0]]],
    ).spans.length,
    1,
  );
  assert.deepEqual(
    runRule(reversedPolarity, "The blackout left 95,000 customers without power for three hours.", "The blackout cut power to 95,000 customers for three hours.").spans,
    [],
  );
  assert.equal(runRule(reversedPolarity, "Delegates said Saldavia pushed for a cut but failed to win support.", "Delegates said Saldavia's push for a cut won support.").spans.length, 1);
});

test("a loss told far from the party it went to is still the other side of the win ('won the seventh game … over Lindgren' / 'Lindgren … losing game seven of the championship in Kessel to Raghavan')", () => {
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "Challenger Anjali Raghavan won the seventh game of the Women's World Chess Championship in Tessel on Saturday.",
      "Mei Lindgren fell behind on Saturday after losing game seven of the Women's World Chess Championship in Tessel to challenger Anjali Raghavan.",
    ).spans,
    [],
  );
});

test("'figures released on Thursday' are published, not set free: no opposite of 'detained'", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "A total of 2,106 people were held at the centre, the ministry said in figures released on Thursday.", "The centre detained 2,106 people, according to figures published on Thursday by the ministry.").spans,
    [],
  );
  assert.equal(runRule(reversedPolarity, "The men were detained on Thursday.", "The men were released on Thursday.").spans.length, 1);
});

test("'units' is no 'un-' + 'its': a negative prefix needs a word of its own as its base", () => {
  assert.deepEqual(runRule(reversedPolarity, "Orrin shipped 14.2 million handsets, the company said in its statement.", "Orrin's shipments reached 14.2 million units, the company said.").spans, []);
  assert.equal(runRule(reversedPolarity, "The ruling was fair, he said.", "The ruling was unfair, he said.").spans.length, 1);
});

test("'no longer receive' negates the verb; 'stop delivering' is 'no longer deliver'", () => {
  assert.equal(runRule(reversedPolarity, "Pensioners will continue to receive the payment.", "Pensioners will no longer receive the payment.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "The hospital will stop delivering babies from spring.", "The hospital will no longer deliver babies from spring.").spans, []);
});

test("'disallowed' says 'ruled out' and 'did not allow': the same call told either way stays quiet, the call reversed does not", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "The referee was wrong to disallow a late goal by the visitors.", "The visitors had a late goal wrongly ruled out by the referee.").spans,
    [],
  );
  assert.equal(runRule(reversedPolarity, "The referee disallowed a late goal by the visitors.", "The referee allowed a late goal by the visitors.").spans.length, 1);
});

test("an opposite the other version also states in a synonym is no reversal ('banned … to allow' / 'prohibited … so that … can')", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "The council has banned cars from the square to allow the market to expand.", "The council has prohibited cars in the square so that the market can expand.").spans,
    [],
  );
  assert.equal(runRule(reversedPolarity, "The council has banned cars from the square.", "The council has allowed cars in the square.").spans.length, 1);
});

test("keeping a thing and cutting it are opposite decisions; keeping costs down is cutting them", () => {
  assert.equal(runRule(reversedPolarity, "The board voted to keep funding for the youth orchestra.", "The board voted to cut funding for the youth orchestra.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "The board wants to keep costs down next year.", "The board wants to cut costs next year.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "The firm kept cutting prices.", "The firm continued to cut prices.").spans, []);
});

test("'at no charge' is a price, the 'free of charge' of the other version; 'no charges' still denies", () => {
  assert.deepEqual(runRule(reversedPolarity, "Dealers will fix the latch free of charge.", "Dealers will fix the latch at no charge.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "Dealers will fix the latch for free.", "Dealers will fix the latch at no extra cost.").spans, []);
  assert.equal(runRule(reversedPolarity, "Police said charges would be brought.", "Police said no charges would be brought.").spans.length, 1);
});

test("a predicate resumed after an aside ('the death of Ann Roe, who fell while walking home in May, could have been prevented') is matched as the whole statement", () => {
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "The inquest found that the death of Ann Roe at the home in May could not have been prevented.",
      "The inquest found that the death of Ann Roe, who fell while walking alone at the home in May, could have been prevented.",
    ).spans,
    [["could not have been prevented", "could have been prevented"]],
  );
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "The inquest found that the death of Ann Roe at the home in May could not have been prevented.",
      "The inquest found that the death of Ann Roe, who fell while walking alone at the home in May, could not have been prevented.",
    ).spans,
    [],
  );
});

test("blocking a deal and clearing or approving it are opposite decisions; a housing block is a building", () => {
  assert.equal(runRule(reversedPolarity, "The regulator has blocked the takeover of Vasa Foods.", "The takeover of Vasa Foods has been cleared by the regulator.").spans.length, 1);
  assert.deepEqual(
    runRule(reversedPolarity, "The board voted to approve a 40-flat block on Mill Lane, clearing the way for work to begin.", "Plans for a 40-flat housing block on Mill Lane were approved by the board, allowing work to begin.").spans,
    [],
  );
});

test("'found no evidence that he broke the rules' denies the finding the other version states ('found that he broke the rules')", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "The committee found no evidence that the minister broke the rules.", "The committee found that the minister broke the rules.").spans,
    [["no evidence", "found"]],
  );
  assert.deepEqual(runRule(reversedPolarity, "The committee found no evidence that the minister broke the rules.", "The committee did not find that the minister broke the rules.").spans, []);
});

test("'refused the application' rejects it, as 'turned down' does; 'refused to comment' is 'did not comment'; refused / granted is a reversal", () => {
  assert.deepEqual(runRule(reversedPolarity, "The council refused the application in June.", "The council had turned down the application in June.").spans, []);
  assert.equal(runRule(reversedPolarity, "The council refused the application in June.", "The council granted the application in June.").spans.length, 1);
  assert.equal(runRule(reversedPolarity, "The club refused to comment on the report.", "The club commented on the report.").spans.length, 1);
});

test("one match told from the loser's side and the winner's, the winner described before the name ('losing to world number 87 Aiko Tanabe' / 'Tanabe recorded the biggest win'), is no reversal", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Top seed Marta Szabo was knocked out on Wednesday, losing to world number 87 Aiko Tanabe.", "World No 87 Aiko Tanabe recorded the biggest win of her career on Wednesday against Szabo.").spans,
    [],
  );
});

test("'in the first half' is a part of the match, not a record: a negation beside it is still compared", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Ames was booked in the first half but will not miss the final, the club confirmed.", "The club confirmed that Ames, booked in the first half, will miss the final.").spans,
    [["will not miss", "will miss"]],
  );
  // a record still implies its negation
  assert.deepEqual(runRule(reversedPolarity, "It was the first time since 2008 that the bank cut rates.", "The bank had not cut rates since 2008.").spans, []);
});

test("welcoming a decision and criticising it are opposite reactions", () => {
  assert.equal(runRule(reversedPolarity, "The owner welcomed the decision on Monday.", "The owner criticised the decision on Monday.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "The owner welcomed the decision on Monday.", "The owner praised the decision on Monday.").spans, []);
});

test("meeting a target and missing it are opposites; 'would not be seeking a rematch' denies 'would ask for a rematch'", () => {
  assert.equal(runRule(reversedPolarity, "The airport had met its punctuality target.", "The airport had missed its punctuality target.").spans.length, 1);
  assert.equal(runRule(reversedPolarity, "His team said they would ask for a rematch.", "His team said they would not be seeking a rematch.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "His team said they would ask for a rematch.", "His team said they would be seeking a rematch.").spans, []);
});

test("'had exceeded the limits' / 'had not breached them': exceed and breach are one verb to the polarity rule", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Tests showed the bar's music had exceeded legal noise limits on four nights.", "On four nights the bar's music had not breached legal noise limits, tests showed.").spans,
    [["exceeded", "had not breached"]],
  );
  assert.deepEqual(runRule(reversedPolarity, "The music had exceeded legal noise limits.", "The music had breached legal noise limits.").spans, []);
});

test("'will stay out of public view' says 'will not be on public view': the same sense as the negation, the opposite of 'will be on view'", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "The foal will stay out of public view until March, keepers said.", "The foal will not be on public display until March, keepers said.").spans,
    [],
  );
  // until a date, the state ends then: "will stay out of view until March" is "will go on view in March"
  assert.equal(runRule(reversedPolarity, "The foal will stay out of public view until March.", "The foal will go on public view in March.").spans.length, 0);
  assert.deepEqual(runRule(reversedPolarity, "The striker is out of hospital, the club said.", "The striker is in hospital, the club said.").spans.length, 1);
  // "made out of", "six out of ten": no negation
  assert.deepEqual(runRule(reversedPolarity, "Six out of ten homes were not insured.", "Six in ten homes were not insured.").spans, []);
});

test("'will not reopen until May' / 'will reopen in May': a negation that lasts until a time denies only the time before", () => {
  assert.deepEqual(runRule(reversedPolarity, "The bridge will not reopen until May, the council said.", "The bridge will reopen in May, the council said.").spans, []);
  assert.deepEqual(runRule(reversedPolarity, "Sales did not start until June.", "Sales started in June.").spans, []);
  // no time on either side: a reversal
  assert.equal(runRule(reversedPolarity, "The bridge will not reopen, the council said.", "The bridge will reopen, the council said.").spans.length, 1);
  // both sides say "until": compared as before
  assert.equal(runRule(reversedPolarity, "The bridge will not reopen until May.", "The bridge will reopen until May.").spans.length, 1);
});

test("'a ticket bought at a newsagent' / 'a ticket sold by a newsagent' is one sale told from each end; 'bought by' / 'sold by' are opposite parties", () => {
  assert.deepEqual(runRule(reversedPolarity, "A ticket bought at a newsagent in Penhallow won the jackpot.", "The jackpot went to a ticket sold by a Penhallow newsagent.").spans, []);
  assert.equal(runRule(reversedPolarity, "The painting was bought by the Harlan Trust in 1990.", "The painting was sold by the Harlan Trust in 1990.").spans.length, 1);
});

test("'a lack of crew' is a noun, 'a shortage of crew' in other words, and no negation to balance one elsewhere in the sentence", () => {
  assert.deepEqual(runRule(reversedPolarity, "The operator blamed a shortage of qualified crew.", "The operator cited a lack of qualified crew.").spans, []);
  assert.equal(
    runRule(reversedPolarity, "The council said it will not reopen the pool, which shut in 2024 because of staff shortages.", "The pool, shut in 2024 because of a lack of staff, will be reopened, the council said.").spans.length,
    1,
  );
  // the verb still negates
  assert.equal(runRule(reversedPolarity, "The island lacks qualified crew.", "The island has qualified crew.").spans.length, 1);
});

test("'little changed' is a market's 'unchanged'", () => {
  assert.deepEqual(runRule(reversedPolarity, "Brent crude was little changed at $83.20 a barrel.", "Brent crude was broadly unchanged at $83.20 a barrel.").spans, []);
  assert.equal(runRule(reversedPolarity, "Brent crude was little changed at $83.20 a barrel.", "Brent crude changed sharply to $83.20 a barrel.").spans.length, 1);
});

test("'remain closed' / 'have reopened' are opposites; 'remain closed until May' / 'will reopen in May' agree", () => {
  assert.equal(runRule(reversedPolarity, "The firm's offices on Grove Street remain closed.", "The firm's offices on Grove Street have reopened.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "The bridge will remain closed until May.", "The bridge will reopen in May.").spans, []);
});

test("'will pay no tuition' / 'will offer free tuition': what costs nothing is free; 'will pay tuition' still reverses", () => {
  assert.deepEqual(runRule(reversedPolarity, "The university will offer free tuition to students from poorer families.", "Students from poorer families will pay no tuition at the university.").spans, []);
  assert.equal(runRule(reversedPolarity, "Students from poorer families will pay tuition at the university.", "Students from poorer families will pay no tuition at the university.").spans.length, 1);
});

test("'rare' / 'common' and 'raised' / 'cut' are opposites", () => {
  assert.equal(runRule(reversedPolarity, "Dr Qureshi said side effects were rare.", "Dr Qureshi said side effects were common.").spans.length, 1);
  assert.equal(runRule(reversedPolarity, "The central bank raised its benchmark rate to 11.25%.", "The central bank took the decision to cut its benchmark rate to 11.25%.").spans.length, 1);
  assert.deepEqual(runRule(reversedPolarity, "Side effects were rare.", "Side effects were uncommon.").spans, []);
});

test("'will skip Hollin Road' is 'will no longer stop at Hollin Road'; 'will skip' / 'will stop at' reverses", () => {
  assert.deepEqual(runRule(reversedPolarity, "From May the 8.10am bus will no longer stop at Hollin Road, the operator said.", "The operator said the 8.10am bus will skip Hollin Road from May.").spans, []);
  assert.equal(runRule(reversedPolarity, "From May the 8.10am bus will stop at Hollin Road, the operator said.", "The operator said the 8.10am bus will skip Hollin Road from May.").spans.length, 1);
});

test("a split verdict told both ways ('acquitted of theft but convicted of fraud' / 'not guilty of theft but guilty of fraud') agrees; one verdict swapped reverses", () => {
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "After a week-long trial at Dunmere Crown Court, the jury acquitted Lena Ostrow of theft but convicted her of fraud.",
      "Lena Ostrow was found not guilty of theft but guilty of fraud by a jury at Dunmere Crown Court after a week-long trial.",
    ).spans,
    [],
  );
  assert.equal(runRule(reversedPolarity, "The jury convicted Lena Ostrow of fraud.", "Lena Ostrow was found not guilty of fraud.").spans.length, 1);
  assert.equal(runRule(reversedPolarity, "The jury acquitted Lena Ostrow of fraud.", "Lena Ostrow was found guilty of fraud.").spans.length, 1);
});

test("'resistant' / 'susceptible' are opposites", () => {
  assert.equal(runRule(reversedPolarity, "Tests showed the fungus was resistant to the fungicide.", "Tests showed the fungus was susceptible to the fungicide.").spans.length, 1);
});

test("'ruled out by a hamstring strain' / 'sidelined by a hamstring strain' agree; 'ruled out by the bank' still denies", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Coach Ana Ruiz picked Leo Vance at fly-half, with Sam Orr ruled out by a knee injury.", "With Sam Orr sidelined by a knee injury, coach Ana Ruiz picked Leo Vance at fly-half.").spans,
    [],
  );
  assert.ok(runRule(reversedPolarity, "The bank did not rule out further rate rises.", "Further rate rises were ruled out by the bank.").spans.some(([x, y]) => x.includes("not rule out") && /ruled out|Further/.test(y)));
});

test("'untreated plots' / 'plots that had not been treated': the other version states the negated sense by a prefix; a bare 'treated' still reverses", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Wheat treated with the fungicide yielded 12 per cent more grain than untreated wheat.", "Wheat treated with the fungicide yielded 12% more grain than wheat that had not been treated.").spans,
    [],
  );
  assert.equal(runRule(reversedPolarity, "The wheat had been treated with the fungicide.", "The wheat had not been treated with the fungicide.").spans.length, 1);
});

test("'voted in favour of' is 'voted for'; a short adverbial between the verb and its side still takes a side ('voted by a large majority against')", () => {
  assert.deepEqual(
    runRule(reversedPolarity, "Members voted in favour of the strike by a large majority.", "Members voted by a large majority against the strike.").spans,
    [["in favour of", "against"]],
  );
  assert.deepEqual(runRule(reversedPolarity, "Members voted in favour of the strike by a large majority.", "Members voted by a large majority for the strike.").spans, []);
});

test("a clause merged into a longer one that reverses a word of it is still compared: 'the council rejected the plan' / '…, and it approved the plan'; a clause whose subject and predicate the other side splits between two clauses too ('refused bail' / 'was granted bail')", () => {
  assert.equal(
    runRule(
      reversedPolarity,
      "A 40-year-old man charged with burgling a Dunford pharmacy was remanded in custody after magistrates refused bail. Owen Pryce, of Mill Lane, denies the charge.",
      "Owen Pryce, 40, of Mill Lane, who denies burgling a pharmacy in Dunford, was granted bail by magistrates.",
      [[[0, 1], [0]]],
    ).spans.length,
    1,
  );
  assert.deepEqual(
    runRule(
      reversedPolarity,
      "A 40-year-old man charged with burgling a Dunford pharmacy was remanded in custody after magistrates refused bail. Owen Pryce, of Mill Lane, denies the charge.",
      "Owen Pryce, 40, of Mill Lane, who denies burgling a pharmacy in Dunford, was refused bail by magistrates.",
      [[[0, 1], [0]]],
    ).spans,
    [],
  );
});

test("'a previously unknown species' / 'a species not previously known': the prefix past the adverb says the negation; 'previously known' still reverses", () => {
  assert.deepEqual(runRule(reversedPolarity, "The bones may belong to a previously unknown species of crocodile.", "The bones could come from a species of crocodile not previously known to science.").spans, []);
  assert.ok(runRule(reversedPolarity, "The bones belong to a previously known species of crocodile.", "The bones come from a species of crocodile not previously known to science.").spans.length >= 1);
});
