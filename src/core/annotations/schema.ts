import { z } from 'zod';

/**
 * The sidecar file beside an article (`x.txt` → `x.annotations.json`). The zod
 * schema is the single definition: it validates files, types the code, and is
 * exported as JSON Schema (`schemas/annotations.schema.json`) for other tools and
 * for VS Code's own JSON validation.
 */
export const SIDECAR_VERSION = 2;
export const SCHEMA_URL = 'https://corpus-annotator.dev/schemas/annotations-v2.json';

export const BUILTIN_LABELS = ['person', 'place', 'organization', 'number', 'quote', 'claim'] as const;

/** Where an annotation is, as data: a position and the quoted text with context (W3C selectors). */
export const Target = z
  .object({
    start: z.number().int().nonnegative().describe('UTF-16 offset of the first character'),
    end: z.number().int().nonnegative().describe('UTF-16 offset after the last character'),
    exact: z.string().min(1).describe('the annotated text'),
    prefix: z.string().describe('up to 32 characters before it'),
    suffix: z.string().describe('up to 32 characters after it'),
  })
  .refine((t) => t.end > t.start, { message: 'end must be greater than start', path: ['end'] });

export const Status = z
  .enum(['manual', 'accepted', 'rejected', 'suggested'])
  .describe("manual: made by a person; accepted/rejected: a decision on an automatic finding; suggested: another tool's prediction, imported for review");

export const Relation = z.object({
  type: z.enum(['speaker', 'source']).describe('a quotation → its speaker; a claim → its source'),
  to: z.string().describe('id of the annotation (usually an entity mention) it points to'),
});

export const Annotation = z.object({
  id: z.string().min(1),
  label: z.string().min(1).describe('person, place, organization, number, quote, claim, or a label defined in settings'),
  status: Status,
  target: Target,
  /** The sha256 of the article text the annotation was made on. */
  articleSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** For decisions on automatic findings: which finding (kind and span at the time). */
  finding: z.object({ kind: z.enum(['entity', 'number', 'quote', 'claim']), start: z.number().int(), end: z.number().int() }).optional(),
  note: z.string().optional(),
  tags: z.array(z.string()).optional(),
  verdict: z.string().optional(),
  fields: z
    .object({
      canonical: z.string().optional(),
      value: z.number().nullable().optional(),
      unit: z.string().nullable().optional(),
      speaker: z.string().nullable().optional(),
      topic: z.string().optional(),
      source: z.string().nullable().optional(),
    })
    .optional(),
  relations: z.array(Relation).optional(),
  annotator: z.string().optional(),
  /**
   * Set by the git merge driver on both versions of an annotation two branches changed
   * differently: the id they share(d). Resolved by deleting the version not wanted.
   */
  conflict: z.string().optional().describe('a git merge kept this and another version of annotation <conflict>; delete the one not wanted'),
  created: z.string().describe('ISO 8601 time'),
  modified: z.string().describe('ISO 8601 time'),
});

export const Sidecar = z.object({
  $schema: z.string().optional(),
  version: z.literal(SIDECAR_VERSION),
  article: z.string().describe('the article file name, beside this file'),
  annotations: z.array(Annotation),
});

export type Target = z.infer<typeof Target>;
export type Annotation = z.infer<typeof Annotation>;
export type Sidecar = z.infer<typeof Sidecar>;
export type Relation = z.infer<typeof Relation>;

export function sidecarJsonSchema(): unknown {
  return { ...(z.toJSONSchema(Sidecar) as object), $id: SCHEMA_URL, title: 'Corpus Annotator sidecar annotations' };
}
