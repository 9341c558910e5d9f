// Offsets <-> line/column for one text, so elements found by scanning text (invisible
// characters, front-matter keys) get the same 1-based positions mdast gives its nodes.
import type { Point, Span } from './types.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }

  span(start: number, end: number): Span {
    return { start: this.point(start), end: this.point(end) };
  }
}

/** The span of an mdast node (all nodes from remark-parse carry positions). */
export function nodeSpan(node: { position?: { start: Point | { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } }): Span {
  const p = node.position!;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}
