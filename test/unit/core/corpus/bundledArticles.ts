import * as fs from 'node:fs';
import * as path from 'node:path';

/** The bundled articles (corpus/), in file order, as the corpus tests start from them. */
export const bundledArticles: { file: string; text: string }[] = (() => {
  const dir = path.join(__dirname, '../../../../../corpus');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
})();
