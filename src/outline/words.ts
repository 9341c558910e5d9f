// How much text a page holds, for coverage ("words of source text behind"): the words of
// its prose blocks (paragraphs, list items, table cells, headings), counted as runs of
// non-whitespace. Code, front matter and link targets are not text to translate.
import type { BlockEl, Outline } from '../types.js';

/** Whitespace-separated words in a block's text (a CJK sentence without spaces counts as one). */
export function blockWords(block: Pick<BlockEl, 'text'>): number {
  let words = 0;
  let inWord = false;
  const text = block.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Words of every prose block of the page. */
export function outlineWords(outline: Pick<Outline, 'blocks'>): number {
  let words = 0;
  for (const block of outline.blocks) words += blockWords(block);
  return words;
}
