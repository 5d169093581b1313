import { createHash } from 'node:crypto';
import { normalizeForAnalysis, type NormalizedText } from './article/normalize';
import { segmentArticle } from './article/segment';
import { recognizeEntities } from './extract/entities';
import { defaultTagger } from './extract/entities/model';
import { fastTokenize } from './text/fastTokenize';
import { extractNumbers } from './extract/numbers';
import { extractQuotes } from './extract/quotes';
import { findClaims } from './extract/claims';
import type { ArticleAnalysis, ArticleStructure, Entity, Span } from './types';
import { hasAuthorLines, inAuthorLine } from './article/authorLines';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** One article to analyse: the exact file text, its name, and its sha256 when the caller has it already. */
export interface ArticleInput {
  raw: string;
  file: string;
  sha?: string;
}

/**
 * Analyses one article. `raw` is the exact file text; every span in the result
 * points into it, whatever the extractors saw after normalisation. `sha`, when the
 * caller has hashed `raw` already (to look it up in a cache), is its sha256.
 */
export function analyzeText(raw: string, file: string, sha?: string): ArticleAnalysis {
  const [result] = analyzeBatch([{ raw, file, sha }]);
  if (result instanceof Error) throw result;
  return result;
}

/**
 * Analyses several articles stage by stage: every article is segmented, then every
 * one is tagged for entities, and so on, rather than one article at a time through
 * every stage. The results are the same. It is faster from a cold start because V8
 * optimises a function only once it has run hot, on a helper thread that a cold
 * process keeps busy for most of a run: a stage that runs over many articles in a row
 * gets its compiled code while it is still running, instead of every stage's functions
 * queueing together. Fresh processes over the 1.2 MiB generated corpus (8 alternating
 * rounds, medians): one article at a time 963 ms; batches of 8 articles 821 ms, 16 774,
 * 32 743, 64 792, all 528 at once 832.
 *
 * An article whose analysis throws gets that error in its place; the others go on.
 */
export function analyzeBatch(inputs: readonly ArticleInput[]): (ArticleAnalysis | Error)[] {
  const out: (ArticleAnalysis | Error | undefined)[] = inputs.map(() => undefined);
  /** Runs one stage over every article still standing. */
  const stage = <T>(run: (i: number) => T): T[] => {
    const results: T[] = [];
    for (let i = 0; i < inputs.length; i++) {
      if (out[i] !== undefined) {
        results.push(undefined as T);
        continue;
      }
      try {
        results.push(run(i));
      } catch (e) {
        out[i] = e instanceof Error ? e : new Error(String(e));
        results.push(undefined as T);
      }
    }
    return results;
  };
  const norms = stage((i) => normalizeForAnalysis(inputs[i].raw));
  const text = (i: number) => norms[i].text;
  const structures = stage((i) => segmentArticle(text(i)));
  // One tokenization for the entity and quotation stages.
  const tokens = stage((i) => fastTokenize(text(i)));
  const tagger = defaultTagger();
  const entities = stage((i) => recognizeEntities(text(i), structures[i], tagger, tokens[i]));
  const numbers = stage((i) => extractNumbers(text(i), structures[i]));
  const speakers = stage((i) => withoutAuthors(entities[i], structures[i]));
  const quotes = stage((i) => extractQuotes(text(i), structures[i], speakers[i], tokens[i]));
  const claims = stage((i) => findClaims({ text: text(i), structure: structures[i], numbers: numbers[i], entities: speakers[i], quotes: quotes[i], article: articleName(inputs[i].file), tokens: tokens[i] }));
  const analyses = stage((i): ArticleAnalysis => {
    const { raw, file } = inputs[i];
    const structure = structures[i];
    const analysis: ArticleAnalysis = {
      file,
      sha256: inputs[i].sha ?? sha256(raw),
      meta: structure.meta,
      entities: entities[i],
      numbers: numbers[i],
      quotes: quotes[i],
      claims: claims[i],
      structure: { paragraphs: structure.paragraphs, sentences: structure.sentences, entries: structure.entries },
    };
    if (!norms[i].identity) mapToOriginal(analysis, structure, norms[i], raw);
    return analysis;
  });
  return out.map((failed, i) => failed ?? analyses[i]);
}

/**
 * The first look at an article while its full analysis waits in the worker queue: its
 * structure and numbers only (no entities, quotations or claims), the same numbers the
 * full analysis finds. Light enough for the editor's own thread (no entity model, no
 * tagger): 2–200 ms an article, so a hover or the highlights of an article opened while
 * thousands are indexed answer at once.
 */
export function numbersOnly(raw: string, file: string): ArticleAnalysis {
  const norm = normalizeForAnalysis(raw);
  const structure = segmentArticle(norm.text);
  const analysis: ArticleAnalysis = {
    file,
    sha256: sha256(raw),
    meta: structure.meta,
    entities: [],
    numbers: extractNumbers(norm.text, structure),
    quotes: [],
    claims: [],
    structure: { paragraphs: structure.paragraphs, sentences: structure.sentences, entries: structure.entries },
  };
  if (!norm.identity) mapToOriginal(analysis, structure, norm, raw);
  return analysis;
}

/**
 * The entities that may speak or be referred to in the story: not the names in a
 * byline or a live-blog entry header, which say who wrote it (`he said` after
 * `12:20 , Sam Rkaina` is not Sam Rkaina).
 */
function withoutAuthors(entities: Entity[], structure: ArticleStructure): Entity[] {
  const { paragraphs } = structure;
  if (!hasAuthorLines(paragraphs)) return entities;
  return entities.filter((e) => !inAuthorLine(paragraphs, e.start));
}

/** Rewrites every span from normalised offsets to offsets into the file text. */
function mapToOriginal(a: ArticleAnalysis, s: ArticleStructure, norm: NormalizedText, raw: string): void {
  const spans: Span[] = [...a.entities, ...a.numbers, ...a.quotes, ...a.claims];
  for (const span of spans) {
    span.start = norm.toOriginal(span.start);
    span.end = norm.toOriginal(span.end);
    span.text = raw.slice(span.start, span.end);
  }
  for (const q of a.quotes) {
    if (q.speakerSpan) q.speakerSpan = { start: norm.toOriginal(q.speakerSpan.start), end: norm.toOriginal(q.speakerSpan.end) };
  }
  for (const r of [...s.paragraphs, ...s.sentences, ...s.entries]) {
    r.start = norm.toOriginal(r.start);
    r.end = norm.toOriginal(r.end);
  }
}

/**
 * The name claim ids start with: the file name without folder or `.txt`, the same whether
 * the article is named by its path (the command line) or by its URI (the editor, whose
 * URIs escape spaces and letters beyond ASCII): `My%20story.txt` in a URI is `My story`.
 */
export function articleName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  return (URI_SCHEME.test(file) ? decodedOr(last) : last).replace(/\.txt$/i, '');
}

const URI_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function decodedOr(escaped: string): string {
  try {
    return decodeURIComponent(escaped);
  } catch {
    return escaped;
  }
}
