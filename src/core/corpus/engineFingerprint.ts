import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A hash of the code and model files that produce analyses. Cached analyses live
 * under it, so any change to the engine (a rebuilt bundle, retrained weights)
 * invalidates them without anyone remembering to bump a version.
 */
export function engineFingerprint(codeFiles: string[], modelsDir?: string): string {
  const h = createHash('sha256');
  const files = [...codeFiles];
  if (modelsDir && fs.existsSync(modelsDir)) {
    for (const f of fs.readdirSync(modelsDir).sort()) files.push(path.join(modelsDir, f));
  }
  for (const f of files) {
    try {
      h.update(f.split(path.sep).pop() ?? f);
      h.update(fs.readFileSync(f));
    } catch {
      h.update('missing:' + f);
    }
  }
  return h.digest('hex');
}
