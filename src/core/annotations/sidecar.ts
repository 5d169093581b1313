import { z } from 'zod';
import { lineColumn, locateJsonPath, syntaxErrorOffset } from './jsonLocation';
import { migrate } from './migrate';
import { type Annotation, Sidecar, SCHEMA_URL, SIDECAR_VERSION } from './schema';

/** What is wrong with a sidecar, precisely enough to fix it: where, and what was expected. */
export interface SidecarProblem {
  message: string;
  /** JSON path to the problem, e.g. ["annotations", 3, "target", "end"]. */
  path: (string | number)[];
  expected: string;
  line: number;
  column: number;
  offset: number;
}

export type ParsedSidecar = { ok: true; sidecar: Sidecar; migratedFrom?: number } | { ok: false; problems: SidecarProblem[] };

/** The sidecar file of an article: `x.txt` → `x.annotations.json`. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath.replace(/\.txt$/i, '') + '.annotations.json';
}

export function emptySidecar(article: string): Sidecar {
  return { $schema: SCHEMA_URL, version: SIDECAR_VERSION, article, annotations: [] };
}

/** Parses, migrates and validates sidecar JSON. Never throws: bad input comes back as problems. */
export function parseSidecar(json: string): ParsedSidecar {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    const offset = Math.max(0, syntaxErrorOffset(json));
    return { ok: false, problems: [{ message: `not valid JSON: ${(e as Error).message}`, path: [], expected: 'JSON', offset, ...lineColumn(json, offset) }] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !('annotations' in raw)) {
    return { ok: false, problems: [{ message: 'not a Corpus Annotator sidecar (no "annotations" list)', path: [], expected: 'an object with version, article and annotations', offset: 0, line: 1, column: 1 }] };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > SIDECAR_VERSION) {
    const at = locateJsonPath(json, ['version']);
    return {
      ok: false,
      problems: [
        {
          message: `version ${version}: written by a newer corpus-annotator, which reads sidecar version ${version}; this one reads versions 1 to ${SIDECAR_VERSION}. Update corpus-annotator to read it (the file is left as it is)`,
          path: ['version'],
          expected: `a version from 1 to ${SIDECAR_VERSION}`,
          ...at,
        },
      ],
    };
  }
  const { doc, from } = migrate(raw);
  const result = Sidecar.safeParse(doc);
  if (!result.success) {
    // Positions refer to the file as written; after a migration paths may not exist there.
    return { ok: false, problems: result.error.issues.slice(0, 20).map((issue) => problemOf(issue, json)) };
  }
  const duplicates = duplicateIds(result.data, json);
  if (duplicates.length) return { ok: false, problems: duplicates };
  return { ok: true, sidecar: result.data, ...(from !== undefined && from < SIDECAR_VERSION ? { migratedFrom: from } : {}) };
}

/**
 * Ids name annotations across windows, merges and relations: two with one id would
 * be merged into one, silently dropping the other, so a file with any is invalid
 * (and so never rewritten) until a person renames or removes one.
 */
function duplicateIds(s: Sidecar, json: string): SidecarProblem[] {
  const first = new Map<string, number>();
  const problems: SidecarProblem[] = [];
  s.annotations.forEach((a, k) => {
    const seen = first.get(a.id);
    if (seen === undefined) first.set(a.id, k);
    else problems.push({ message: `annotations/${k}/id: "${a.id}" is also the id of annotation ${seen}; ids must be unique (rename or remove one)`, path: ['annotations', k, 'id'], expected: 'an id no other annotation has', ...locateJsonPath(json, ['annotations', k, 'id']) });
  });
  return problems.slice(0, 20);
}

function problemOf(issue: z.core.$ZodIssue, json: string): SidecarProblem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const at = locateJsonPath(json, path);
  const expected = 'expected' in issue && issue.expected ? String(issue.expected) : issue.code === 'invalid_value' && 'values' in issue ? (issue.values as unknown[]).map(String).join(' | ') : issue.message;
  return { message: `${path.join('/') || '(top level)'}: ${issue.message}`, path, expected, ...at };
}

const ANNOTATION_KEYS: (keyof Annotation)[] = ['id', 'label', 'status', 'target', 'finding', 'fields', 'relations', 'note', 'tags', 'verdict', 'annotator', 'conflict', 'articleSha256', 'created', 'modified'];
const TARGET_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix'];

/**
 * The sidecar as written to disk: two-space indent, a fixed key order and
 * annotations sorted by position, then id — so a change shows in git as a small diff.
 */
export function serializeSidecar(s: Sidecar): string {
  const ordered = {
    $schema: s.$schema ?? SCHEMA_URL,
    version: s.version,
    article: s.article,
    annotations: [...s.annotations]
      .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end || a.id.localeCompare(b.id))
      .map((a) => {
        const out: Record<string, unknown> = {};
        for (const k of ANNOTATION_KEYS) {
          if (a[k] === undefined) continue;
          out[k] = k === 'target' ? Object.fromEntries(TARGET_KEYS.map((t) => [t, (a.target as Record<string, unknown>)[t]])) : a[k];
        }
        return out;
      }),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
