import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMATS } from '../src/core/export/formats';
import { GOLDEN_DIR, seedExport, seedItems } from '../test/unit/core/export/seedExports';

/**
 * `npm run golden`: rewrites test/golden/export from the current engine. Run it when
 * a change to the engine or an exporter is meant to change the output, then read
 * the git diff before committing it.
 */
const items = seedItems();
let changed = 0;
for (const format of Object.keys(FORMATS)) {
  for (const f of seedExport(format, items)) {
    const target = path.join(GOLDEN_DIR, format, f.path);
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (before === f.content) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.content);
    changed++;
    console.log(`${before === undefined ? 'added' : 'updated'} ${path.relative(process.cwd(), target)}`);
  }
}
console.log(`${changed} golden file${changed === 1 ? '' : 's'} changed`);
