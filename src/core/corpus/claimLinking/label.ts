import type { Claim } from '../../types';
import { capitalise } from '../../extract/claims/topicLabel';

/** Measured things too vague to name a group by. */
const VAGUE = new Set(['people', 'person', 'number', 'figure', 'total', 'amount', 'thing', 'time', 'year', 'day', 'way', 'part']);

function mostCommon<T>(items: T[]): [T, number] | undefined {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: [T, number] | undefined;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best;
}

/**
 * A group's label, in its claims' own words: the name most of them mention (an entity
 * in at least half of them) before the thing most of them measure, else their most
 * distinctive shared words (`Derna death toll`, `Boeing pay raise`, `Novak Djokovic
 * grand slam title`). `rarity` weighs a lemma by how few claims of the corpus hold it.
 */
export function groupLabel(claims: Claim[], rarity: (lemma: string) => number): string {
  const n = claims.length;
  const measured = mostCommon(claims.map((c) => c.frame.measured).filter((m): m is string => !!m && !m.split(' ').every((w) => VAGUE.has(w))));
  // Whom the claims are about: the subject most of them share, else the name most of them mention.
  const entityNames = new Set(claims.flatMap((c) => c.frame.entities));
  const subject = mostCommon(claims.map((c) => c.frame.subject).filter((s): s is string => !!s && entityNames.has(s)));
  const entity = mostCommon(claims.flatMap((c) => c.frame.entities.filter((e) => e !== c.source)));
  const name = subject && subject[1] * 3 >= n ? subject[0] : entity && (entity[1] * 2 >= n || n === 1) ? entity[0] : '';
  let what = measured && (measured[1] * 3 >= n || n <= 2) ? measured[0] : '';
  if (!what) {
    // The words the claims share most, weighed by rarity: one or two, in the order the first claim has them.
    const counts = new Map<string, number>();
    for (const c of claims) for (const l of new Set(c.frame.lemmas)) counts.set(l, (counts.get(l) ?? 0) + 1);
    const ranked = [...counts]
      .filter(([l, k]) => (k >= 2 || n === 1) && !VAGUE.has(l) && !name.toLowerCase().split(' ').includes(l))
      .sort((a, b) => b[1] * rarity(b[0]) - a[1] * rarity(a[0]) || a[0].localeCompare(b[0]))
      .slice(0, 2)
      .map(([l]) => l);
    const order = claims[0].frame.lemmas;
    what = ranked.sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(' ');
  }
  if (!what) what = measured?.[0] ?? claims[0].frame.predicate ?? claims[0].kind;
  if (name && what.toLowerCase().includes(name.toLowerCase())) return capitalise(what);
  return capitalise([name, what].filter(Boolean).join(' '));
}
