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
];

const LOADED_LEMMAS = new Set(LOADED.map(lemma));

export function isLoaded(lemmaForm: string): boolean {
  return LOADED_LEMMAS.has(lemmaForm);
}
