/**
 * The attributions met so far in the walk through an article (speech verbs with their
 * subjects, quotations with their speakers), in text order, with indexes for what the
 * pronoun and description look-backs ask: "the latest attribution before here whose
 * speaker could be `he`", "… whose head word is `ministry`". Walking back over every
 * attribution per question cost attributions × questions on a line with no sentence end
 * (issue 30); here each is a binary search and a few jumps.
 */
import { lowerBoundNumber } from '../../util/lowerBound';

export interface Attribution<R> {
  pos: number;
  line: number;
  res: R | null;
}

/** What the look-backs read of a speaker. */
interface Speaker {
  kind: string;
  speaker: string;
  head: string | undefined;
}

/** The events with one head word, and for each the previous one in the list with a longer description. */
interface HeadList {
  events: number[];
  /** A description's length in characters; Infinity for a name, which any description matches. */
  length: number[];
  longerBefore: number[];
}

export class AttributionLog<R extends Speaker> {
  readonly events: Attribution<R>[] = [];
  /** Per class, per event: the latest event at or before it whose speaker is in the class, or -1. */
  private readonly latestOfClass: number[][];
  private readonly byHead = new Map<string, HeadList>();
  /**
   * The walk pushes in text order, so positions and lines never decrease; the indexes rely
   * on it. Were it ever broken, the look-ups walk back as they used to.
   */
  private inOrder = true;

  /** `classes`: the kinds of speaker asked for by `latestInClass` (as for `he` and for `it`). */
  constructor(private readonly classes: readonly ((r: R) => boolean)[]) {
    this.latestOfClass = classes.map(() => []);
  }

  push(e: Attribution<R>): void {
    const i = this.events.length;
    const last = this.events[i - 1];
    if (last && (e.pos < last.pos || e.line < last.line)) this.inOrder = false;
    this.events.push(e);
    this.classes.forEach((inClass, c) => this.latestOfClass[c].push(e.res && inClass(e.res) ? i : i > 0 ? this.latestOfClass[c][i - 1] : -1));
    const head = e.res?.head;
    if (e.res && head !== undefined) {
      let list = this.byHead.get(head);
      if (!list) this.byHead.set(head, (list = { events: [], length: [], longerBefore: [] }));
      const length = e.res.kind === 'nominal' ? e.res.speaker.length : Infinity;
      let p = list.events.length - 1;
      while (p >= 0 && list.length[p] <= length) p = list.longerBefore[p];
      list.events.push(i);
      list.length.push(length);
      list.longerBefore.push(p);
    }
  }

  /** Index of the last event before `pos`, or -1. */
  lastIndexBefore(pos: number): number {
    if (!this.inOrder) {
      let i = this.events.length - 1;
      while (i >= 0 && this.events[i].pos >= pos) i--;
      return i;
    }
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid].pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The latest speaker of class `c` attributed before `pos`, on line `minLine` or later. */
  latestInClass(c: number, pos: number, minLine: number): R | null {
    if (!this.inOrder) return this.walkBack(pos, minLine, this.classes[c]);
    const i = this.lastIndexBefore(pos);
    const j = i >= 0 ? this.latestOfClass[c][i] : -1;
    return j >= 0 && this.events[j].line >= minLine ? this.events[j].res : null;
  }

  /**
   * The latest speaker before `pos` (on line `minLine` or later) with head word `head`: a
   * name given that head, or a description longer than `length` characters.
   */
  latestWithHead(head: string, length: number, pos: number, minLine: number): R | null {
    if (!this.inOrder) return this.walkBack(pos, minLine, (r) => (r.kind === 'nominal' ? r.head === head && r.speaker.length > length : r.head === head));
    const list = this.byHead.get(head);
    if (!list) return null;
    let p = lowerBoundNumber(list.events, this.lastIndexBefore(pos) + 1) - 1;
    // Every event skipped between p and longerBefore[p] is no longer than p's.
    while (p >= 0 && list.length[p] <= length) p = list.longerBefore[p];
    if (p < 0) return null;
    const e = this.events[list.events[p]];
    return e.line >= minLine ? e.res : null;
  }

  private walkBack(pos: number, minLine: number, match: (r: R) => boolean): R | null {
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (e.pos >= pos) continue;
      if (e.line < minLine) break;
      if (e.res && match(e.res)) return e.res;
    }
    return null;
  }
}
