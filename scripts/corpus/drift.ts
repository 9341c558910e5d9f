// Drift inside a file: each function edits `lines` in place, or returns null (and leaves
// them alone) when the page has nothing it could apply to.

import { type LanguageText } from './text/index.js';
import { CorpusLocale, DEFAULT_TARGET_LOCALES, DriftEntry, DriftKind, SOURCE_LOCALE } from './types.js';
import { Random } from './random.js';
import { PageModel, RefreshRow } from './model.js';
import { DAY_MS, paddedDate, parsePaddedDate, shortDate } from './content.js';
import { Line, RenderStyle, mapLinkTarget, refreshRowLine } from './render.js';

interface DriftContext {
  lines: Line[];
  sourceLines: Line[];
  language: LanguageText;
  sourceLanguage: LanguageText;
  locale: CorpusLocale;
  style: RenderStyle;
  random: Random;
  page: PageModel;
}

type ContentDriftResult = Omit<DriftEntry, 'kind' | 'rule' | 'locale' | 'file' | 'sourceFile'>;
type ContentDriftKind = Exclude<DriftKind, 'file-missing' | 'file-orphan' | 'file-misnamed'>;

function sourceLineOf(context: DriftContext, id: string | null): number | undefined {
  if (id === null) return undefined;
  const index = context.sourceLines.findIndex((line) => line.id === id);
  return index === -1 ? undefined : index + 1;
}

function candidates(context: DriftContext, test: (line: Line) => boolean): number[] {
  return context.lines.flatMap((line, index) => (test(line) ? [index] : []));
}

function isRelativeLink(line: Line): boolean {
  return line.kind === 'link-item' && line.neutralTarget !== undefined &&
    mapLinkTarget(line.neutralTarget, '-x') !== line.neutralTarget;
}

function replaceLinkTarget(context: DriftContext, makeActual: (neutral: string) => string): ContentDriftResult | null {
  const options = candidates(context, isRelativeLink);
  if (options.length === 0) return null;
  const index = context.random.pick(options);
  const line = context.lines[index];
  const neutral = line.neutralTarget!;
  const expected = mapLinkTarget(neutral, context.locale.suffix);
  const actual = makeActual(neutral);
  const at = line.text.lastIndexOf(`](${expected})`);
  line.text = `${line.text.slice(0, at)}](${actual})${line.text.slice(at + expected.length + 3)}`;
  return {
    line: index + 1,
    column: at + 3,
    detail: `Link target \`${actual}\` instead of \`${expected}\``,
    sourceLine: sourceLineOf(context, line.id),
    expected,
    actual,
  };
}

const LABEL_IN_LINE = /^(#\s+|-\s+\[)(L\d+) - /;

function editLabel(context: DriftContext, edit: (label: string) => string, describe: string): ContentDriftResult | null {
  const options = candidates(context, (line) => (line.kind === 'l1-heading' || line.kind === 'link-item') && LABEL_IN_LINE.test(line.text));
  if (options.length === 0) return null;
  const index = context.random.pick(options);
  const line = context.lines[index];
  const match = LABEL_IN_LINE.exec(line.text)!;
  const expected = `${match[2]} - `;
  const actual = edit(match[2]);
  line.text = match[1] + actual + line.text.slice(match[0].length);
  return {
    line: index + 1,
    column: match[1].length + 1,
    detail: `${describe}: \`${expected.trim()}\` label ${actual ? `written \`${actual.trim()}\`` : 'removed'}`,
    sourceLine: sourceLineOf(context, line.id),
    expected,
    actual,
  };
}

function removeLine(context: DriftContext, index: number): void {
  context.lines.splice(index, 1);
}

/** Text positions that are prose (between two letters, outside code spans and link targets). */
function proseInsertionPoints(text: string): number[] {
  const protectedRanges: Array<[number, number]> = [];
  for (const match of text.matchAll(/`[^`]*`|\]\([^)]*\)|https?:\/\/\S+/g)) {
    protectedRanges.push([match.index!, match.index! + match[0].length]);
  }
  const points: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!/\p{L}/u.test(text[i - 1]) || !/\p{L}/u.test(text[i])) continue;
    if (protectedRanges.some(([start, end]) => i > start && i < end)) continue;
    points.push(i);
  }
  return points;
}

const NUMBER_TOKEN = /(?<![\w.,/#-])\d{1,3}(?:,\d{3})*(?![\w.,/-]|,\d)/g;

export const CONTENT_DRIFTS: Record<ContentDriftKind, (context: DriftContext) => ContentDriftResult | null> = {
  'link-no-suffix': (context) => {
    const result = replaceLinkTarget(context, (neutral) => neutral);
    if (result) result.detail = `Link target \`${result.actual}\` has no \`${context.locale.suffix}\` suffix (points at the ${SOURCE_LOCALE.locale} page); expected \`${result.expected}\``;
    return result;
  },

  'link-wrong-suffix': (context) => {
    const others = DEFAULT_TARGET_LOCALES.filter((locale) => locale.suffix !== context.locale.suffix);
    const other = context.random.pick(others);
    const result = replaceLinkTarget(context, (neutral) => mapLinkTarget(neutral, other.suffix));
    if (result) result.detail = `Link target \`${result.actual}\` has the ${other.locale} suffix \`${other.suffix}\`; expected \`${result.expected}\``;
    return result;
  },

  'label-lost': (context) => editLabel(context, () => '', 'Lost label'),
  'label-en-dash': (context) => editLabel(context, (label) => `${label} – `, 'En dash in label'),
  'label-malformed': (context) =>
    editLabel(context, (label) => (context.random.chance(0.5) ? `${label} -` : `${label}- `), 'Malformed label'),

  'section-missing': (context) => {
    const sections = [...new Set(context.lines.filter((line) => line.kind === 'l1-heading').map((line) => line.section))];
    if (sections.length < 2) return null;
    const section = context.random.pick(sections);
    const first = context.lines.findIndex((line) => line.section === section);
    const heading = context.lines[first];
    const count = context.lines.filter((line) => line.section === section).length;
    context.lines.splice(first, count);
    const linkCount = context.page.sections[section].links.length;
    return {
      line: first + 1,
      lineMarks: 'removal',
      detail: `L1 section ${section + 1} of ${sections.length} (\`${heading.text}\`, ${linkCount} links, ${count} lines) is missing; the line shown is where it would start`,
      sourceLine: sourceLineOf(context, heading.id),
      expected: heading.text,
    };
  },

  'refresh-row-missing': (context) => {
    const options = candidates(context, (line) => line.kind === 'refresh-row');
    if (options.length < 2) return null;
    const index = context.random.pick(options);
    const row = context.lines[index];
    const date = row.id!.replace('refresh:row:', '');
    removeLine(context, index);
    return {
      line: index + 1,
      lineMarks: 'removal',
      detail: `Change-log row of ${date} is missing (${options.length - 1} of ${options.length} rows left); the line shown is where it would be`,
      sourceLine: sourceLineOf(context, row.id),
      expected: date,
    };
  },

  'refresh-row-extra': (context) => {
    const options = candidates(context, (line) => line.kind === 'refresh-row');
    if (options.length === 0) return null;
    const newest = Math.max(...context.page.refresh.map((row) => parsePaddedDate(row.date)));
    const row: RefreshRow = {
      date: paddedDate(newest + context.random.int(3, 180)),
      author: context.page.frontmatter.find((entry) => entry.key === 'author')!.value,
      change: context.random.pick([0, 1, 3, 4, 7]),
    };
    const index = options[0];
    context.lines.splice(index, 0, { text: refreshRowLine(row, context.language, context.style.tightTables), kind: 'refresh-row', section: -2, id: null });
    return {
      line: index + 1,
      detail: `Extra change-log row dated ${row.date}, later than every ${SOURCE_LOCALE.locale} row`,
      actual: row.date,
    };
  },

  'frontmatter-value-changed': (context) => {
    const index = context.lines.findIndex((line) => line.id === 'fm:ms.date');
    if (index === -1) return null;
    const line = context.lines[index];
    const expected = line.text.slice('ms.date: '.length);
    const [month, date, year] = expected.split('/').map(Number);
    const shifted = Date.UTC(year, month - 1, date) / DAY_MS + context.random.pick([-1, 1]) * context.random.int(1, 400);
    const actual = shortDate(shifted);
    line.text = `ms.date: ${actual}`;
    return {
      line: index + 1,
      column: 'ms.date: '.length + 1,
      detail: `Non-translatable front matter \`ms.date\` is ${actual}; expected ${expected}`,
      sourceLine: sourceLineOf(context, line.id),
      expected,
      actual,
    };
  },

  'frontmatter-key-missing': (context) => {
    const options = candidates(context, (line) => line.kind === 'fm-key');
    if (options.length === 0) return null;
    const index = context.random.pick(options);
    const line = context.lines[index];
    const key = line.id!.replace('fm:', '');
    removeLine(context, index);
    return {
      line: index + 1,
      lineMarks: 'removal',
      detail: `Front matter key \`${key}\` is missing; the line shown is where it would be`,
      sourceLine: sourceLineOf(context, line.id),
      expected: key,
    };
  },

  'invisible-char': (context) => {
    const options = candidates(context, (line) => (line.kind === 'paragraph' || line.kind === 'link-description') && proseInsertionPoints(line.text).length > 0);
    if (options.length === 0) return null;
    const index = context.random.pick(options);
    const line = context.lines[index];
    const at = context.random.pick(proseInsertionPoints(line.text));
    line.text = `${line.text.slice(0, at)}\u200b${line.text.slice(at)}`;
    return { line: index + 1, column: at + 1, detail: 'Zero-width space (U+200B) inside a word', actual: '\u200b' };
  },

  'number-changed': (context) => {
    const options = candidates(context, (line) => line.kind === 'paragraph' && [...line.text.matchAll(NUMBER_TOKEN)].length > 0);
    if (options.length === 0) return null;
    const index = context.random.pick(options);
    const line = context.lines[index];
    const match = context.random.pick([...line.text.matchAll(NUMBER_TOKEN)]);
    const expected = match[0];
    const actual = String(Number(expected.replace(/,/g, '')) + context.random.int(1, 9));
    line.text = line.text.slice(0, match.index!) + actual + line.text.slice(match.index! + expected.length);
    return {
      line: index + 1,
      column: match.index! + 1,
      detail: `Number ${expected} of the canonical paragraph is written ${actual}`,
      sourceLine: sourceLineOf(context, line.id),
      expected,
      actual,
    };
  },

  'paragraph-untranslated': (context) => {
    if (context.locale.locale === SOURCE_LOCALE.locale) return null;
    const options = candidates(context, (line) => line.kind === 'paragraph' && line.id !== null && sourceLineOf(context, line.id) !== undefined);
    if (options.length === 0) return null;
    const index = context.random.pick(options);
    const line = context.lines[index];
    const sourceLine = sourceLineOf(context, line.id)!;
    line.text = context.sourceLines[sourceLine - 1].text;
    return { line: index + 1, detail: `Paragraph left in ${context.sourceLanguage.locale} (copied from the source)`, sourceLine };
  },

  'task-row-missing': (context) => {
    const options = candidates(context, (line) => line.kind === 'task-row');
    if (options.length < 2) return null;
    const index = context.random.pick(options);
    const line = context.lines[index];
    const id = line.id!.replace(/^s\d+:task:/, '');
    removeLine(context, index);
    return {
      line: index + 1,
      lineMarks: 'removal',
      detail: `Task table row ${id} is missing; the line shown is where it would be`,
      sourceLine: sourceLineOf(context, line.id),
      expected: id,
    };
  },
};
