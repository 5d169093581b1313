import * as path from 'node:path';
import type { ClaimGroup, TimelinePoint } from '../core/types';
import { controlFreeLine } from '../core/text/untrusted';
import type { Style } from './style';
import { countOf } from '../core/util/countOf';

/**
 * The related-claim groups as a readable table: per topic, each claim's date,
 * article, source, figure and text, oldest first, with disagreements marked
 * (`≠` disagrees with a figure of about the same time, `Δ` differs from an earlier date).
 */
export function formatClaimGroups(groups: ClaimGroup[], st: Style, width = 160): string {
  const out: string[] = [];
  for (const g of groups) {
    const articles = new Set(g.points.map((p) => p.file)).size;
    out.push(
      st.bold(controlFreeLine(g.label)) +
        st.dim(`  [${controlFreeLine(g.topic)}]  ${g.points.length} claims in ${countOf(articles, 'article')}`) +
        (g.disagreementCount ? st.error(`  ${countOf(g.disagreementCount, 'disagreement')}`) : '') +
        (g.changeCount ? st.warn(`  ${countOf(g.changeCount, 'change')} over time`) : ''),
    );
    const rows = g.points.map((p) => [
      p.mark ?? ' ',
      when(p),
      clip(controlFreeLine(path.basename(p.file).replace(/\.txt$/, '')), 28),
      clip(p.source ? controlFreeLine(p.source) : '—', 24),
      clip(controlFreeLine(p.figureText ? figure(p) : p.kind), 22),
      controlFreeLine(p.text).trim(),
    ]);
    const widths = [1, 16, 28, 24, 22].map((w, i) => Math.min(w, Math.max(...rows.map((r) => r[i].length))));
    const used = widths.reduce((a, b) => a + b + 2, 0);
    for (const r of rows) {
      const mark = r[0] === '≠' ? st.error(r[0]) : r[0] === 'Δ' ? st.warn(r[0]) : r[0];
      const cells = r.slice(1, 5).map((c, i) => c.padEnd(widths[i + 1]));
      out.push(`  ${mark} ${cells[0]}  ${st.dim(cells[1])}  ${cells[2]}  ${st.number(cells[3])}  ${clip(r[5], Math.max(30, width - used - 4))}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function when(p: TimelinePoint): string {
  return p.date ? controlFreeLine(p.date + (p.time ? ' ' + p.time : '')) : 'undated';
}


function figure(p: TimelinePoint): string {
  const unit = p.unit && !p.figureText.includes(p.unit) ? ' ' + p.unit : '';
  return (p.approx ? '~' : '') + p.figureText + unit;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
