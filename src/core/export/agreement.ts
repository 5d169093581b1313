import { tokenize } from '../text/tokenize';

/** One annotator's labelled spans in one article. */
export interface Labelled {
  label: string;
  start: number;
  end: number;
}

export interface LabelAgreement {
  label: string;
  /** Spans of A also in B with the same label and offsets (A is the reference). */
  both: number;
  onlyA: number;
  onlyB: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Span-level agreement per label between two annotators over the same articles. */
export function spanAgreement(a: Map<string, Labelled[]>, b: Map<string, Labelled[]>): LabelAgreement[] {
  const labels = new Set<string>();
  const counts = new Map<string, { both: number; onlyA: number; onlyB: number }>();
  const bump = (label: string, k: 'both' | 'onlyA' | 'onlyB') => {
    labels.add(label);
    const c = counts.get(label) ?? { both: 0, onlyA: 0, onlyB: 0 };
    c[k]++;
    counts.set(label, c);
  };
  for (const article of new Set([...a.keys(), ...b.keys()])) {
    const sa = new Set((a.get(article) ?? []).map(spanKey));
    const sb = new Set((b.get(article) ?? []).map(spanKey));
    for (const k of sa) bump(k.split('|')[0], sb.has(k) ? 'both' : 'onlyA');
    for (const k of sb) if (!sa.has(k)) bump(k.split('|')[0], 'onlyB');
  }
  return [...labels].sort().map((label) => {
    const c = counts.get(label)!;
    const precision = c.both + c.onlyB === 0 ? 0 : c.both / (c.both + c.onlyB);
    const recall = c.both + c.onlyA === 0 ? 0 : c.both / (c.both + c.onlyA);
    return { label, ...c, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
}

/** A labelled span as one string: equal keys, same label and offsets. */
export function spanKey(x: Labelled): string {
  return `${x.label}|${x.start}|${x.end}`;
}

/**
 * The units that κ and α count, per annotator: for each label layer (every label
 * any of them used in this text), each token's label where a span of that label
 * covers it, else "O". A span may carry several labels (a quotation that is also a
 * claim, a name inside it), as INCEpTION's agreement counts per layer: one label per
 * token would depend on which span came first, and identical annotations would
 * disagree.
 */
export function tokenLabels(text: string, annotators: Labelled[][]): string[][] {
  const tokens = tokenize(text);
  const labels = [...new Set(annotators.flatMap((spans) => spans.map((s) => s.label)))].sort();
  return annotators.map((spans) => {
    const out: string[] = [];
    for (const label of labels) {
      const covered = new Uint8Array(tokens.length);
      for (const s of spans) {
        if (s.label !== label) continue;
        // The first token starting at or after the span's start, then every token inside it.
        let lo = 0;
        let hi = tokens.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (tokens[mid].start < s.start) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < tokens.length && tokens[k].end <= s.end; k++) covered[k] = 1;
      }
      for (let k = 0; k < tokens.length; k++) out.push(covered[k] ? label : 'O');
    }
    return out;
  });
}

/** Cohen's kappa for two label sequences of equal length. */
export function cohensKappa(x: string[], y: string[]): number {
  const n = x.length;
  if (n === 0) return 1;
  let agree = 0;
  const px = new Map<string, number>();
  const py = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) agree++;
    px.set(x[i], (px.get(x[i]) ?? 0) + 1);
    py.set(y[i], (py.get(y[i]) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [l, c] of px) pe += (c / n) * ((py.get(l) ?? 0) / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal labels, any number of annotators (rows) over the
 * same units (columns), every annotator labelling every unit.
 */
export function krippendorffAlpha(rows: string[][]): number {
  const m = rows.length;
  const units = rows[0]?.length ?? 0;
  const coincidence = new Map<string, number>();
  const add = (c: string, k: string, w: number) => coincidence.set(`${c}\u0000${k}`, (coincidence.get(`${c}\u0000${k}`) ?? 0) + w);
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(rows[i][u], rows[j][u], 1 / (m - 1));
  }
  const marg = new Map<string, number>();
  let n = 0;
  for (const [k, w] of coincidence) {
    const c = k.split('\u0000')[0];
    marg.set(c, (marg.get(c) ?? 0) + w);
    n += w;
  }
  if (n <= 1) return 1;
  let observed = 0;
  for (const [k, w] of coincidence) {
    const [c, d] = k.split('\u0000');
    if (c !== d) observed += w;
  }
  let expected = 0;
  for (const [c, nc] of marg) for (const [d, nd] of marg) if (c !== d) expected += nc * nd;
  expected /= n - 1;
  return expected === 0 ? 1 : 1 - observed / expected;
}
