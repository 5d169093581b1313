import type { Token } from '../../text/tokenize';
import type { Entity, EntityKind } from '../../types';
import { firstEndingAfter } from '../../util/lowerBound';

/** A name of two words or more the tagger found: its words and how often it was tagged with each kind. */
interface NameSeen {
  words: string[];
  kinds: Map<EntityKind, number>;
}

/**
 * One sense per discourse (Ratinov & Roth 2009) for names of two words or more: a name
 * the tagger found whole in one sentence is that name wherever the same words stand
 * in the article, as a word of its own (no capitalised word either side but a
 * sentence's `The`). Where the tagger found nothing there (`from RIA Novosti as`) the
 * name is added; where it found only pieces inside it (`Von der Leyen said` tagged
 * `Von` a place and `Leyen` a person) the pieces give way to the whole name. A mention
 * that runs past the name's words (a longer name) is left alone, and so is the name
 * found there already, whatever its kind: the article's vote on kinds is
 * canonicalizeArticle's. The name takes the kind it was tagged with most often.
 *
 * `entities` are in text order. Returns the mentions to add and the pieces they replace.
 */
export function wholeNameMentions(text: { slice(start: number, end: number): string }, units: readonly Token[][], entities: readonly Entity[]): { added: Entity[]; replaced: Set<Entity> } {
  const added: Entity[] = [];
  const replaced = new Set<Entity>();
  const names = namesOfSeveralWords(units, entities);
  if (names.size === 0) return { added, replaced };
  const overlapping = (start: number, end: number): Entity[] => {
    const lo = firstEndingAfter(entities, start);
    const out: Entity[] = [];
    // Entities may nest (a name after an honorific inside a longer one): look a few past the first.
    for (let k = lo; k < entities.length && entities[k].start < end; k++) if (entities[k].end > start) out.push(entities[k]);
    return out;
  };
  for (const tokens of units) {
    for (let i = 0; i < tokens.length; i++) {
      const candidates = names.get(tokens[i].text);
      if (!candidates) continue;
      for (const name of candidates) {
        const to = i + name.words.length;
        if (to > tokens.length || !name.words.every((w, k) => tokens[i + k].text === w)) continue;
        if (standsInLongerName(tokens, i, to)) break;
        const start = tokens[i].start;
        const end = tokens[to - 1].end;
        const over = overlapping(start, end);
        if (over.some((e) => e.start < start || e.end > end || (e.start === start && e.end === end))) break;
        for (const e of over) replaced.add(e);
        added.push({ start, end, text: text.slice(start, end), kind: mostTagged(name.kinds), canonical: '' });
        i = to - 1;
        break;
      }
    }
  }
  return { added, replaced };
}

/** Names of two words or more among the tagged mentions, by first word, longest first. */
function namesOfSeveralWords(units: readonly Token[][], entities: readonly Entity[]): Map<string, NameSeen[]> {
  const byWords = new Map<string, NameSeen>();
  let e = 0;
  for (const tokens of units) {
    for (let i = 0; i < tokens.length && e < entities.length; i++) {
      while (e < entities.length && entities[e].start < tokens[i].start) e++;
      if (e >= entities.length || entities[e].start !== tokens[i].start) continue;
      const entity = entities[e];
      let to = i + 1;
      while (to < tokens.length && tokens[to].end <= entity.end) to++;
      if (to - i < 2 || tokens[to - 1].end !== entity.end || !/^\p{Lu}/u.test(entity.text)) continue;
      const words = tokens.slice(i, to).map((t) => t.text);
      const key = words.join('\u0000');
      const seen = byWords.get(key) ?? byWords.set(key, { words, kinds: new Map() }).get(key)!;
      seen.kinds.set(entity.kind, (seen.kinds.get(entity.kind) ?? 0) + 1);
    }
  }
  const byFirst = new Map<string, NameSeen[]>();
  for (const name of byWords.values()) {
    const list = byFirst.get(name.words[0]) ?? byFirst.set(name.words[0], []).get(name.words[0])!;
    list.push(name);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** A capitalised word right before (other than `The`) or right after tokens [from, to): they are part of a longer name there. */
function standsInLongerName(tokens: readonly Token[], from: number, to: number): boolean {
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  return (capital(tokens[from - 1]) && tokens[from - 1].text !== 'The') || capital(tokens[to]);
}

/** The kind a name was tagged with most often (the first seen on a tie). */
function mostTagged(kinds: ReadonlyMap<EntityKind, number>): EntityKind {
  let kind: EntityKind = 'person';
  let most = 0;
  for (const [k, n] of kinds) if (n > most) [kind, most] = [k, n];
  return kind;
}
