// Words that carry a judgement in news copy: intensifiers of violence ("brutal", "atrocities"),
// verdicts of failure ("botched", "fiasco"), labels for groups and governments ("regime", "thugs"),
// and loaded verbs of speech ("slammed", "boasted"). Used to tell a neutral rewording from a shift
// in tone between versions.
// Pure: no vscode import. A list and a lookup by lemma; it judges words, never whole sentences.

import { lemma } from "./words";

const LOADED = [
  "brutal", "brutality", "brutally", "savage", "savagely", "barbaric", "barbarous", "atrocity", "atrocities", "massacre", "slaughter",
  "butcher", "butchery", "carnage", "bloodbath", "horrific", "heinous", "vicious", "ruthless", "draconian", "monstrous", "evil",
  "botched", "bungled", "fiasco", "debacle", "disastrous", "catastrophic", "humiliating", "humiliation", "shambles", "farce",
  "disgraced", "notorious", "infamous", "embattled", "beleaguered", "controversial", "so-called", "discredited", "scandal-hit",
  "regime", "junta", "dictator", "despot", "tyrant", "strongman", "thug", "thugs", "terrorist", "terrorists", "extremist",
  "extremists", "fanatic", "fanatics", "radical", "radicals", "hardline", "hard-line", "hardliner", "firebrand", "mob", "rioter",
  "rioters", "looter", "looters", "propaganda", "puppet", "crony", "cronies", "lackey", "stooge", "henchman", "henchmen",
  "slam", "slammed", "blast", "blasted", "lash", "lashed", "rant", "ranted", "boast", "boasted", "brag", "bragged", "scoff",
  "scoffed", "smear", "smeared", "rail", "railed", "whine", "whined", "meddle", "meddling", "aggression", "occupier", "occupiers",
  "invader", "invaders", "slaughtered", "massacred", "ravaged", "ransacked", "plundered", "shocking", "outrageous", "outrage",
  "disgraceful", "shameful", "callous", "reckless", "cowardly", "heroic", "heroes", "martyr", "martyrs", "liberation", "liberators",
  // dramatic movement: figures that "soar" or "plunge" rather than rise or fall
  "soar", "soared", "soaring", "plunge", "plunged", "plunging", "plummet", "plummeted", "skyrocket", "skyrocketed", "tumble", "tumbled",
  "slump", "slumped", "surge", "surged", "spike", "spiked", "crash", "crashed", "nosedive", "nosedived", "rocket", "rocketed", "tank", "tanked",
  "balloon", "ballooned", "crater", "cratered",
  // cuts and rises as headline verbs
  "slash", "slashed", "axe", "axed", "ax", "gut", "gutted", "hike", "hikes", "hiked", "shelve", "shelved", "scrap", "scrapped", "ditch",
  "ditched", "torpedo", "torpedoed", "scuttle", "scuttled", "cripple", "crippled", "crippling", "devastate", "devastated", "devastating",
  "wreck", "wrecked", "hammer", "hammered", "batter", "battered", "engulf", "engulfed", "rage", "raged", "raging", "inferno",
  // speech that judges the speaker
  "grumble", "grumbled", "moan", "moaned", "fume", "fumed", "plead", "pleaded", "beg", "begged", "demand", "demanded", "snap", "snapped",
  "sneer", "sneered", "concede", "conceded", "admit", "admitted", "confess", "confessed", "insist", "insisted", "claim", "claimed",
  "allege", "alleged", "lament", "lamented", "gloat", "gloated", "bemoan", "bemoaned",
  // wrongdoing and abandonment
  "loot", "looting", "looted", "plunder", "thief", "thieves", "crook", "crooks", "swindle", "swindled", "abandon", "abandoned", "desert",
  "deserted", "betray", "betrayed", "betrayal", "cover-up", "kickback", "kickbacks", "scheme", "ploy", "stunt",
  // conflict and collapse as metaphors for disagreement and decline
  "attack", "attacked", "assail", "assailed", "fight", "fought", "battle", "battled", "clash", "clashed", "feud", "spat", "furor",
  "furore", "uproar", "frenzy", "flee", "fled", "exodus", "implode", "imploded", "meltdown", "chaos", "chaotic", "turmoil", "mayhem",
  "bombshell", "staggering", "whopping", "drastic", "dramatic", "dramatically", "massive",
];

const LOADED_LEMMAS = new Set(LOADED.map(lemma));

export function isLoaded(lemmaForm: string): boolean {
  return LOADED_LEMMAS.has(lemmaForm);
}
