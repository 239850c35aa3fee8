// The words of attribution in English news copy: reporting verbs (speech and cognition), their forms,
// the nouns that carry a source ("in a statement"), the heads of vague sources, and wire and photo agencies.
// Pure: no vscode import. Lists only, built once at module load; the scanners decide how words are used.

/** Adds the regular inflections of a verb stem: say → says, said is listed by hand where irregular. */
function inflect(stem: string): string[] {
  const out = [stem];
  if (/[^aeiou]y$/.test(stem)) out.push(stem.slice(0, -1) + "ies", stem.slice(0, -1) + "ied", stem + "ing");
  else if (/e$/.test(stem)) out.push(stem + "s", stem + "d", stem.slice(0, -1) + "ing");
  else if (/(s|sh|ch|x|z)$/.test(stem)) out.push(stem + "es", stem + "ed", stem + "ing");
  else out.push(stem + "s", stem + "ed", stem + "ing");
  // a final consonant after a single vowel may double: "admitted", "quipped", "concurred" (the undoubled
  // forms stay too; a form no one writes costs nothing)
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(stem)) out.push(stem + stem.slice(-1) + "ed", stem + stem.slice(-1) + "ing");
  return out;
}

function forms(stems: string[], irregular: string[] = []): Set<string> {
  const s = new Set<string>();
  for (const st of stems) for (const f of inflect(st)) s.add(f);
  for (const f of irregular) s.add(f);
  return s;
}

/** Verb forms of extra cue words from the project configuration ("briefed", "cautioned"). */
export function cueForms(words: readonly string[]): Set<string> {
  const s = new Set<string>();
  for (const w of words) {
    const l = w.trim().toLowerCase();
    if (!l || /\s/.test(l)) continue;
    s.add(l);
    for (const f of inflect(l.replace(/(ed|es|s|ing)$/, ""))) s.add(f);
  }
  return s;
}

/**
 * Speech verbs that report what someone said whatever follows them. A subject or an inverted source is
 * still needed for the cue to name a source, but the sentence is reported speech either way.
 */
export const SPEECH_STRONG = forms(
  [
    "say", "testify", "tweet", "declare", "remark", "assert", "allege", "insist", "contend", "acknowledge", "admit",
    "concede", "argue", "warn", "caution", "predict", "announce", "confirm", "deny", "mention", "recall", "reply",
    "respond", "comment", "emphasize", "emphasise", "stress", "speculate", "vow", "pledge", "promise", "explain",
    "report", "complain", "urge", "disclose", "reveal", "counter", "boast", "lament", "assure", "reassure", "retort",
    "testify", "recount", "quip", "joke", "concur", "clarify", "reiterate", "elaborate", "caution", "forecast",
    "opine", "posit", "surmise", "grumble", "whisper", "shout", "yell", "exclaim", "acknowledge", "affirm", "aver",
    "claim", "insist", "threaten", "demand", "advise", "accuse", "criticize", "criticise", "praise", "dismiss",
    "describe", "suggest", "estimate", "write", "conclude", "blame", "attribute", "question", "predict", "hint",
    "inform", "brief", "signal", "signall", "concede", "publish",
  ],
  ["said", "told", "tell", "tells", "telling", "wrote", "written", "writes", "writing", "forecast", "foretold", "signaled", "signalled", "put"],
);

/**
 * Speech verbs that are ordinary verbs too ("added 200 jobs", "claimed the title", "maintains control"):
 * a cue only when a clause, a colon, a quotation or the end of the clause follows, or in an inverted tag.
 */
export const SPEECH_WEAK = new Set<string>([
  ...forms(["add", "note", "state", "claim", "maintain", "post", "call", "show", "find", "indicate", "cite", "express", "continue", "answer", "ask", "agree", "observe", "project", "describe", "signal", "hint", "write", "accuse", "question", "publish", "put", "suggest", "threaten", "communicate", "recall"], ["found", "shown", "showed", "put"]),
]);
for (const w of SPEECH_WEAK) SPEECH_STRONG.delete(w);

/** Cognition verbs: "X believes (that) …" reports a view when X is a source group; with a single named mind it is a claim about that mind. */
export const COGNITION = forms([
  "believe", "think", "expect", "fear", "doubt", "suspect", "hope", "worry", "assume", "reckon", "anticipate",
  "feel", "consider", "judge", "understand", "know", "guess", "figure", "view", "regard", "see", "predict",
  "estimate", "calculate", "conclude",
], ["thought", "knew", "known", "felt", "saw", "seen", "understood"]);

/** Volition and attitude verbs: never attribution, always a claim about someone's mind. */
export const VOLITION = forms(["want", "wish", "intend", "desire", "long", "crave", "prefer", "plot", "scheme", "covet", "resent", "relish", "dread"], []);

/** Words that stand between a subject and its verb without ending the clause ("has repeatedly said"). */
export const AUX = new Set([
  "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do",
  "also", "later", "earlier", "then", "again", "previously", "repeatedly", "privately", "publicly", "recently", "often", "long",
  "once", "first", "already", "still", "now", "even", "openly", "separately", "further", "reportedly", "similarly", "initially",
  "not", "never", "frequently", "consistently", "last", "had", "been", "being", "be", "just", "since", "subsequently", "always",
  "personally", "explicitly", "directly", "flatly", "quickly", "immediately", "ultimately", "finally", "widely", "privately",
  // "has not yet commented"
  "yet",
]);

/** Determiners and prepositions before a word make it a noun or adjective ("the report", "after reported romance"). */
export const NOUN_BEFORE = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no", "any", "every", "each",
  "of", "after", "in", "on", "for", "with", "from", "about", "by", "into", "over", "under", "without", "unlike", "amid", "among", "against",
  "following", "despite", "per", "via", "new", "latest", "recent", "first", "initial", "such",
]);

/** Quantifiers of a plural: after them a word in -s is a plural noun ("most claims"), never a verb ("most claim"). */
export const PLURAL_QUANTIFIERS = new Set(["most", "many", "several", "few", "fewer", "some", "all", "both", "more", "numerous", "multiple", "countless"]);

/** Words that open a reported clause after a speech verb. */
export const CLAUSE_OPENERS = new Set([
  "that", "he", "she", "they", "we", "i", "it", "there", "this", "these", "those", "his", "her", "their", "its", "our",
  "what", "whether", "how", "why", "when", "if", "who", "where", "no", "nobody", "none", "everything", "nothing",
]);

/** Nouns of data that "show", "suggest", "indicate" or "find" things: records are a source. */
export const DATA_SOURCES = new Set([
  "records", "record", "data", "figures", "statistics", "documents", "filings", "filing", "study", "studies", "survey",
  "surveys", "poll", "polls", "analysis", "analyses", "report", "reports", "research", "census", "estimates", "results",
  "tests", "test", "audit", "review", "investigation", "inquiry", "probe", "papers", "emails", "logs", "footage", "images",
  "photos", "video", "videos", "evidence", "models", "forecasts", "projections", "numbers", "tally", "count", "index",
  "ruling", "opinion", "complaint", "indictment", "lawsuit", "affidavit", "transcript", "minutes", "memo", "letter",
]);

/** Nouns that carry a source in a prepositional phrase: "in a statement", "in his view". */
export const NOUN_CUES = new Set([
  "statement", "statements", "interview", "interviews", "view", "opinion", "words", "estimation", "account", "accounts",
  "letter", "remarks", "testimony", "post", "posts", "tweet", "email", "e-mail", "filing", "speech", "address", "briefing",
  "announcement", "report", "release", "message", "memo", "video", "podcast", "op-ed", "essay", "column", "book",
  "telling", "assessment", "judgment", "judgement", "analysis", "view", "mind", "submission", "affidavit", "complaint",
  "ruling", "decision", "order", "lawsuit", "suit", "response", "reply", "comments", "comment", "note", "notes",
]);

/** Collective holders whose beliefs are reported as their view ("economists expect", "officials believe"). */
export const GROUP_HOLDERS = new Set([
  "officials", "analysts", "economists", "experts", "investors", "scientists", "researchers", "critics", "residents", "voters",
  "people", "many", "some", "most", "others", "observers", "diplomats", "lawmakers", "legislators", "traders", "markets",
  "forecasters", "doctors", "physicians", "epidemiologists", "historians", "strategists", "advocates", "activists",
  "supporters", "opponents", "insiders", "sources", "aides", "advisers", "advisors", "authorities", "police", "investigators",
  "prosecutors", "regulators", "executives", "leaders", "members", "organizers", "organisers", "officers", "engineers",
  "negotiators", "planners", "commanders", "generals", "allies", "governments", "agencies", "polls", "surveys", "parents",
  "teachers", "farmers", "workers", "employees", "fans", "owners", "economists", "meteorologists", "forecasters", "scholars",
  "experts", "specialists", "campaigners", "diplomats", "intelligence", "banks", "lenders", "businesses", "companies",
]);

/** Heads of a source that names nobody: the vague-source rule reports these in source position. */
export const VAGUE_HEADS = new Set([
  "official", "officials", "source", "sources", "expert", "experts", "analyst", "analysts", "critic", "critics", "observer",
  "observers", "insider", "insiders", "diplomat", "diplomats", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
  "people", "person", "someone", "somebody", "economist", "economists", "scientist", "scientists", "researcher",
  "researchers", "investor", "investors", "commentator", "commentators", "pundit", "pundits", "supporter", "supporters",
  "opponent", "opponents", "authorities", "strategist", "strategists", "advocate", "advocates", "activist", "activists",
  "study", "studies", "research", "reports", "report", "poll", "polls", "survey", "surveys", "spokesperson", "spokesman",
  "spokeswoman", "representative", "representatives", "individual", "individuals", "figure", "figures", "member",
  "members", "staffer", "staffers", "employee", "employees", "executive", "executives", "lawmaker", "lawmakers",
  "veteran", "veterans", "watcher", "watchers", "specialist", "specialists", "scholar", "scholars", "historian",
  "historians", "many", "some", "others", "several", "few", "most", "rumors", "rumours", "reports", "media",
  "neighbors", "neighbours", "witnesses", "locals", "onlookers", "bystanders", "residents", "eyewitnesses",
]);

/** Heads that are only vague with a quantifier or an indefinite article ("a study", "some members"), not bare. */
export const VAGUE_NEED_QUANT = new Set([
  "study", "research", "report", "poll", "survey", "member", "members", "employee", "employees", "executive",
  "executives", "lawmaker", "lawmakers", "figure", "figures", "individual", "individuals", "veteran", "veterans",
  "spokesperson", "spokesman", "spokeswoman", "representative", "representatives", "staffer", "staffers", "media",
]);

/** Quantifiers and indefinites that make a source phrase anonymous. */
export const VAGUE_QUANT = new Set([
  "a", "an", "one", "some", "many", "several", "few", "numerous", "multiple", "other", "two", "three", "four", "five", "six",
  "seven", "eight", "nine", "ten", "dozen", "dozens", "certain", "unnamed", "anonymous", "various", "most", "more",
  "countless", "unidentified",
]);

/** Titles of a named person ("Mayor Alicia Brandt"): a capitalised name after them is a named source. */
export const TITLES = new Set([
  "president", "mayor", "governor", "senator", "sen", "rep", "representative", "minister", "secretary", "chancellor",
  "judge", "justice", "chief", "director", "superintendent", "councilmember", "councilman", "councilwoman", "commissioner",
  "ceo", "chairman", "chairwoman", "chair", "coach", "spokesman", "spokeswoman", "spokesperson", "dr", "professor", "prof",
  "general", "gen", "colonel", "captain", "sheriff", "officer", "detective", "sergeant", "lt", "leader", "speaker", "king",
  "queen", "prince", "pope", "ambassador", "prime", "deputy", "attorney", "lawyer", "economist", "analyst", "officials",
]);

/** Wire services whose name, alone or fused to prose, is a stray credit. */
export const AGENCIES = [
  "Associated Press", "The Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "Agence France Presse",
  "Bloomberg", "Bloomberg News", "dpa", "DPA", "EFE", "ANSA", "Xinhua", "TASS", "Tass", "Interfax", "UPI", "Kyodo",
  "Yonhap", "PA Media", "Press Association", "CNN Wire", "Anadolu", "ANI", "PTI", "AAP", "CP", "The Canadian Press",
];

/** Picture agencies and stock libraries: a line naming one is a photo credit. */
export const PHOTO_AGENCIES =
  "Getty Images|Getty|AFP via Getty Images|Shutterstock|Alamy|iStock|iStockphoto|NurPhoto|Sipa USA|Sipa|EPA-EFE|EPA|AP Photo|Reuters|AFP|Bloomberg|Pool|Corbis|Unsplash|Pexels|Wikimedia Commons|Anadolu|SOPA Images|LightRocket|ZUMA Press|ZUMA Wire|Redux|The Washington Post|The New York Times|Contributor|Courtesy";

/** First-person words that mark direct speech when they stand in the author's voice. */
/** Verbs that show a person speaking to an audience, so first-person words next to them are probably theirs. */
export const SPEECH_EVENTS = new Set([
  "addressed", "addresses", "addressing", "spoke", "speaks", "speaking", "told", "tells", "shouted", "yelled", "declared",
  "announced", "wrote", "writes", "tweeted", "posted", "said", "says", "urged", "pleaded", "vowed", "promised", "insisted",
  "rallied", "exhorted", "cried", "answered", "replied", "asked", "recalled", "testified", "lectured", "preached",
]);

export const FIRST_PERSON = new Set(["i", "i'm", "i've", "i'll", "i'd", "me", "my", "mine", "myself", "we", "we're", "we've", "we'll", "we'd", "us", "our", "ours", "ourselves"]);

/** Newsroom verbs after "we": the publication speaking as itself ("we asked the county"), not lost quotes. */
export const NEWSROOM_WE = new Set([
  "asked", "reported", "contacted", "reached", "requested", "obtained", "reviewed", "analyzed", "analysed", "found",
  "interviewed", "spoke", "called", "emailed", "wrote", "revealed", "examined", "published", "sent", "filed", "visited",
  "learned", "surveyed", "counted", "tracked", "confirmed", "independently",
]);
