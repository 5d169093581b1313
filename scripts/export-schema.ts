// `npm run schema`: writes the sidecar JSON Schema, generated from the zod schema,
// to schemas/annotations.schema.json (committed; a test checks it is current).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sidecarJsonSchema } from '../src/core/annotations/schema';
import { repoRoot } from './eval/types';

export function schemaText(): string {
  return JSON.stringify(sidecarJsonSchema(), null, 2) + '\n';
}

if (require.main === module) {
  const target = path.join(repoRoot(), 'schemas', 'annotations.schema.json');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, schemaText());
  console.log(`wrote ${target}`);
}
