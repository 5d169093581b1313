import type { ArticleAnalysis } from '../types';
import type { AnalysisCache } from './analysisCache';
import type { CorpusAnalyzer } from './corpusAnalyzer';
import { CorpusIndex, type IndexOptions, type IndexUpdate, type UpdateOptions } from './corpusIndex';
import type { ReadResult } from './readArticle';
import type { TextSource } from './textSource';

/**
 * At most this many articles are between being read and being indexed at a time: enough
 * to keep the workers' queue full, few enough that an article asked for meanwhile (the
 * one opened) finds its cache lookup behind a few dozen rather than thousands in the
 * file system's thread pool, and that the texts waiting do not fill the memory.
 */
const IN_FLIGHT_ARTICLES = 64;

/** What an update changed; its `failed` also holds the articles that could not be read. */
export type PipelineUpdate = IndexUpdate;

/** As the index's update options, except that `link` is off unless asked for (the caller links, in steps or at once). */
export type PipelineUpdateOptions = UpdateOptions;

/**
 * The corpus pipeline that the command line and the editor share: it reads each article
 * from a text source (the editor's gives open documents first, the disk otherwise),
 * analyses it where its analyzer says (worker threads), through the content-hash cache
 * both use, and keeps the corpus's analyses and claim links in its index. A failing
 * article is reported on that article; the others are indexed and linked without it.
 */
export class CorpusPipeline {
  readonly index: CorpusIndex;

  constructor(
    private readonly source: TextSource,
    readonly analyzer: CorpusAnalyzer,
    cache?: AnalysisCache,
    indexOptions: IndexOptions = {},
  ) {
    this.index = new CorpusIndex((raw, file, opts) => analyzer.analyze(raw, file, opts), cache, indexOptions);
  }

  /** An article's text, as its analysis reads it: what annotations anchor to and exports write. */
  read(file: string): Promise<ReadResult> {
    return this.source.read(file);
  }

  /**
   * Reads and indexes the articles: each is analysed (or taken from the cache) as soon as
   * it is read, rather than once all are, and only when its text changed.
   */
  async update(files: readonly string[], opts: PipelineUpdateOptions = {}): Promise<PipelineUpdate> {
    const result: PipelineUpdate = { changed: [], failed: [], cached: 0 };
    const indexed = new Set<Promise<void>>();
    for (const file of files) {
      while (indexed.size >= IN_FLIGHT_ARTICLES) await Promise.race(indexed);
      const read = await this.source.read(file);
      if (!read.ok) {
        result.failed.push({ file, error: read.error });
        opts.onEach?.(file);
        continue;
      }
      const update = this.index.updateMany([{ file, text: read.text }], { link: false, first: opts.first, onEach: opts.onEach, onMiss: opts.onMiss }).then((r) => {
        result.changed.push(...r.changed);
        result.failed.push(...r.failed.map((f) => ({ file: f.file, error: `analysis failed: ${f.error}` })));
        result.cached += r.cached;
        indexed.delete(update);
      });
      indexed.add(update);
    }
    await Promise.all(indexed);
    if (opts.link && result.changed.length > 0) this.index.relink();
    result.changed.sort();
    result.failed.sort((x, y) => x.file.localeCompare(y.file));
    return result;
  }

  /**
   * An article's whole analysis (the index may hold a closed one slim): from the cache,
   * else analysed again from its text (its names then its own, not merged across the corpus).
   */
  async whole(file: string, text: string): Promise<ArticleAnalysis> {
    return (await this.index.whole(file)) ?? this.analyzer.analyze(text, file);
  }

  close(): Promise<void> {
    return this.analyzer.close();
  }
}
