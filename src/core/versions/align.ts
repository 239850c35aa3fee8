// Aligns the sentences of two versions of one text: which sentence became which, including splits, merges,
// sentences present on one side only, and sentences that moved.
// Pure: no vscode import. It must never compare every sentence with every other on long texts: candidates
// come from an inverted index, ordering from a chain over candidates, and only small gaps get a full table.

import type { SentenceFeatures } from "./tokens";

export interface AlignedPair {
  a: number[];
  b: number[];
  /** Similarity of the two sides, 0..1. */
  score: number;
  /** True when the pair sits out of order relative to its neighbours. */
  moved: boolean;
}

export interface Alignment {
  /** In order of the first sentence of side a. */
  pairs: AlignedPair[];
  onlyA: number[];
  onlyB: number[];
}

export interface AlignOptions {
  /** Lowest similarity for a pair that the order of the text does not support (an anchor). */
  anchor?: number;
  /** Lowest similarity inside a gap between anchors, where position supports the match. */
  gap?: number;
  /** Lowest similarity for a moved sentence. */
  move?: number;
  /**
   * Leftover sentences in the same gap that belong together whatever their words (a reformatted dateline).
   * Called only for sentences the word similarity left unmatched.
   */
  sameSlot?: (i: number, j: number) => boolean;
  /** Filled with the number of sentence pairs the aligner looked at (to check it stays near linear). */
  stats?: { work: number };
}

const DEFAULTS = { anchor: 0.3, gap: 0.17, move: 0.5 };
/** Content words of a sentence short enough to pair by its slot alone. */
const SHORT = 4;
/** Lowest similarity for the only sentence on each side of a gap. */
const LONE_PAIR = 0.1;
/** Share of a neighbour's words the other side must say for the neighbour to join a pair (split or merge) … */
const MERGE_SAID = 0.45;
/** … or this lower share, when the neighbour brings at least MERGE_GAIN_LOW_SAID of the other side's words. */
const MERGE_SAID_LOW = 0.35;
const MERGE_GAIN_LOW_SAID = 0.25;
/** Lowest similarity of two sentences on each side read as one pair, when a pair takes an unmatched neighbour on each side. */
const REGROUP = 0.5;
/** A full table is built for a gap only up to this many cells; larger gaps keep their candidates only. */
const MAX_GAP_CELLS = 4096;

interface Vec {
  ids: Int32Array;
  /** tf · kind weight · idf, not normalized. */
  w: Float64Array;
  norm: number;
}

function vectors(side: SentenceFeatures[], idf: Float64Array): Vec[] {
  let total = 0;
  for (const s of side) total += s.ids.length;
  // One buffer for the whole side: hundreds of small arrays per comparison would only feed the collector.
  const all = new Float64Array(total);
  let at = 0;
  return side.map((s) => {
    const w = all.subarray(at, at + s.ids.length);
    at += s.ids.length;
    let sq = 0;
    for (let k = 0; k < s.ids.length; k++) {
      w[k] = s.raw[k] * idf[s.ids[k]];
      sq += w[k] * w[k];
    }
    return { ids: s.ids, w, norm: Math.sqrt(sq) };
  });
}

function dot(x: Vec, y: Vec): number {
  let i = 0;
  let j = 0;
  let d = 0;
  const xi = x.ids;
  const yi = y.ids;
  while (i < xi.length && j < yi.length) {
    if (xi[i] === yi[j]) d += x.w[i++] * y.w[j++];
    else if (xi[i] < yi[j]) i++;
    else j++;
  }
  return d;
}

function cosine(x: Vec, y: Vec): number {
  // (a cosine never exceeds 1; rounding can take two identical vectors a hair above it)
  return x.norm && y.norm ? Math.min(1, dot(x, y) / (x.norm * y.norm)) : 0;
}

/** Sum of sentence vectors: the vector of a group of sentences read as one. */
function combine(vs: Vec[]): Vec {
  if (vs.length === 1) return vs[0];
  const m = new Map<number, number>();
  for (const v of vs) for (let k = 0; k < v.ids.length; k++) m.set(v.ids[k], (m.get(v.ids[k]) ?? 0) + v.w[k]);
  const ids = Int32Array.from(m.keys()).sort();
  const w = new Float64Array(ids.length);
  let sq = 0;
  for (let k = 0; k < ids.length; k++) {
    w[k] = m.get(ids[k])!;
    sq += w[k] * w[k];
  }
  return { ids, w, norm: Math.sqrt(sq) };
}

/** Share of x's weight found in y: how much of x the other side says. */
function coverage(x: Vec, y: Vec): number {
  let total = 0;
  let hit = 0;
  let j = 0;
  for (let i = 0; i < x.ids.length; i++) {
    total += x.w[i];
    while (j < y.ids.length && y.ids[j] < x.ids[i]) j++;
    if (j < y.ids.length && y.ids[j] === x.ids[i]) hit += x.w[i];
  }
  return total ? hit / total : 0;
}

interface Candidate {
  i: number;
  j: number;
  sim: number;
}

/** At most this many candidates are kept per sentence of side a: the best ones. */
const PER_SENTENCE = 12;

/**
 * Pairs of sentences with a similarity of at least `min`, found through an inverted index of side b, in
 * order of side a and, for one sentence of a, from the last sentence of b to the first.
 * Very common features (in many sentences on both sides) are left out of the index walk, which keeps long
 * texts near linear; their contribution is added back exactly for the pairs they could lift over `min`.
 */
function candidates(va: Vec[], vb: Vec[], vocabulary: number, min: number, stats: { work: number }): Candidate[] {
  // Postings of side b in one flat array per field, indexed by feature id (compressed rows).
  const head = new Int32Array(vocabulary + 1);
  for (const v of vb) if (v.norm) for (let k = 0; k < v.ids.length; k++) head[v.ids[k] + 1]++;
  for (let id = 0; id < vocabulary; id++) head[id + 1] += head[id];
  const fill = head.slice(0, vocabulary);
  const postJ = new Int32Array(head[vocabulary]);
  const postW = new Float64Array(head[vocabulary]);
  vb.forEach((v, j) => {
    if (!v.norm) return;
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]]++;
      postJ[at] = j;
      postW[at] = v.w[k] / v.norm;
    }
  });
  const dfA = new Int32Array(vocabulary);
  for (const v of va) for (let k = 0; k < v.ids.length; k++) dfA[v.ids[k]]++;
  // A feature in more sentences than this on both sides is too common to find counterparts by.
  const common = 48;
  const acc = new Float64Array(vb.length);
  const touched = new Int32Array(vb.length);
  let nTouched = 0;
  const skippedAt: number[] = [];
  const out: Candidate[] = [];
  const topJ = new Int32Array(PER_SENTENCE);
  const topSim = new Float64Array(PER_SENTENCE);
  for (let i = 0; i < va.length; i++) {
    const x = va[i];
    if (!x.norm) continue;
    // Weight of the features left out; by Cauchy-Schwarz they add at most its share to any cosine.
    let skipped = 0;
    skippedAt.length = 0;
    for (let k = 0; k < x.ids.length; k++) {
      const id = x.ids[k];
      const from = head[id];
      const to = head[id + 1];
      if (from === to) continue;
      if (to - from > common && dfA[id] > common) {
        skipped += x.w[k] * x.w[k];
        skippedAt.push(k);
        continue;
      }
      const wx = x.w[k] / x.norm;
      stats.work += to - from;
      for (let p = from; p < to; p++) {
        const j = postJ[p];
        if (acc[j] === 0) touched[nTouched++] = j;
        acc[j] += wx * postW[p];
      }
    }
    const bound = Math.sqrt(skipped) / x.norm;
    // the best PER_SENTENCE sentences of b over `min`, kept in order of similarity in scratch arrays
    // (ties: the one found first stays ahead), so nothing is allocated or sorted per sentence
    let m = 0;
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t];
      let sim = acc[j];
      acc[j] = 0;
      if (bound && sim < min && sim + bound >= min) sim += commonPart(x, vb[j], skippedAt);
      if (sim < min || (m === PER_SENTENCE && sim <= topSim[m - 1])) continue;
      let at = m < PER_SENTENCE ? m++ : m - 1;
      for (; at > 0 && topSim[at - 1] < sim; at--) {
        topSim[at] = topSim[at - 1];
        topJ[at] = topJ[at - 1];
      }
      topSim[at] = sim;
      topJ[at] = j;
    }
    nTouched = 0;
    // then in decreasing order of b, as the chain expects
    for (let k = 1; k < m; k++) {
      const j = topJ[k];
      const sim = topSim[k];
      let at = k;
      for (; at > 0 && topJ[at - 1] < j; at--) {
        topJ[at] = topJ[at - 1];
        topSim[at] = topSim[at - 1];
      }
      topJ[at] = j;
      topSim[at] = sim;
    }
    for (let k = 0; k < m; k++) out.push({ i, j: topJ[k], sim: topSim[k] });
  }
  return out;
}

/** The part of cos(x, y) due to the features of x at positions `at` (binary search in y). */
function commonPart(x: Vec, y: Vec, at: number[]): number {
  let d = 0;
  for (const k of at) {
    const id = x.ids[k];
    let lo = 0;
    let hi = y.ids.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (y.ids[mid] < id) lo = mid + 1;
      else hi = mid;
    }
    if (y.ids[lo] === id) d += x.w[k] * y.w[lo];
  }
  return d / (x.norm * y.norm);
}

/**
 * The heaviest chain of candidates increasing on both sides (a weighted longest increasing subsequence).
 * `cands` must come in order of a, and for one sentence of a in decreasing order of b.
 */
function chain(cands: Candidate[], nb: number, min: number): Candidate[] {
  const use = cands.filter((c) => c.sim >= min);
  if (!use.length) return [];
  // Fenwick tree over b positions holding the best chain ending at or before each position.
  const treeVal = new Float64Array(nb + 1);
  const treeArg = new Int32Array(nb + 1).fill(-1);
  const best = new Float64Array(use.length);
  const prev = new Int32Array(use.length).fill(-1);
  const bonus = min * 0.6;
  for (let c = 0; c < use.length; c++) {
    let v = 0;
    let arg = -1;
    for (let p = use[c].j; p > 0; p -= p & -p) {
      if (treeVal[p] > v) {
        v = treeVal[p];
        arg = treeArg[p];
      }
    }
    best[c] = v + use[c].sim - bonus;
    prev[c] = arg;
    for (let p = use[c].j + 1; p <= nb; p += p & -p) {
      if (best[c] > treeVal[p]) {
        treeVal[p] = best[c];
        treeArg[p] = c;
      }
    }
  }
  let end = 0;
  for (let c = 1; c < use.length; c++) if (best[c] > best[end]) end = c;
  const out: Candidate[] = [];
  for (let c = end; c >= 0; c = prev[c]) out.push(use[c]);
  return out.reverse();
}

// Feature id -> 1 + its id local to one alignment, 0 when unseen; grown to the session's vocabulary once and
// reset after each use, so an alignment allocates by the size of its two texts, not of everything ever typed.
let slot = new Int32Array(1024);

/**
 * The two sides with their feature ids renumbered 0..n-1 in the same order (so every sorted list stays
 * sorted and every sum adds up in the same order), n being the number of distinct features in both.
 */
function localized(sideA: SentenceFeatures[], sideB: SentenceFeatures[]): { a: SentenceFeatures[]; b: SentenceFeatures[]; vocabulary: number } {
  let top = 0;
  let total = 0;
  for (const side of [sideA, sideB]) {
    for (const s of side) {
      if (s.ids.length) top = Math.max(top, s.ids[s.ids.length - 1] + 1);
      total += s.ids.length;
    }
  }
  if (slot.length < top) {
    const bigger = new Int32Array(Math.max(top, slot.length * 2));
    bigger.set(slot);
    slot = bigger;
  }
  const distinct = new Int32Array(total);
  let n = 0;
  for (const side of [sideA, sideB]) {
    for (const s of side) {
      for (let k = 0; k < s.ids.length; k++) {
        const id = s.ids[k];
        if (slot[id] === 0) {
          slot[id] = -1;
          distinct[n++] = id;
        }
      }
    }
  }
  const used = distinct.subarray(0, n).sort();
  for (let k = 0; k < n; k++) slot[used[k]] = k + 1;
  const renumber = (side: SentenceFeatures[]) => {
    let size = 0;
    for (const s of side) size += s.ids.length;
    const buf = new Int32Array(size);
    let at = 0;
    return side.map((s) => {
      const ids = buf.subarray(at, at + s.ids.length);
      at += s.ids.length;
      for (let k = 0; k < ids.length; k++) ids[k] = slot[s.ids[k]] - 1;
      return { ids, raw: s.raw, words: s.words, facts: s.facts };
    });
  };
  const out = { a: renumber(sideA), b: renumber(sideB), vocabulary: n };
  for (let k = 0; k < n; k++) slot[used[k]] = 0;
  return out;
}

export function alignSentences(globalA: SentenceFeatures[], globalB: SentenceFeatures[], options: AlignOptions = {}): Alignment {
  const opt = { ...DEFAULTS, ...options };
  const { a: sideA, b: sideB, vocabulary } = localized(globalA, globalB);
  const na = sideA.length;
  const nb = sideB.length;
  // Inverse document frequency over the sentences of both versions: a word in every sentence says little.
  const idf = new Float64Array(vocabulary);
  for (const side of [sideA, sideB]) for (const s of side) for (let k = 0; k < s.ids.length; k++) idf[s.ids[k]]++;
  const total = na + nb;
  for (let id = 0; id < vocabulary; id++) if (idf[id]) idf[id] = Math.log(1 + total / idf[id]);
  const va = vectors(sideA, idf);
  const vb = vectors(sideB, idf);

  const stats = options.stats ?? { work: 0 };
  const cands = candidates(va, vb, vocabulary, Math.min(opt.gap, opt.anchor), stats);
  // Candidates come in order of a: candFrom[i] is where those of sentence i start.
  const candFrom = new Int32Array(na + 1);
  for (const c of cands) candFrom[c.i + 1]++;
  for (let i = 0; i < na; i++) candFrom[i + 1] += candFrom[i];
  const computed = new Map<number, number>();
  const sim = (i: number, j: number): number => {
    for (let k = candFrom[i]; k < candFrom[i + 1]; k++) if (cands[k].j === j) return cands[k].sim;
    const key = i * nb + j;
    let s = computed.get(key);
    if (s === undefined) {
      stats.work++;
      s = cosine(va[i], vb[j]);
      computed.set(key, s);
    }
    return s;
  };

  const ofA = new Int32Array(na).fill(-1);
  const ofB = new Int32Array(nb).fill(-1);
  const pairs: AlignedPair[] = [];
  const add = (a: number[], b: number[], score: number, moved: boolean): void => {
    const k = pairs.length;
    pairs.push({ a, b, score, moved });
    for (const i of a) ofA[i] = k;
    for (const j of b) ofB[j] = k;
  };

  const anchors = chain(cands, nb, opt.anchor);
  const gaps: { a0: number; a1: number; b0: number; b1: number }[] = [];
  let pa = 0;
  let pb = 0;
  for (const c of anchors) {
    gaps.push({ a0: pa, a1: c.i, b0: pb, b1: c.j });
    add([c.i], [c.j], c.sim, false);
    pa = c.i + 1;
    pb = c.j + 1;
  }
  gaps.push({ a0: pa, a1: na, b0: pb, b1: nb });

  for (const g of gaps) fillGap(g.a0, g.a1, g.b0, g.b1);

  // A sentence next to a pair whose words the pair's other side already says was split off or merged in.
  for (let k = 0; k < pairs.length; k++) {
    extend(pairs[k], k, "a");
    extend(pairs[k], k, "b");
  }

  // Leftovers that match well out of order moved.
  const leftA = new Set<number>();
  const leftB = new Set<number>();
  for (let i = 0; i < na; i++) if (ofA[i] < 0) leftA.add(i);
  for (let j = 0; j < nb; j++) if (ofB[j] < 0) leftB.add(j);
  if (leftA.size && leftB.size) {
    const moves = cands.filter((c) => c.sim >= opt.move && leftA.has(c.i) && leftB.has(c.j)).sort((x, y) => y.sim - x.sim);
    for (const c of moves) {
      if (ofA[c.i] >= 0 || ofB[c.j] >= 0) continue;
      add([c.i], [c.j], c.sim, true);
    }
  }

  // What is still unmatched after the moves may join a neighbour's pair on the lower share (see MERGE_SAID_LOW).
  if (ofA.includes(-1) || ofB.includes(-1)) {
    for (let k = 0; k < pairs.length; k++) {
      extend(pairs[k], k, "a", true);
      extend(pairs[k], k, "b", true);
    }
  }

  // A pair with an unmatched neighbour on each side: the two versions shared the same content out between two
  // sentences each in another way ("X, who founded the festival in 1978, has died. He was 84." / "X, 84, has
  // died. He founded the festival in 1978."); the four read as one pair when each says what the other side's
  // two say.
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    if (p.a.length !== 1 || p.b.length !== 1 || p.moved) continue;
    const i = p.a[0];
    const j = p.b[0];
    let best: [number, number, number] | undefined;
    for (const x of [i - 1, i + 1]) {
      if (x < 0 || x >= na || ofA[x] >= 0 || !va[x].norm) continue;
      for (const y of [j - 1, j + 1]) {
        if (y < 0 || y >= nb || ofB[y] >= 0 || !vb[y].norm) continue;
        const s = groupScore([i, x].sort((u, v) => u - v), [j, y].sort((u, v) => u - v));
        if (s >= REGROUP && s > p.score && (!best || s > best[2])) best = [x, y, s];
      }
    }
    if (!best) continue;
    p.a = [i, best[0]].sort((u, v) => u - v);
    p.b = [j, best[1]].sort((u, v) => u - v);
    p.score = best[2];
    ofA[best[0]] = k;
    ofB[best[1]] = k;
  }

  // one sentence on each side left between the same two pairs once the pairs have grown ("Three crews
  // attended." merged into the sentence before, leaving "Nobody was injured." / "No one was hurt."): the
  // lone-pair rule of the gaps again
  for (let i = 0; i < na; i++) {
    if (ofA[i] >= 0) continue;
    const before = i > 0 ? ofA[i - 1] : -2;
    const after = i + 1 < na ? ofA[i + 1] : -2;
    if (before === -1 || after === -1) continue;
    for (let j = 0; j < nb; j++) {
      if (ofB[j] >= 0) continue;
      if ((j > 0 ? ofB[j - 1] : -2) !== before || (j + 1 < nb ? ofB[j + 1] : -2) !== after) continue;
      const s = sim(i, j);
      if (loneRewrite(i, j, s, before >= 0 || after >= 0)) add([i], [j], s, false);
      break;
    }
  }

  pairs.sort((x, y) => x.a[0] - y.a[0]);
  const onlyA: number[] = [];
  const onlyB: number[] = [];
  for (let i = 0; i < na; i++) if (ofA[i] < 0) onlyA.push(i);
  for (let j = 0; j < nb; j++) if (ofB[j] < 0) onlyB.push(j);
  return { pairs, onlyA, onlyB };

  /**
   * The only sentence on each side of a gap: a rewrite of the other unless they share nothing, and two short
   * ones beside aligned sentences take one slot even with no word in common ("Nobody was hurt." / "No one was
   * injured.").
   */
  function loneRewrite(i: number, j: number, s: number, besideAligned: boolean): boolean {
    // (by slot alone only when neither states a name or a figure: "About 1.1 million workers will benefit." and
    // "Unions had asked for 9%." share no word and are two statements)
    return s >= LONE_PAIR || (sideA[i].words <= SHORT && sideB[j].words <= SHORT && besideAligned && !sideA[i].facts && !sideB[j].facts);
  }

  /** Aligns the sentences between two anchors, where order makes weaker similarities believable. */
  function fillGap(a0: number, a1: number, b0: number, b1: number): void {
    const ga = a1 - a0;
    const gb = b1 - b0;
    if (ga <= 0 || gb <= 0) return;
    // One sentence on each side between two aligned neighbours is a rewrite of the other unless they
    // share nothing at all: a paraphrase can keep very few words ("The cause is under investigation" /
    // "Investigators have not determined how it started").
    if (ga === 1 && gb === 1 && vb[b0].norm && va[a0].norm) {
      const s = sim(a0, b0);
      if (loneRewrite(a0, b0, s, (a0 > 0 || a1 < na) && (b0 > 0 || b1 < nb))) {
        add([a0], [b0], s, false);
        return;
      }
    }
    if (ga * gb > MAX_GAP_CELLS) {
      const inner = chain(
        cands.filter((c) => c.i >= a0 && c.i < a1 && c.j >= b0 && c.j < b1),
        nb,
        opt.gap,
      );
      for (const c of inner) add([c.i], [c.j], c.sim, false);
      return;
    }
    // score[x][y]: best total for a[a0..a0+x) against b[b0..b0+y); moves 1-1, 2-1, 1-2, skip either side.
    const W = gb + 1;
    const score = new Float64Array((ga + 1) * W);
    const move = new Int8Array((ga + 1) * W);
    // A few sentences on each side, as many on one as on the other, between aligned neighbours: most likely
    // the same sentences reworded, so a weaker likeness is enough.
    const min = ga === gb && ga <= 3 ? Math.min(opt.gap, LONE_PAIR + 0.02) : opt.gap;
    const bonus = min * 0.6;
    const twoA = (i: number, j: number): number => groupScore([i, i + 1], [j]);
    const twoB = (i: number, j: number): number => groupScore([i], [j, j + 1]);
    for (let x = 0; x <= ga; x++) {
      for (let y = 0; y <= gb; y++) {
        if (!x && !y) continue;
        let best = -Infinity;
        let how = 0;
        if (x > 0 && score[(x - 1) * W + y] > best) {
          best = score[(x - 1) * W + y];
          how = 1;
        }
        if (y > 0 && score[x * W + y - 1] > best) {
          best = score[x * W + y - 1];
          how = 2;
        }
        if (x > 0 && y > 0) {
          const s = sim(a0 + x - 1, b0 + y - 1);
          if (s >= min && score[(x - 1) * W + y - 1] + s - bonus > best) {
            best = score[(x - 1) * W + y - 1] + s - bonus;
            how = 3;
          }
        }
        if (x > 1 && y > 0) {
          const s = twoA(a0 + x - 2, b0 + y - 1);
          if (s >= min && score[(x - 2) * W + y - 1] + s - bonus > best) {
            best = score[(x - 2) * W + y - 1] + s - bonus;
            how = 4;
          }
        }
        if (x > 0 && y > 1) {
          const s = twoB(a0 + x - 1, b0 + y - 2);
          if (s >= min && score[(x - 1) * W + y - 2] + s - bonus > best) {
            best = score[(x - 1) * W + y - 2] + s - bonus;
            how = 5;
          }
        }
        score[x * W + y] = best;
        move[x * W + y] = how;
      }
    }
    const found: [number[], number[]][] = [];
    for (let x = ga, y = gb; x > 0 || y > 0; ) {
      const how = move[x * W + y];
      if (how === 1) x--;
      else if (how === 2) y--;
      else if (how === 3) {
        found.push([[a0 + x - 1], [b0 + y - 1]]);
        x--;
        y--;
      } else if (how === 4) {
        found.push([[a0 + x - 2, a0 + x - 1], [b0 + y - 1]]);
        x -= 2;
        y--;
      } else {
        found.push([[a0 + x - 1], [b0 + y - 2, b0 + y - 1]]);
        x--;
        y -= 2;
      }
    }
    found.reverse();
    for (const [a, b] of found) add(a, b, groupScore(a, b), false);
    if (opt.sameSlot) {
      for (let i = a0; i < a1; i++) {
        if (ofA[i] >= 0) continue;
        for (let j = b0; j < b1; j++) {
          if (ofB[j] >= 0 || !opt.sameSlot(i, j)) continue;
          // Keep order: the slot match must not cross a pair already made in this gap.
          if (found.some(([a, b]) => (a[0] < i) !== (b[0] < j))) continue;
          add([i], [j], sim(i, j), false);
          break;
        }
      }
    }
  }

  /**
   * Similarity of two groups of sentences read as one, or 0 when a member of a group of two says little
   * that the other side says (so an unrelated neighbour is never swallowed into a merge).
   */
  function groupScore(a: number[], b: number[]): number {
    if (a.length === 1 && b.length === 1) return sim(a[0], b[0]);
    const x = combine(a.map((i) => va[i]));
    const y = combine(b.map((j) => vb[j]));
    if (a.length > 1) for (const i of a) if (coverage(va[i], y) < 0.4) return 0;
    if (b.length > 1) for (const j of b) if (coverage(vb[j], x) < 0.4) return 0;
    return cosine(x, y);
  }

  /** Grows a pair with an unmatched neighbour on one side when that neighbour carries the rest of the other side. */
  function extend(p: AlignedPair, k: number, side: "a" | "b", lenient = false): void {
    const mine = side === "a" ? p.a : p.b;
    const theirs = side === "a" ? p.b : p.a;
    if (theirs.length > 1) return;
    const vMine = side === "a" ? va : vb;
    const vTheirs = side === "a" ? vb : va;
    const of = side === "a" ? ofA : ofB;
    const n = side === "a" ? na : nb;
    const other = combine(theirs.map((t) => vTheirs[t]));
    // the lower share only where the other side left nothing unmatched beside the pair: an unmatched
    // neighbour there is the likelier partner, and is left to the leftover pairing
    if (lenient) {
      const ofTheirs = side === "a" ? ofB : ofA;
      const before = theirs[0] - 1;
      const after = theirs[theirs.length - 1] + 1;
      if ((before >= 0 && ofTheirs[before] < 0) || (after < ofTheirs.length && ofTheirs[after] < 0)) return;
    }
    for (;;) {
      const cur = combine(mine.map((m) => vMine[m]));
      const before = coverage(other, cur);
      let grown = false;
      for (const next of [mine[0] - 1, mine[mine.length - 1] + 1]) {
        if (next < 0 || next >= n || of[next] >= 0) continue;
        const cand = vMine[next];
        const said = cand.norm ? coverage(cand, other) : 0;
        if (said < (lenient ? MERGE_SAID_LOW : MERGE_SAID)) continue;
        // It must bring words of the other side that this side lacked; a fragment the other side says
        // entirely ("In the fall.") may bring little, a longer one must bring a real share. Once moves
        // are found, a neighbour the other side says less of joins when it brings a large share: a
        // translated sentence padded with its own formulas ("affirmed in declarations to the press that …")
        // merged into a rewrite.
        const gain = coverage(other, combine([cur, cand])) - before;
        if (gain < (said >= 0.8 ? 1e-9 : said >= MERGE_SAID ? 0.1 : MERGE_GAIN_LOW_SAID)) continue;
        if (next < mine[0]) mine.unshift(next);
        else mine.push(next);
        of[next] = k;
        grown = true;
        break;
      }
      if (!grown) break;
    }
    const a = p.a.map((i) => va[i]);
    const b = p.b.map((j) => vb[j]);
    p.score = cosine(combine(a), combine(b));
  }
}
