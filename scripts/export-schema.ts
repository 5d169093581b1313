// `npm run schema`: writes the JSON Schemas of the sidecars and of annotation-sets.json,
// generated from the zod schemas, to schemas/ (committed; tests check they are current).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sidecarJsonSchema } from '../src/core/annotations/schema';
import { setsJsonSchema } from '../src/core/export/sets';
import { repoRoot } from './eval/types';

export function schemaText(): string {
  return JSON.stringify(sidecarJsonSchema(), null, 2) + '\n';
}

export function setsSchemaText(): string {
  return JSON.stringify(setsJsonSchema(), null, 2) + '\n';
}

if (require.main === module) {
  const target = path.join(repoRoot(), 'schemas', 'annotations.schema.json');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, schemaText());
  const sets = path.join(repoRoot(), 'schemas', 'annotation-sets.schema.json');
  fs.writeFileSync(sets, setsSchemaText());
  console.log(`wrote ${target} and ${sets}`);
}
