/**
 * The contents of the files an importer reads, chosen by extension rather than by
 * the names this project's exporter gives, so that a file saved by the other tool
 * (`project-3-at-2026-11-23.json`) imports as well as our own.
 */
export function filesEnding(files: Map<string, string>, extensions: string[]): [string, string][] {
  return [...files].filter(([p]) => extensions.some((e) => p.toLowerCase().endsWith(e))).sort(([a], [b]) => a.localeCompare(b));
}

/** JSON.parse with the file's name in the message. */
export function parseJson(path: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (e) {
    throw new Error(`${path} is not JSON: ${(e as Error).message}`);
  }
}
