/**
 * Offsets in other tools' formats: brat, Label Studio and the W3C
 * TextPositionSelector count Unicode code points (Python string indices; Label
 * Studio's own end-to-end test puts "test" at 21–25 in "🐱 Warning: This is a test
 * text"); doccano and WebAnno TSV count UTF-16 code units, as this project does
 * (JavaScript and Java string indices). The two differ after any character outside
 * the Basic Multilingual Plane (emoji), so the formats that count code points
 * convert at the edge and everything inside stays in UTF-16.
 */
export class OffsetMap {
  private readonly toPoint: Int32Array;
  private readonly toUnit: number[];
  constructor(text: string) {
    this.toPoint = new Int32Array(text.length + 1);
    this.toUnit = [];
    let p = 0;
    for (let u = 0; u < text.length; u++) {
      this.toPoint[u] = p;
      this.toUnit[p] = u;
      const c = text.charCodeAt(u);
      if (c >= 0xd800 && c <= 0xdbff && u + 1 < text.length) {
        const d = text.charCodeAt(u + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.toPoint[u + 1] = p;
          u++;
        }
      }
      p++;
    }
    this.toPoint[text.length] = p;
    this.toUnit[p] = text.length;
  }
  codePoint(unit: number): number {
    return this.toPoint[unit];
  }
  /** The text's length in code points. */
  get codePoints(): number {
    return this.toUnit.length - 1;
  }
  /** The text between two code-point offsets, or undefined where either is not inside it. */
  slice(text: string, startPoint: number, endPoint: number): string | undefined {
    const a = this.unitOrMissing(startPoint);
    const b = this.unitOrMissing(endPoint);
    return a >= 0 && b >= 0 ? text.slice(a, b) : undefined;
  }
  /** The UTF-16 offset of a code-point offset, or -1 where it is not inside the text (a foreign file's mistake). */
  unitOrMissing(codePoint: number): number {
    return Number.isInteger(codePoint) ? (this.toUnit[codePoint] ?? -1) : -1;
  }
  unit(codePoint: number): number {
    const u = this.toUnit[codePoint];
    if (u === undefined) throw new Error(`offset ${codePoint} is outside the text`);
    return u;
  }
}

/**
 * `unit` moved off the middle of a surrogate pair (towards `toward`: -1 before the
 * pair, +1 after it), so that a slice of context never holds half a character.
 */
export function wholeCharacterBoundary(text: string, unit: number, toward: -1 | 1): number {
  if (unit <= 0 || unit >= text.length) return Math.max(0, Math.min(unit, text.length));
  const before = text.charCodeAt(unit - 1);
  const after = text.charCodeAt(unit);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return splitsPair ? unit + (toward < 0 ? -1 : 1) : unit;
}
