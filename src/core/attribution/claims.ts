// Finds what makes a sentence a claim a reader would ask "says who?" about: judgements, comparisons,
// trends, causes, predictions, claims about someone's mind, and hedged or money figures.
// Pure: no vscode import. Runs on the author's words only (quotations blanked out); every pattern is
// compiled once at module load. Must never treat plain scene-setting ("The council met on Tuesday") as a claim.

import type { Span } from "../types";
import { findNumbers } from "../facts/numbers";

export type ClaimKind = "judgement" | "mind" | "comparison" | "trend" | "cause" | "prediction" | "figure";

export interface ClaimMarker {
  kind: ClaimKind;
  /** View offsets of the words that make it a claim. */
  span: Span;
}

// Patterns run on a lower-cased copy with the plain "g" flag: case-insensitive Unicode matching is several
// times slower in V8 and the patterns are ASCII.
const w = (s: string) => new RegExp(s, "g");

const JUDGEMENT = w(
  "\\b(?:botched|disastrous(?:ly)?|catastrophic|brutal(?:ly)?|remarkabl[ey]|extraordinar(?:y|ily)|stunning(?:ly)?|shocking(?:ly)?|astonishing(?:ly)?|" +
    "dramatic(?:ally)?|unprecedented|(?:un)?successful(?:ly)?|ineffective|crucial|devastating|damning|flawed|misguided|reckless(?:ly)?|" +
    "irresponsibl[ey]|unconstitutional|corrupt|incompetent|impressive(?:ly)?|poorly|excellent|terrible|horrific|appalling|outrageous|" +
    "absurd|ridiculous|bizarre|alarming(?:ly)?|troubling|encouraging|groundbreaking|sweeping|ambitious|costly|wasteful|unfair(?:ly)?|" +
    "unjust|biased|misleading|baseless|unfounded|dubious|questionable|clearly|obviously|evidently|undeniabl[ey]|undoubtedly|" +
    "arguably|notably|markedly|strikingly|surprisingly|unsurprisingly|ironically|unfortunately|fortunately|sadly|inevitabl[ey]|" +
    "effectively|stubbornly|deliberate(?:ly)?|vastly|hugely|greatly|watered[- ]down|significant(?:ly)?|setback|blow to|fiasco|debacle|embarrassing|" +
    "humiliating|mismanage(?:d|ment)|lackluster|lacklustre|dismal|abysmal|stellar|spectacular|resounding|crushing|" +
    "landmark (?:ruling|decision|case|law|deal|agreement|vote|legislation|victory)|a (?:historic|major) (?:win|victory|defeat|setback|shift|blow|step)|" +
    "(?:a|the) failed [a-z]+|failed (?!to\\b)[a-z]+|squandered|mishandled|neglected|bungled|blunder(?:ed|s)?|debacle|pointless|futile|" +
    "(?:looked|looks|seemed|seems|appeared|appears) (?:[a-z]+er|more [a-z]+|[a-z]+ly|shaky|lost|tired|flat|sluggish|rattled|unstoppable)|" +
    "(?:suggests?|suggested|indicates?|indicated|signals?|signaled|signalled|means|meant|proves?|proved) that|" +
    "(?:latest|biggest|severe|serious|heavy) blow|shaken (?:confidence|trust|faith)|(?:eroded|undermined|damaged|shaken|rattled|boosted|restored) (?:the )?(?:public'?s? )?(?:confidence|trust|faith|morale)|" +
    "source of (?:frustration|anger|embarrassment|pride|concern)|exposed again|riddled with|plagued by|mired in)\\b",
);

const MIND = w(
  "\\b(?:wants?|wanted|wanting|wish(?:es|ed)?|intends?|intended|desires?|prefers?|preferred|longs? to|is determined|are determined|" +
    "(?:is|are|was|were|been|be|remains?|remained|seems?|seemed|appears?|appeared|grew|grown|growing|became|become|stays?|stayed) " +
    "(?:(?:still|increasingly|deeply|largely|now|also|more|less|very|quite|not|privately|publicly) )?" +
    "(?:skeptical|sceptical|confident|optimistic|pessimistic|worried|concerned|frustrated|angry|furious|eager|keen|determined|reluctant|" +
    "unwilling|willing|ready|prepared|open to|desperate|anxious|nervous|wary|convinced|doubtful|hopeful|resigned|uneasy|alarmed|upset|" +
    "unhappy|pleased|disappointed|surprised|shocked|embarrassed|ashamed|proud|interested|intent on|bent on|obsessed)|" +
    "(?:renewed |growing |increasing |strong |keen |new |fresh |little |no )?interest in|readiness|willingness|eagerness|reluctance|" +
    "determination to|frustration|outrage|resentment|fears? (?:of|that|about|over)|confidence in|(?:will|would|must) (?:feel|be (?:disappointed|relieved|frustrated|pleased|furious))|hard done by|" +
    "skepticism|scepticism|doubts? (?:about|over|that)|desire (?:to|for)|intentions? (?:to|of)|concerns? (?:that|about|over)|" +
    "(?:openly|visibly|deeply|increasingly|clearly|privately|quietly|growing|bitterly) (?:frustrated|angry|furious|skeptical|sceptical|worried|anxious|nervous|" +
    "desperate|resentful|bitter|hostile|divided|confident|optimistic|pessimistic|impatient|uneasy|alarmed|upset|unhappy|disappointed|relieved)|" +
    "(?:is|was|are|were|remains?|remained|seems?|seemed|grew) (?:(?:very|increasingly|still|palpably) )?tense)\\b",
);

const COMPARISON = w(
  "\\b(?:(?:far |much |even |significantly |considerably |slightly |markedly |no |any )?(?!other\\b|rather\\b|later\\b|earlier\\b)[a-z]{2,}er than(?! (?:\\d|a |an |one |two |three |four |five |six |seven |eight |nine |ten |a dozen|half |twice |double |\\$|€|£))|" +
    "(?:more|less|fewer) (?![0-9])(?!than\\b)[a-z]+ than|" +
    "(?:the|its|their|his|her|one of the) (?:(?:second|third|fourth|fifth|single|very)[- ])?(?:most|least) (?!recent(?:ly)?\\b|of\\b)[a-z]+|" +
    "(?:the|its|their|his|her|one of the) (?:(?:second|third|fourth|fifth|single|very)[- ])?(?:largest|biggest|highest|lowest|worst|best|greatest|strongest|weakest|fastest|slowest|" +
    "deadliest|busiest|richest|poorest|longest|shortest|smallest|cheapest|costliest|hottest|coldest|wettest|driest|safest|sharpest|" +
    "steepest|deepest|widest|heaviest|toughest|hardest|easiest|fiercest|bloodiest|most|least|finest|wealthiest|" +
    "sharpest|steepest|tallest|loudest|fiercest|riskiest|dirtiest|cleanest|healthiest|happiest|unhappiest)|" +
    "(?:the|one of the|[a-z]+'s) (?!(?:interest|forest|honest|modest|request|suggest|protest|contest|arrest|west|guest|test|nest|rest|chest|quest|crest|harvest|manifest|" +
    "invest|digest|conquest|inquest|priest|latest|earliest|midwest|southwest|northwest|behest|unrest|pest|vest|zest|jest|fest|everest|dearest|oldest|youngest|nearest)\\b)[a-z]{2,}est\\b|" +
    "(?:the|one of the|[a-z]+'s) most (?!recent(?:ly)?\\b|of\\b|likely\\b)[a-z]+|" +
    "record[- ](?:high|low|levels?|highs|lows|numbers?|breaking|setting)|(?:to|at|hit|reached) record (?:levels?|highs?|lows?)|" +
    "all-time (?:high|low)|(?:highest|lowest|biggest|largest|worst|best|most) since|(?:the )?first (?:time )?(?:[a-z'’]+ ){0,4}since|(?:was|were|is|are) the (?:better|stronger|weaker|worse|superior|inferior) [a-z]+|" +
    "compared (?:with|to)|contrasts? (?:[a-z]+ly )?with|contrasted (?:[a-z]+ly )?with|in (?:stark |sharp )?contrast|at odds with|" +
    "(?:mirror|mirrors|mirrored|echo|echoes|echoed|parallel|parallels|paralleled) (?:those|that|the|a|an)\\b|" +
    "outpac(?:e|es|ed|ing)|outperform(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|surpass(?:es|ed|ing)?|eclips(?:e|es|ed|ing)|dwarf(?:s|ed|ing)?)\\b",
);

const TREND_NOUN = w(
  "\\b(?:(?:a|the) (?:(?:steady|sharp|steep|dramatic|rapid|gradual|significant|continued|modest|slight|big|huge|record|marked|sudden|alarming|worrying) )?" +
    "(?:rise|increase|decline|drop|fall|surge|spike|jump|slump|downturn|upturn|uptick|boom|slide|plunge|growth|decrease|rebound|deterioration|improvement|escalation|erosion|collapse|recovery|turnaround) (?:in|of)|" +
    "on the rise|on the decline|increasingly|sharply|steeply|substantially|considerably|drastically|(?:a|the) growing [a-z]+|more and more|fewer and fewer|ever more|ever fewer|" +
    "(?:rising|soaring|falling|growing|declining|surging|plunging|dwindling|shrinking|spiralling|spiraling|mounting|skyrocketing) " +
    "(?:prices|costs|rents|rates|numbers|demand|debt|inflation|unemployment|crime|tensions|pressure|concern|anger|losses|sales|wages|violence|casualties|deaths|cases))\\b",
);

const TREND_VERB = w(
  "\\b(?:rose|risen|rising|rises|increased|increases|grew|grown|grows|fell|fallen|falls|declined|declines|dropped|drops|surged|surges|" +
    "soared|soars|plunged|plunges|plummeted|plummets|slumped|slumps|jumped|jumps|climbed|climbs|tumbled|tumbles|doubled|tripled|quadrupled|halved|" +
    "shrank|shrunk|shrinks|swelled|spiked|cooled|eased|accelerated|slowed|worsened|deteriorated|improved|rebounded|dipped|sank|slid|" +
    "skyrocketed|ballooned|dwindled)\\b",
);
const TREND_SUPPORT = /^(?:\s+(?:by|to|from) (?:\d|[$€£]|about|nearly|almost|roughly|around|more than|some|a record|record|an? (?:all-time|record))|\s+(?:about|nearly|almost|more than|sharply|steadily|dramatically|rapidly|steeply|significantly|slightly|modestly|markedly|sharply|fast|further|faster|again|since)\b|\s+\d|\s+[$€£])/;
const TREND_ADV_BEFORE = /(?:sharply|steadily|dramatically|rapidly|steeply|significantly|slightly|modestly|markedly|further|has|have)\s+$/;
const QUANTITY_SUBJECT = /\b(?:prices?|costs?|sales|revenue|profits?|earnings|numbers?|shares?|stocks?|inflation|unemployment|crime|wages|rents?|demand|supply|output|spending|debt|deficit|population|temperatures?|emissions|cases|deaths|attendance|ridership|enrollment|enrolment|turnout|support|approval|ratings?|index|values?|gdp|exports|imports|production|growth|traffic|levels?|rates?|membership|donations|income|incomes|savings|investment|imports|exports|tensions|violence|traffic|wait times|morale|confidence)\s+(?:\w+\s+){0,2}$/;
/** Only a sentence with a digit, a hedge or a large vague count can hold an estimate: skip the number parser otherwise. */
const MAY_HOLD_ESTIMATE = /%|\bper ?cent\b|\b(?:thousands|millions|billions)\b|\b(?:killed|dead|died|injured|wounded|hurt|missing|displaced|arrested|detained|evacuated)\b/;

const CAUSE = w(
  "\\b(?:because(?: of)?|(?<!\\b(?:is|are|was|were|be|been|being) )due to|as a result(?: of)?|led to|leads to|leading to|caused|causing|causes|resulted in|results in|the result of|" +
    "blamed (?:on|for)|driven by|fu?ell?ed by|triggered|sparked|prompted by|thanks to|owing to|stem(?:s|med|ming)? from|contributed to|" +
    "responsible for|attributable to|the reason for|the cause of|so that|which means|meaning that)\\b",
);

const PREDICTION = w(
  "\\b(?:(?:will|would) (?:likely|probably|almost certainly|certainly|surely|undoubtedly|inevitably|soon)|(?:is|are|was|were|seems?|appears?|looks?) (?:un)?likely to|" +
    "almost certainly|poised to|on track to|bound to|certain to|sure to|destined to|projected to|forecast to|set to become|" +
    "(?:will|would) (?:almost certainly |likely |probably )?(?:ripple|reshape|transform|cripple|doom|derail|devastate|spell|usher|upend|ease|boost|hurt|" +
    "weaken|strengthen|damage|undermine|fuel|deepen|worsen|dent|dampen|bolster|complicate|intensify|embolden|jeopardi[sz]e|threaten|erode|revive|cement))\\b",
);

const TOLL = /^(?:\s+[a-z]+){0,3}?\s+(?:were |was |have been |had been )?(?:killed|dead|died|injured|wounded|hurt|missing|displaced|arrested|detained|evacuated)\b/;
const HEDGED_FIGURE_UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "fortnight"]);

function scan(re: RegExp, kind: ClaimKind, text: string, offset: number, out: ClaimMarker[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ kind, span: { start: offset + m.index, end: offset + m.index + m[0].length } });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Claim markers in the author's words of a sentence. `masked` is the sentence text with quotations
 * replaced by spaces (same length), starting at view offset `offset`.
 */
export function findClaimMarkers(original: string, offset: number): ClaimMarker[] {
  const out: ClaimMarker[] = [];
  const lower = original.toLowerCase();
  // lower-casing keeps offsets for everything but a few exotic letters ("İ"); then fall back to the original
  const masked = lower.length === original.length ? lower : original;
  scan(JUDGEMENT, "judgement", masked, offset, out);
  scan(MIND, "mind", masked, offset, out);
  scan(COMPARISON, "comparison", masked, offset, out);
  scan(TREND_NOUN, "trend", masked, offset, out);
  TREND_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TREND_VERB.exec(masked))) {
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const before = masked.slice(Math.max(0, m.index - 40), m.index);
    if (TREND_SUPPORT.test(after) || TREND_ADV_BEFORE.test(before) || QUANTITY_SUBJECT.test(before)) {
      out.push({ kind: "trend", span: { start: offset + m.index, end: offset + m.index + m[0].length } });
    }
  }
  scan(CAUSE, "cause", masked, offset, out);
  scan(PREDICTION, "prediction", masked, offset, out);
  for (const n of MAY_HOLD_ESTIMATE.test(masked) ? findNumbers(original) : []) {
    // A bare amount is often the content of a decision ("approved a 4.99% rise") and a hedged count is often
    // background ("employs about 14,000 people"). A figure is a claim when it is a share of a group
    // ("nearly 40% of residents"), a large vague count ("tens of thousands") or a toll ("at least 12 killed").
    const after = masked.slice(n.end, n.end + 48);
    const share = n.kind === "percent" && /^\s+of\s/.test(after);
    const vagueCount = !!n.vague && n.value >= 1000;
    const toll = n.kind === "cardinal" && TOLL.test(after) && !HEDGED_FIGURE_UNITS.has(n.unit ?? "");
    const figure = share || vagueCount || toll;
    if (!figure || /\d/.test(masked.slice(n.end, n.end + 2))) continue;
    const start = n.qualifierStart ?? n.start;
    out.push({ kind: "figure", span: { start: offset + start, end: offset + n.end } });
  }
  return out;
}
