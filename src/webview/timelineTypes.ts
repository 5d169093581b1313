/** What the extension sends the timeline webview, and what it sends back. */
export interface TimelinePointView {
  id: string;
  day: number | null;
  date: string;
  value: number | null;
  figure: string;
  approx: boolean;
  source: string | null;
  article: string;
}

export interface TimelinePayload {
  label: string;
  summary: string;
  unit: string | null;
  points: TimelinePointView[];
  disagreements: [string, string][];
  /** Every claim that disagrees with one of about the same date (the pairs above may be the first of many). */
  disagreeing: string[];
}

/** `open` one claim; `list` the claims of a bucket (a mark standing for many) to pick one. */
export type TimelineMessage = { type: 'ready' } | { type: 'open'; id: string } | { type: 'list'; ids: string[] } | { type: 'show'; payload: TimelinePayload };
