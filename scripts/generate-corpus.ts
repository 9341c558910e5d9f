// A seeded generator of realistic localized content sets, with drift injected on purpose
// and recorded in drift.json, so tests and benchmarks can check that l10n-lint finds it.
//
//   node dist/scripts/generate-corpus.js --out <dir> --scale 1 --seed 42 [--locales 6]
//
// Layout of the output directory:
//   l10n-lint.config.json   one set "playbook", source en-US, target locales with suffixes
//   drift.json              the manifest of injected drift (outside the `**/*.md` globs)
//   en-US/…  de-DE/…  …     the content: index.md per directory plus leaf pages
//
// Every page is built once as a language-neutral model, then rendered per locale, so a
// locale file without drift is structurally identical to its source file. Drift is applied
// to the rendered lines of one locale file at a time, and its final line is recorded.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  AREA_SLUGS, AUDIENCES, CODE_TOKENS, FIRST_NAMES, LANGUAGES, LAST_NAMES, PRODUCTS,
  REASON_SLUGS, STATUS_SLUGS, TOPICS, TRACK_SLUGS,
  type LanguageText,
} from './corpus-text.js';

// ---------------------------------------------------------------------------
// Public types

export interface CorpusLocale {
  locale: string;
  dir: string;
  suffix: string;
}

export const SOURCE_LOCALE: CorpusLocale = { locale: 'en-US', dir: 'en-US', suffix: '' };

export const DEFAULT_TARGET_LOCALES: readonly CorpusLocale[] = [
  { locale: 'de-DE', dir: 'de-DE', suffix: '-de' },
  { locale: 'ja-JP', dir: 'ja-JP', suffix: '-jp' },
  { locale: 'pt-BR', dir: 'pt-BR', suffix: '-pr' },
  { locale: 'zh-CN', dir: 'zh-CN', suffix: '-sc' },
  { locale: 'es-ES', dir: 'es-ES', suffix: '-es' },
  { locale: 'fr-FR', dir: 'fr-FR', suffix: '-fr' },
];

export const KEEP_NAMES = ['index.md', 'toc.yml'];
export const SET_NAME = 'playbook';
export const HOME_URL = 'http://partner-docs.example.com';
export const PAGES_PER_SCALE = 64;

/** The kinds injected by default (the brief's list). */
export const DEFAULT_DRIFT_KINDS = [
  'link-no-suffix',
  'link-wrong-suffix',
  'label-lost',
  'label-en-dash',
  'section-missing',
  'refresh-row-missing',
  'refresh-row-extra',
  'frontmatter-value-changed',
  'frontmatter-key-missing',
  'invisible-char',
  'file-missing',
  'file-orphan',
  'file-misnamed',
] as const;

/** Kinds available on request (`kinds` option / `--kinds`), for the rules the default list does not reach. */
export const EXTRA_DRIFT_KINDS = [
  'label-malformed',
  'number-changed',
  'paragraph-untranslated',
  'task-row-missing',
] as const;

export type DriftKind = (typeof DEFAULT_DRIFT_KINDS)[number] | (typeof EXTRA_DRIFT_KINDS)[number];

export const ALL_DRIFT_KINDS: readonly DriftKind[] = [...DEFAULT_DRIFT_KINDS, ...EXTRA_DRIFT_KINDS];

/** The catalog rule (ARCHITECTURE.md) expected to report each kind first. */
export const DRIFT_RULES: Readonly<Record<DriftKind, string>> = {
  'link-no-suffix': 'link-target',
  'link-wrong-suffix': 'link-target',
  'label-lost': 'label-prefix',
  'label-en-dash': 'label-prefix',
  'label-malformed': 'label-prefix',
  'section-missing': 'heading-structure',
  'refresh-row-missing': 'refresh-table',
  'refresh-row-extra': 'refresh-table',
  'frontmatter-value-changed': 'frontmatter-values',
  'frontmatter-key-missing': 'frontmatter-keys',
  'invisible-char': 'invisible-chars',
  'file-missing': 'file-missing',
  'file-orphan': 'file-orphan',
  'file-misnamed': 'file-naming',
  'number-changed': 'preserved-tokens',
  'paragraph-untranslated': 'untranslated',
  'task-row-missing': 'table-structure',
};

export interface DriftEntry {
  kind: DriftKind;
  /** Catalog rule id expected to report it (others may report consequences, e.g. link-broken). */
  rule: string;
  locale: string;
  /** Relative to the output dir, forward slashes. For file-missing: the expected locale path. */
  file: string;
  /** 1-based line in `file` where the drift shows; for a removal, the line that now follows it. */
  line?: number;
  /**
   * `element`: the drifted element is on `line`. `removal`: something was removed and `line`
   * is where it would start, so a linter may fairly report it elsewhere (e.g. on the block).
   */
  lineMarks?: 'element' | 'removal';
  /** 1-based column (UTF-16 code units), when the drift is inside a line. */
  column?: number;
  detail: string;
  /** The canonical file this locale file pairs with; null for an orphan. */
  sourceFile: string | null;
  /** 1-based line of the canonical element in `sourceFile`. */
  sourceLine?: number;
  expected?: string;
  actual?: string;
  /** Findings this drift causes besides its own: links (in any file of the locale) that it breaks. */
  consequences?: DriftConsequence[];
}

export interface DriftConsequence {
  rule: 'link-broken';
  file: string;
  line: number;
  target: string;
}

export interface GenerateCorpusOptions {
  /** Output directory; created if absent. Must be empty unless `overwrite`. */
  out: string;
  /** 1 ≈ 64 source pages × 7 locales ≈ 450 files, 3 MB. Ignored when `pages` is given. */
  scale?: number;
  /** Number of source pages (including index pages), at least 3. */
  pages?: number;
  seed?: number;
  /** How many of the default target locales (1-6), or their codes. */
  locales?: number | string[];
  /** Share of locale files that get one drift each. */
  driftRate?: number;
  kinds?: readonly DriftKind[];
  /** Benign layout variation between locales (padding, trailing spaces, blank lines). */
  noise?: boolean;
  /** Replace the generator's own outputs in a non-empty `out` (other files are left alone). */
  overwrite?: boolean;
}

export interface GeneratedCorpus {
  dir: string;
  /** Markdown files written (config and manifest not counted). */
  files: number;
  /** Bytes of those Markdown files. */
  bytes: number;
  drift: DriftEntry[];
  sourcePages: number;
  locales: CorpusLocale[];
  configFile: string;
  manifestFile: string;
}

// ---------------------------------------------------------------------------
// Seeded randomness: one stream per purpose, so the drift rate does not move content.

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  static stream(seed: number, ...labels: string[]): Random {
    return new Random(fnv1a(`${seed}|${labels.join('|')}`));
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length));
  }
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][0];
  }
}

// ---------------------------------------------------------------------------
// The language-neutral page model

type NounRef = { vocab: number } | { literal: string };

interface NounPhrase {
  head: NounRef;
  adjective: number | null;
  coordinated: { conjunction: number; noun: NounRef } | null;
}

type TokenPhrase =
  | { kind: 'days' | 'seats' | 'percent' | 'ticket'; value: string }
  | { kind: 'run' | 'setting'; code: string };

type Sentence =
  | {
      kind: 'clause';
      subject: NounPhrase;
      verb: number;
      object: NounPhrase;
      adjuncts: Array<{ preposition: number; object: NounPhrase }>;
      token: TokenPhrase | null;
    }
  | { kind: 'see'; guide: number; url: string };

type Paragraph = Sentence[];

type LabelText =
  | { kind: 'status'; index: number }
  | { kind: 'reason'; index: number }
  | { kind: 'area'; area: number; track: number | null }
  | { kind: 'playbook' };

interface LinkItem {
  text: LabelText;
  labelled: boolean;
  /** Neutral (source-form) target relative to the page, possibly with `#anchor`. */
  target: string;
  description: Paragraph;
  automation: Paragraph | null;
}

interface TaskRow {
  id: number;
  task: Paragraph;
  owner: string;
  due: string;
}

interface L1Section {
  heading: LabelText;
  labelled: boolean;
  intro: Paragraph;
  links: LinkItem[];
  tasks: { intro: Paragraph; rows: TaskRow[] } | null;
  productNotes: Array<{ product: string; body: Paragraph }>;
}

interface RefreshRow {
  date: string;
  author: string;
  change: number;
}

type PageTitle = { kind: 'leaf'; status: number; reason: number } | { kind: 'index'; area: number | null; track: number | null };

interface PageModel {
  /** Path relative to the source dir, neutral (no suffix), forward slashes. */
  key: string;
  title: PageTitle;
  frontmatter: Array<{ key: string; value: string }>;
  sections: L1Section[];
  refresh: RefreshRow[];
}

type SizeClass = 'small' | 'medium' | 'large' | 'huge';

interface LeafPlan {
  key: string;
  dir: string;
  status: number;
  reason: number;
  products: string[];
  size: SizeClass;
}

interface DirPlan {
  dir: string;
  area: number;
  track: number | null;
  leaves: LeafPlan[];
}

interface Layout {
  dirs: DirPlan[];
  leaves: LeafPlan[];
}

// ---------------------------------------------------------------------------
// Layout: which directories and pages exist

const MAX_DIRS = AREA_SLUGS.length * (1 + TRACK_SLUGS.length);

function planLayout(pageCount: number, random: Random): Layout {
  const dirCount = Math.max(1, Math.min(MAX_DIRS, Math.round((pageCount - 1) / 9)));
  const leafCount = Math.max(0, pageCount - 1 - dirCount);
  const areaOrder = random.shuffle(AREA_SLUGS.map((_, index) => index));
  const dirs: DirPlan[] = [];
  for (let i = 0; i < dirCount; i++) {
    const area = areaOrder[i % areaOrder.length];
    const track = i < areaOrder.length ? null : Math.floor(i / areaOrder.length) - 1;
    const dir = track === null ? AREA_SLUGS[area] : `${AREA_SLUGS[area]}/${TRACK_SLUGS[track]}`;
    dirs.push({ dir, area, track, leaves: [] });
  }
  const leaves: LeafPlan[] = [];
  for (let d = 0; d < dirs.length; d++) {
    const dir = dirs[d];
    const count = Math.floor(leafCount / dirCount) + (d < leafCount % dirCount ? 1 : 0);
    const used = new Set<string>();
    while (dir.leaves.length < count) {
      const status = random.int(0, STATUS_SLUGS.length - 1);
      const reason = random.int(0, REASON_SLUGS.length - 1);
      const slug = `${STATUS_SLUGS[status]}-${REASON_SLUGS[reason]}`;
      if (used.has(slug)) continue;
      used.add(slug);
      const productCount = random.weighted([[0, 5], [1, 3.5], [2, 1.5]] as const);
      const leaf: LeafPlan = {
        key: `${dir.dir}/${slug}.md`,
        dir: dir.dir,
        status,
        reason,
        products: random.sample(PRODUCTS.slice(1), productCount),
        size: random.weighted([['small', 22], ['medium', 56], ['large', 17], ['huge', 5]] as const),
      };
      dir.leaves.push(leaf);
      leaves.push(leaf);
    }
    dir.leaves.sort((a, b) => a.status - b.status || a.key.localeCompare(b.key));
  }
  return { dirs, leaves };
}

// ---------------------------------------------------------------------------
// Content: sentences, paragraphs, dates, people

function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2018, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;

function dateParts(day: number): { year: number; month: number; date: number } {
  const value = new Date(day * DAY_MS);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, date: value.getUTCDate() };
}

/** `03/27/2020`, the change-log format. */
function paddedDate(day: number): string {
  const { year, month, date } = dateParts(day);
  return `${String(month).padStart(2, '0')}/${String(date).padStart(2, '0')}/${year}`;
}

/** `3/27/2020`, the ms.date format. */
function shortDate(day: number): string {
  const { year, month, date } = dateParts(day);
  return `${month}/${date}/${year}`;
}

function parsePaddedDate(text: string): number {
  const [month, date, year] = text.split('/').map(Number);
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

interface Person {
  name: string;
  alias: string;
}

function makePeople(random: Random, count: number): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  while (people.length < count) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const ascii = (text: string) => text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
    people.push({ name, alias: `v-${ascii(first).slice(0, 2)}${ascii(last).slice(0, 4)}` });
  }
  return people;
}

class ContentFactory {
  constructor(
    private readonly random: Random,
    private readonly people: Person[],
  ) {}

  private noun(allowLiteral: boolean): NounRef {
    if (allowLiteral && this.random.chance(0.12)) return { literal: this.random.pick(PRODUCTS) };
    return { vocab: this.random.int(0, LANGUAGES['en-US'].nouns.length - 1) };
  }

  private nounPhrase(allowCoordination: boolean): NounPhrase {
    const head = this.noun(true);
    const adjective = 'vocab' in head && this.random.chance(0.3)
      ? this.random.int(0, LANGUAGES['en-US'].adjectives.length - 1)
      : null;
    const coordinated = allowCoordination && this.random.chance(0.15)
      ? { conjunction: this.random.int(0, 1), noun: this.noun(false) }
      : null;
    return { head, adjective, coordinated };
  }

  private tokenPhrase(): TokenPhrase {
    const kind = this.random.pick(['days', 'seats', 'percent', 'ticket', 'run', 'setting'] as const);
    switch (kind) {
      case 'days':
        return { kind, value: String(this.random.pick([5, 7, 10, 14, 30, 45, 60, 90])) };
      case 'seats':
        return { kind, value: formatCount(this.random.int(1, 400) * 25) };
      case 'percent':
        return { kind, value: String(this.random.int(1, 19) * 5) };
      case 'ticket':
        return { kind, value: String(this.random.int(100_000, 999_999)) };
      case 'run':
      case 'setting':
        return { kind, code: this.random.pick(CODE_TOKENS) };
    }
  }

  sentence(allowSee: boolean): Sentence {
    if (allowSee && this.random.chance(0.08)) {
      return { kind: 'see', guide: this.random.int(0, 2), url: this.externalUrl() };
    }
    const adjunctCount = this.random.weighted([[0, 4], [1, 4.5], [2, 1.5]] as const);
    return {
      kind: 'clause',
      subject: this.nounPhrase(false),
      verb: this.random.int(0, LANGUAGES['en-US'].verbs.length - 1),
      object: this.nounPhrase(true),
      adjuncts: Array.from({ length: adjunctCount }, () => ({
        preposition: this.random.int(0, LANGUAGES['en-US'].prepositions.length - 1),
        object: this.nounPhrase(false),
      })),
      token: this.random.chance(0.3) ? this.tokenPhrase() : null,
    };
  }

  paragraph(min: number, max: number, allowSee = true): Paragraph {
    return Array.from({ length: this.random.int(min, max) }, () => this.sentence(allowSee));
  }

  externalUrl(): string {
    switch (this.random.int(0, 2)) {
      case 0:
        return `https://learn.example.com/fasttrack/${this.random.pick(AREA_SLUGS)}/${this.random.pick(REASON_SLUGS)}`;
      case 1:
        return `https://partner-docs.example.com/guides/${this.random.pick(STATUS_SLUGS)}`;
      default:
        return `https://status.example.com/incidents/${this.random.int(1000, 99_999)}`;
    }
  }

  person(): Person {
    return this.random.pick(this.people);
  }

  frontmatter(author: Person): Array<{ key: string; value: string }> {
    const entries = [
      { key: 'author', value: author.name },
      { key: 'ms.author', value: author.alias },
    ];
    if (this.random.chance(0.5)) entries.push({ key: 'manager', value: this.person().alias.replace(/^v-/, '') });
    entries.push({ key: 'ms.date', value: shortDate(this.random.int(FIRST_DAY, LAST_DAY)) });
    entries.push({ key: 'ms.topic', value: this.random.pick(TOPICS) });
    if (this.random.chance(0.3)) entries.push({ key: 'ms.custom', value: 'internal-playbook' });
    entries.push({ key: 'ft.audience', value: this.random.pick(AUDIENCES) });
    return entries;
  }

  refresh(author: Person): RefreshRow[] {
    const count = this.random.int(2, 5);
    let day = this.random.int(FIRST_DAY + 5 * 200, LAST_DAY - 250);
    const rows: RefreshRow[] = [];
    for (let i = 0; i < count; i++) {
      const oldest = i === count - 1;
      rows.push({
        date: paddedDate(day),
        author: this.random.chance(0.7) ? author.name : this.person().name,
        change: oldest && this.random.chance(0.6) ? 5 : this.random.pick([0, 1, 2, 3, 4, 6, 7, 8, 9]),
      });
      day -= this.random.int(20, 200);
    }
    return rows;
  }

  taskRows(count: number): TaskRow[] {
    let id = this.random.int(1000, 8000);
    let due = this.random.int(FIRST_DAY, LAST_DAY - 400);
    return Array.from({ length: count }, () => {
      id += this.random.int(1, 7);
      due += this.random.int(0, 9);
      return { id, task: this.paragraph(1, 2, false), owner: this.person().name, due: paddedDate(due) };
    });
  }
}

// ---------------------------------------------------------------------------
// Building page models

interface SizeProfile {
  sections: [number, number];
  links: [number, number];
  intro: [number, number];
  description: [number, number];
  taskRows: [number, number] | null;
  taskChance: number;
}

// Calibrated so that scale 1 (64 pages × 7 locales) comes to about 3 MB, pages 2-15 KB.
const SIZE_PROFILES: Record<SizeClass, SizeProfile> = {
  small: { sections: [3, 3], links: [2, 3], intro: [1, 3], description: [1, 2], taskRows: null, taskChance: 0 },
  medium: { sections: [3, 5], links: [3, 6], intro: [2, 4], description: [1, 3], taskRows: [10, 16], taskChance: 0.25 },
  large: { sections: [4, 6], links: [4, 7], intro: [2, 4], description: [1, 3], taskRows: [14, 30], taskChance: 0.75 },
  huge: { sections: [5, 6], links: [5, 8], intro: [3, 5], description: [2, 3], taskRows: [35, 50], taskChance: 1 },
};

function relativeTarget(fromDir: string, toKey: string): string {
  return path.posix.relative(fromDir, toKey) || path.posix.basename(toKey);
}

export function productSlug(product: string): string {
  return product.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function buildLeafPage(plan: LeafPlan, layout: Layout, factory: ContentFactory, random: Random): PageModel {
  const profile = SIZE_PROFILES[plan.size];
  const sectionCount = random.int(...profile.sections);
  const statuses = random.sample(STATUS_SLUGS.map((_, index) => index), sectionCount).sort((a, b) => a - b);
  const sameDir = layout.leaves.filter((leaf) => leaf.dir === plan.dir && leaf.key !== plan.key);
  const elsewhere = layout.leaves.filter((leaf) => leaf.dir !== plan.dir);

  // Targets are drawn without repetition inside a section: the aligner pairs links by
  // target, and a real page rarely lists the same page twice under one heading.
  const linksFor = (sectionStatus: number): LinkItem[] => {
    const used = new Set<string>();
    return Array.from({ length: random.int(...profile.links) }, (): LinkItem | null => {
      const unused = (pool: LeafPlan[]) => pool.filter((leaf) => !used.has(leaf.key));
      const preferred = unused(sameDir.filter((leaf) => leaf.status === sectionStatus));
      const pool = unused(elsewhere).length > 0 && random.chance(0.1) ? unused(elsewhere)
        : preferred.length > 0 && random.chance(0.7) ? preferred
        : unused(sameDir).length > 0 ? unused(sameDir) : unused(elsewhere);
      if (pool.length === 0) return null;
      const target = random.pick(pool);
      used.add(target.key);
      let href = relativeTarget(plan.dir, target.key);
      if (target.products.length > 0 && random.chance(0.2)) href += `#${productSlug(random.pick(target.products))}`;
      return {
        text: { kind: 'reason', index: target.reason },
        labelled: random.chance(0.96),
        target: href,
        description: factory.paragraph(...profile.description, false),
        automation: random.chance(0.07) ? factory.paragraph(1, 1, false) : null,
      };
    }).filter((link): link is LinkItem => link !== null);
  };

  const sections: L1Section[] = statuses.map((status) => ({
    heading: { kind: 'status', index: status },
    labelled: true,
    intro: factory.paragraph(...profile.intro),
    links: linksFor(status),
    tasks: null,
    productNotes: [],
  }));
  if (profile.taskRows && random.chance(profile.taskChance)) {
    random.pick(sections).tasks = { intro: factory.paragraph(1, 2), rows: factory.taskRows(random.int(...profile.taskRows)) };
  }
  for (const product of plan.products) {
    random.pick(sections).productNotes.push({ product, body: factory.paragraph(2, 4) });
  }
  const author = factory.person();
  return {
    key: plan.key,
    title: { kind: 'leaf', status: plan.status, reason: plan.reason },
    frontmatter: factory.frontmatter(author),
    sections,
    refresh: factory.refresh(author),
  };
}

function buildDirIndex(dir: DirPlan, factory: ContentFactory): PageModel {
  const statuses = [...new Set(dir.leaves.map((leaf) => leaf.status))].sort((a, b) => a - b);
  const linkItem = (text: LabelText, target: string): LinkItem => ({
    text,
    labelled: true,
    target,
    description: factory.paragraph(1, 2, false),
    automation: null,
  });
  const sections: L1Section[] = statuses.map((status) => ({
    heading: { kind: 'status', index: status },
    labelled: true,
    intro: factory.paragraph(1, 2),
    links: dir.leaves
      .filter((leaf) => leaf.status === status)
      .map((leaf) => linkItem({ kind: 'reason', index: leaf.reason }, relativeTarget(dir.dir, leaf.key))),
    tasks: null,
    productNotes: [],
  }));
  if (sections.length === 0) {
    sections.push({ heading: { kind: 'status', index: 0 }, labelled: true, intro: factory.paragraph(1, 2), links: [], tasks: null, productNotes: [] });
  }
  sections[0].links.unshift(linkItem({ kind: 'playbook' }, relativeTarget(dir.dir, 'index.md')));
  const author = factory.person();
  return {
    key: `${dir.dir}/index.md`,
    title: { kind: 'index', area: dir.area, track: dir.track },
    frontmatter: factory.frontmatter(author),
    sections,
    refresh: factory.refresh(author),
  };
}

function buildRootIndex(layout: Layout, factory: ContentFactory): PageModel {
  const areas = [...new Set(layout.dirs.map((dir) => dir.area))];
  const sections: L1Section[] = areas.map((area) => ({
    heading: { kind: 'area', area, track: null },
    labelled: true,
    intro: factory.paragraph(1, 2),
    links: layout.dirs
      .filter((dir) => dir.area === area)
      .map((dir) => ({
        text: { kind: 'area', area: dir.area, track: dir.track } as LabelText,
        labelled: true,
        target: `${dir.dir}/index.md`,
        description: factory.paragraph(1, 1, false),
        automation: null,
      })),
    tasks: null,
    productNotes: [],
  }));
  const author = factory.person();
  return {
    key: 'index.md',
    title: { kind: 'index', area: null, track: null },
    frontmatter: factory.frontmatter(author),
    sections,
    refresh: factory.refresh(author),
  };
}

// ---------------------------------------------------------------------------
// Rendering a model in one language

type LineKind =
  | 'fm-open' | 'fm-comment' | 'fm-key' | 'fm-close' | 'blank'
  | 'l1-heading' | 'paragraph' | 'link-item' | 'link-description' | 'sub-heading'
  | 'task-header' | 'task-separator' | 'task-row'
  | 'refresh-heading' | 'refresh-header' | 'refresh-separator' | 'refresh-row' | 'home';

interface Line {
  text: string;
  kind: LineKind;
  /** L1 section index; -1 front matter; -2 refresh summary and home link. */
  section: number;
  /** Identifies the element across locales (same id in source and locale renderings). */
  id: string | null;
  /** For link items: the neutral target. */
  neutralTarget?: string;
}

interface RenderStyle {
  tightTables: boolean;
  fenceTrailingSpaces: boolean;
  commentTrailingSpaces: boolean;
  subHeadingDoubleSpace: boolean;
  dropBlankAfterHeading: boolean;
}

const PLAIN_STYLE: RenderStyle = {
  tightTables: false,
  fenceTrailingSpaces: false,
  commentTrailingSpaces: false,
  subHeadingDoubleSpace: false,
  dropBlankAfterHeading: false,
};

function noiseStyle(random: Random): RenderStyle {
  return {
    tightTables: random.chance(0.25),
    fenceTrailingSpaces: random.chance(0.15),
    commentTrailingSpaces: random.chance(0.3),
    subHeadingDoubleSpace: random.chance(0.1),
    dropBlankAfterHeading: random.chance(0.15),
  };
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** Concatenates CJK fragments, keeping a space between CJK and Latin words, as the seeds do. */
function joinCjk(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    const last = out.slice(-1);
    const first = part[0];
    const needsSpace = out !== '' && last !== ' ' && first !== ' ' &&
      ((CJK.test(last) && /[A-Za-z0-9`[]/.test(first)) || (/[A-Za-z0-9`)\]%]/.test(last) && CJK.test(first)));
    out += needsSpace ? ` ${part}` : part;
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

class TextRenderer {
  constructor(private readonly language: LanguageText) {}

  private noun(ref: NounRef): string {
    return 'literal' in ref ? ref.literal : this.language.nouns[ref.vocab];
  }

  private nounPhrase(phrase: NounPhrase): string {
    const { language } = this;
    const head = this.noun(phrase.head);
    const adjective = phrase.adjective === null ? null : language.adjectives[phrase.adjective];
    let text: string;
    if (language.articles === 'separate') {
      const article = 'literal' in phrase.head ? '' : 'the ';
      text = `${article}${adjective ? `${adjective} ` : ''}${head}`;
    } else if (language.articles === 'embedded') {
      if (!adjective) text = head;
      else if (language.adjectivePosition === 'after') text = `${head} ${adjective}`;
      else {
        const [article, ...rest] = head.split(' ');
        text = /^(der|die|das)$/.test(article) && rest.length > 0 ? `${article} ${adjective} ${rest.join(' ')}` : `${adjective} ${head}`;
      }
    } else {
      text = joinCjk([adjective ?? '', head]);
    }
    if (phrase.coordinated) {
      const conjunction = language.conjunctions[phrase.coordinated.conjunction];
      const second = this.noun(phrase.coordinated.noun);
      const secondWithArticle = language.articles === 'separate' && 'vocab' in phrase.coordinated.noun ? `the ${second}` : second;
      text = language.wordJoin === ' ' ? `${text} ${conjunction} ${secondWithArticle}` : joinCjk([text, conjunction, second]);
    }
    return text;
  }

  private token(token: TokenPhrase): string {
    const template = this.language.templates[token.kind];
    return 'code' in token ? fill(template, { c: token.code }) : fill(template, { n: token.value });
  }

  sentence(sentence: Sentence): string {
    const { language } = this;
    if (sentence.kind === 'see') {
      return fill(language.templates.see, { t: language.guideTitles[sentence.guide], u: sentence.url });
    }
    const subject = this.nounPhrase(sentence.subject);
    const verb = language.verbs[sentence.verb];
    const object = this.nounPhrase(sentence.object);
    const token = sentence.token ? this.token(sentence.token) : '';
    switch (language.wordOrder) {
      case 'svo': {
        const adjuncts = sentence.adjuncts.map((adjunct) => `${language.prepositions[adjunct.preposition]} ${this.nounPhrase(adjunct.object)}`);
        return capitalize([subject, verb, object, ...adjuncts, token].filter(Boolean).join(' ')) + language.sentenceEnd;
      }
      case 'japanese': {
        const adjuncts = sentence.adjuncts.map((adjunct) => joinCjk([this.nounPhrase(adjunct.object), language.prepositions[adjunct.preposition]]));
        return joinCjk([subject, 'は', token ? `${token}、` : '', ...adjuncts, object, 'を', verb, language.sentenceEnd]);
      }
      case 'chinese': {
        const adjuncts = sentence.adjuncts.map((adjunct) => {
          const [before, after = ''] = language.prepositions[adjunct.preposition].split('…');
          return joinCjk([before, this.nounPhrase(adjunct.object), after]);
        });
        return joinCjk([subject, token ? `${token}，` : '', ...adjuncts, verb, object, language.sentenceEnd]);
      }
    }
  }

  paragraph(paragraph: Paragraph): string {
    const sentences = paragraph.map((sentence) => this.sentence(sentence));
    return this.language.wordJoin === ' ' ? sentences.join(' ') : joinCjk(sentences);
  }

  label(text: LabelText): string {
    const { language } = this;
    switch (text.kind) {
      case 'status':
        return language.statuses[text.index];
      case 'reason':
        return language.reasons[text.index];
      case 'area':
        return text.track === null ? language.areas[text.area] : `${language.areas[text.area]} (${language.tracks[text.track]})`;
      case 'playbook':
        return language.ui.playbook;
    }
  }

  title(title: PageTitle): { title: string; description: string } {
    const { language } = this;
    if (title.kind === 'leaf') {
      const status = language.statuses[title.status];
      const reason = language.reasons[title.reason];
      return {
        title: `FastTrack ${language.ui.playbook} - ${status} - ${reason}`,
        description: fill(language.templates.description, { status, reason }),
      };
    }
    const area = title.area === null ? language.ui.playbook : this.label({ kind: 'area', area: title.area, track: title.track });
    return {
      title: `FastTrack ${language.ui.playbook} - ${fill(language.templates.indexTitle, { area })}`,
      description: fill(language.templates.indexDescription, { area }),
    };
  }
}

/** Quotes a YAML scalar only when a plain scalar would not parse back to the same string. */
function yamlScalar(value: string): string {
  const risky = /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) || /: |\s#|:$|\s$/.test(value);
  return risky ? JSON.stringify(value) : value;
}

/** Maps a neutral relative target to a locale's naming: `page.md#a` → `page-de.md#a`; keepNames stay. */
export function mapLinkTarget(target: string, suffix: string, keepNames: readonly string[] = KEEP_NAMES): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
  const hashAt = target.indexOf('#');
  const filePart = hashAt === -1 ? target : target.slice(0, hashAt);
  const anchor = hashAt === -1 ? '' : target.slice(hashAt);
  if (!filePart.endsWith('.md') || keepNames.includes(path.posix.basename(filePart))) return target;
  return `${filePart.slice(0, -3)}${suffix}.md${anchor}`;
}

function tableRow(cells: string[], tight: boolean): string {
  return tight ? `|${cells[0]}| ${cells.slice(1).join('| ')}|` : `| ${cells.join(' | ')} |`;
}

function tableSeparator(widths: number[], tight: boolean): string {
  return tight ? `| ${widths.map((width) => '-'.repeat(width)).join('| ')}|` : `| ${widths.map(() => '---').join(' | ')} |`;
}

function refreshRowLine(row: RefreshRow, language: LanguageText, tight: boolean): string {
  return tableRow([row.date, row.author, language.changes[row.change]], tight);
}

function renderPage(page: PageModel, language: LanguageText, suffix: string, style: RenderStyle): Line[] {
  const text = new TextRenderer(language);
  const lines: Line[] = [];
  const push = (kind: LineKind, section: number, id: string | null, content: string, extra: Partial<Line> = {}) => {
    lines.push({ text: content, kind, section, id, ...extra });
  };
  const blank = (section: number) => push('blank', section, null, '');
  const subHeading = (content: string) => (style.subHeadingDoubleSpace ? `##  ${content}` : `## ${content}`);

  const { title, description } = text.title(page.title);
  push('fm-open', -1, 'fm:open', style.fenceTrailingSpaces ? '---  ' : '---');
  push('fm-comment', -1, 'fm:comment', style.commentTrailingSpaces ? '# required metadata  ' : '# required metadata');
  push('fm-key', -1, 'fm:title', `title: ${yamlScalar(title)}`);
  push('fm-key', -1, 'fm:description', `description: ${yamlScalar(description)}`);
  for (const entry of page.frontmatter) push('fm-key', -1, `fm:${entry.key}`, `${entry.key}: ${yamlScalar(entry.value)}`);
  push('fm-close', -1, 'fm:close', '---');

  page.sections.forEach((section, s) => {
    const heading = text.label(section.heading);
    push('l1-heading', s, `s${s}:heading`, `# ${section.labelled ? `L1 - ${heading}` : heading}`);
    if (!style.dropBlankAfterHeading) blank(s);
    push('paragraph', s, `s${s}:intro`, text.paragraph(section.intro));
    blank(s);
    section.links.forEach((link, l) => {
      const label = text.label(link.text);
      const target = mapLinkTarget(link.target, suffix);
      push('link-item', s, `s${s}:link${l}`, `-  [${link.labelled ? `L2 - ${label}` : label}](${target})`, { neutralTarget: link.target });
      push('link-description', s, `s${s}:desc${l}`, `    ${text.paragraph(link.description)}`);
      if (link.automation) {
        blank(s);
        push('link-description', s, `s${s}:auto${l}`, `    ${language.ui.automation} ${text.paragraph(link.automation)}`);
      }
      blank(s);
    });
    if (section.tasks) {
      const { ui } = language;
      push('sub-heading', s, `s${s}:tasks`, subHeading(ui.taskList));
      blank(s);
      push('paragraph', s, `s${s}:tasks-intro`, text.paragraph(section.tasks.intro));
      blank(s);
      push('task-header', s, `s${s}:task-header`, tableRow([ui.id, ui.task, ui.owner, ui.due], style.tightTables));
      push('task-separator', s, `s${s}:task-separator`, tableSeparator([6, 40, 16, 10], style.tightTables));
      for (const row of section.tasks.rows) {
        push('task-row', s, `s${s}:task:${row.id}`, tableRow([String(row.id), text.paragraph(row.task), row.owner, row.due], style.tightTables));
      }
      blank(s);
    }
    for (const note of section.productNotes) {
      push('sub-heading', s, `s${s}:note:${productSlug(note.product)}`, subHeading(note.product));
      blank(s);
      push('paragraph', s, `s${s}:note-body:${productSlug(note.product)}`, text.paragraph(note.body));
      blank(s);
    }
  });

  const { ui } = language;
  push('refresh-heading', -2, 'refresh:heading', subHeading(ui.refreshSummary));
  blank(-2);
  push('refresh-header', -2, 'refresh:header', tableRow([ui.date, ui.whoChanged, ui.whatChanged], style.tightTables));
  push('refresh-separator', -2, 'refresh:separator', tableSeparator([10, 17, 16], style.tightTables));
  for (const row of page.refresh) push('refresh-row', -2, `refresh:row:${row.date}`, refreshRowLine(row, language, style.tightTables));
  blank(-2);
  push('home', -2, 'home', `[${ui.home}](${HOME_URL})`);
  return lines;
}

function linesToText(lines: Line[]): string {
  return lines.map((line) => line.text).join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// Drift inside a file: each function edits `lines` in place, or returns null (and leaves
// them alone) when the page has nothing it could apply to.

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

const CONTENT_DRIFTS: Record<ContentDriftKind, (context: DriftContext) => ContentDriftResult | null> = {
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

// ---------------------------------------------------------------------------
// Consequences: drift in one file breaks links in others (a missing or misnamed target, a
// removed anchor heading). Recording them lets a test account for every link-broken report.

function headingSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

function recordBrokenLinks(written: ReadonlyMap<string, string>, drift: DriftEntry[]): void {
  const slugCache = new Map<string, Set<string>>();
  const slugsOf = (file: string) => {
    let slugs = slugCache.get(file);
    if (!slugs) {
      slugs = new Set(written.get(file)!.split('\n').flatMap((line) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        return heading ? [headingSlug(heading[1])] : [];
      }));
      slugCache.set(file, slugs);
    }
    return slugs;
  };
  const isLinkDrift = (entry: DriftEntry) => entry.kind === 'link-no-suffix' || entry.kind === 'link-wrong-suffix';
  for (const [file, content] of written) {
    if (file.startsWith(`${SOURCE_LOCALE.dir}/`)) continue;
    content.split('\n').forEach((text, index) => {
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1];
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const [relative, anchor] = target.split('#');
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), relative));
        const line = index + 1;
        let cause: DriftEntry | undefined;
        if (!written.has(resolved)) {
          cause = drift.find((entry) => isLinkDrift(entry) && entry.file === file && entry.line === line) ??
            drift.find((entry) => (entry.kind === 'file-missing' && entry.file === resolved) ||
              (entry.kind === 'file-misnamed' && entry.expected === resolved));
        } else if (anchor !== undefined && !slugsOf(resolved).has(anchor)) {
          cause = drift.find((entry) => entry.kind === 'section-missing' && entry.file === resolved);
        } else {
          continue;
        }
        // Content is generated to link only to pages and headings that exist; a broken link
        // no drift explains would make every manifest-based test lie, so fail loudly.
        if (!cause) throw new Error(`generate-corpus bug: ${file}:${line} links to ${target}, and no recorded drift explains it`);
        (cause.consequences ??= []).push({ rule: 'link-broken', file, line, target });
      }
    });
  }
}

// ---------------------------------------------------------------------------
// The generator

function resolveLocales(option: number | string[] | undefined): CorpusLocale[] {
  if (option === undefined) return [...DEFAULT_TARGET_LOCALES];
  if (typeof option === 'number') {
    if (!Number.isInteger(option) || option < 1 || option > DEFAULT_TARGET_LOCALES.length) {
      throw new Error(`locales must be an integer from 1 to ${DEFAULT_TARGET_LOCALES.length}, got ${option}`);
    }
    return DEFAULT_TARGET_LOCALES.slice(0, option);
  }
  return option.map((code) => {
    const locale = DEFAULT_TARGET_LOCALES.find((candidate) => candidate.locale === code);
    if (!locale) throw new Error(`unknown locale ${code}; known: ${DEFAULT_TARGET_LOCALES.map((l) => l.locale).join(', ')}`);
    return locale;
  });
}

export function corpusConfig(locales: readonly CorpusLocale[]): object {
  return {
    sets: [
      {
        name: SET_NAME,
        source: { ...SOURCE_LOCALE },
        locales: locales.map((locale) => ({ ...locale })),
        include: ['**/*.md'],
        exclude: [],
        keepNames: [...KEEP_NAMES],
      },
    ],
    frontmatter: { translatable: ['title', 'description'] },
    labels: { pattern: '^L\\d+ - ' },
  };
}

function localePath(locale: CorpusLocale, key: string): string {
  const base = path.posix.basename(key);
  const name = KEEP_NAMES.includes(base) ? key : `${key.slice(0, -3)}${locale.suffix}.md`;
  return `${locale.dir}/${name}`;
}

function prepareOutputDir(out: string, overwrite: boolean): void {
  fs.mkdirSync(out, { recursive: true });
  const ours = new Set([SOURCE_LOCALE.dir, ...DEFAULT_TARGET_LOCALES.map((locale) => locale.dir), 'l10n-lint.config.json', 'drift.json']);
  const present = fs.readdirSync(out);
  if (present.length === 0) return;
  if (!overwrite) throw new Error(`${out} is not empty; pass overwrite (--force) to replace the generated content`);
  const foreign = present.filter((name) => !ours.has(name));
  if (foreign.length > 0) throw new Error(`${out} holds files the generator did not write (${foreign.slice(0, 3).join(', ')}); refusing to overwrite`);
  for (const name of present) fs.rmSync(path.join(out, name), { recursive: true, force: true });
}

interface LocaleFileContext {
  seed: number;
  page: PageModel;
  locale: CorpusLocale;
  /** Where the locale file belongs. */
  file: string;
  sourceFile: string;
  /** The rendered locale file; content drift edits it in place. */
  lines: Line[];
  sourceLines: Line[];
  style: RenderStyle;
  layout: Layout;
  people: Person[];
}

interface DriftOutcome {
  entry: DriftEntry;
  /** Where to write the locale file: undefined = its own path, null = not at all. */
  writeAs?: string | null;
  /** A page to write that has no source file. */
  orphan?: { file: string; page: PageModel };
}

/**
 * Picks one applicable kind for a locale file (in a per-file random order) and applies it.
 * Null when none of the requested kinds fits (e.g. only task-row-missing, on a page without tasks).
 */
function driftLocaleFile(kinds: readonly DriftKind[], context: LocaleFileContext): DriftOutcome | null {
  const { seed, page, locale, file, sourceFile } = context;
  const random = Random.stream(seed, 'drift', file);
  const base = { locale: locale.locale, sourceFile };
  for (const kind of random.shuffle(kinds)) {
    const rule = DRIFT_RULES[kind];
    if (kind === 'file-missing') {
      return {
        entry: { kind, rule, ...base, file, detail: `No ${locale.locale} translation of ${sourceFile}; expected ${file}`, expected: file },
        writeAs: null,
      };
    }
    if (kind === 'file-misnamed') {
      if (KEEP_NAMES.includes(path.posix.basename(page.key))) continue;
      const misnamed = `${locale.dir}/${page.key}`;
      return {
        entry: {
          kind, rule, ...base, file: misnamed,
          detail: `${locale.locale} file is named without its \`${locale.suffix}\` suffix; expected ${file}`,
          expected: file, actual: misnamed,
        },
        writeAs: misnamed,
      };
    }
    if (kind === 'file-orphan') {
      // The orphan is a leaf page that exists only in this locale, in the same directory.
      const pageDir = path.posix.dirname(page.key) === '.' ? '' : path.posix.dirname(page.key);
      const orphanKey = `${pageDir ? `${pageDir}/` : ''}retired-${path.posix.basename(page.key, '.md')}.md`;
      const orphanFile = localePath(locale, orphanKey);
      const model = context.layout.leaves.find((candidate) => candidate.key === page.key) ?? context.layout.leaves[0];
      if (!model) continue;
      const orphanRandom = Random.stream(seed, 'orphan', orphanFile);
      const orphanPage = buildLeafPage({ ...model, key: orphanKey, dir: pageDir }, context.layout, new ContentFactory(orphanRandom, context.people), orphanRandom);
      return {
        entry: {
          kind, rule, locale: locale.locale, file: orphanFile, sourceFile: null,
          detail: `${locale.locale} file has no source file (${localePath(SOURCE_LOCALE, orphanKey)} does not exist)`,
          actual: orphanFile,
        },
        orphan: { file: orphanFile, page: orphanPage },
      };
    }
    const result = CONTENT_DRIFTS[kind]({
      lines: context.lines,
      sourceLines: context.sourceLines,
      language: LANGUAGES[locale.locale],
      sourceLanguage: LANGUAGES[SOURCE_LOCALE.locale],
      locale,
      style: context.style,
      random,
      page,
    });
    if (result) return { entry: { kind, rule, ...base, file, lineMarks: 'element', ...result } };
  }
  return null;
}

export function generateCorpus(options: GenerateCorpusOptions): GeneratedCorpus {
  const seed = options.seed ?? 42;
  const scale = options.scale ?? 1;
  const pageCount = options.pages ?? Math.round(PAGES_PER_SCALE * scale);
  if (!Number.isInteger(pageCount) || pageCount < 3) throw new Error(`need at least 3 source pages, got ${pageCount}`);
  const driftRate = options.driftRate ?? 0.15;
  if (!(driftRate >= 0 && driftRate <= 1)) throw new Error(`driftRate must be in [0, 1], got ${driftRate}`);
  const kinds = [...(options.kinds ?? DEFAULT_DRIFT_KINDS)];
  for (const kind of kinds) if (!ALL_DRIFT_KINDS.includes(kind)) throw new Error(`unknown drift kind ${kind}`);
  const noise = options.noise ?? true;
  const locales = resolveLocales(options.locales);
  const out = path.resolve(options.out);
  prepareOutputDir(out, options.overwrite ?? false);

  const layoutRandom = Random.stream(seed, 'layout');
  const layout = planLayout(pageCount, layoutRandom);
  const people = makePeople(Random.stream(seed, 'people'), 12);
  const pageFor = (key: string) => {
    const random = Random.stream(seed, 'page', key);
    return { random, factory: new ContentFactory(random, people) };
  };
  const pages: PageModel[] = [];
  {
    const { factory } = pageFor('index.md');
    pages.push(buildRootIndex(layout, factory));
  }
  for (const dir of layout.dirs) {
    pages.push(buildDirIndex(dir, pageFor(`${dir.dir}/index.md`).factory));
    for (const leaf of dir.leaves) {
      const { random, factory } = pageFor(leaf.key);
      pages.push(buildLeafPage(leaf, layout, factory, random));
    }
  }

  const sourceLanguage = LANGUAGES[SOURCE_LOCALE.locale];
  const driftRandom = Random.stream(seed, 'drift');
  const drift: DriftEntry[] = [];
  const written = new Map<string, string>();
  let files = 0;
  let bytes = 0;
  const write = (relative: string, content: string) => {
    const absolute = path.join(out, relative);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, content);
    written.set(relative, content);
    files += 1;
    bytes += Buffer.byteLength(content);
  };
  const styleFor = (relative: string) => (noise ? noiseStyle(Random.stream(seed, 'noise', relative)) : PLAIN_STYLE);

  for (const page of pages) {
    const sourceFile = localePath(SOURCE_LOCALE, page.key);
    const sourceLines = renderPage(page, sourceLanguage, SOURCE_LOCALE.suffix, styleFor(sourceFile));
    write(sourceFile, linesToText(sourceLines));

    for (const locale of locales) {
      const language = LANGUAGES[locale.locale];
      const file = localePath(locale, page.key);
      const style = styleFor(file);
      const lines = renderPage(page, language, locale.suffix, style);
      const outcome = kinds.length > 0 && driftRandom.chance(driftRate)
        ? driftLocaleFile(kinds, { seed, page, locale, file, sourceFile, lines, sourceLines, style, layout, people })
        : null;
      if (outcome) {
        drift.push(outcome.entry);
        if (outcome.orphan) write(outcome.orphan.file, linesToText(renderPage(outcome.orphan.page, language, locale.suffix, styleFor(outcome.orphan.file))));
      }
      const writeAs = outcome?.writeAs === undefined ? file : outcome.writeAs;
      if (writeAs !== null) write(writeAs, linesToText(lines));
    }
  }

  recordBrokenLinks(written, drift);

  const configFile = path.join(out, 'l10n-lint.config.json');
  fs.writeFileSync(configFile, `${JSON.stringify(corpusConfig(locales), null, 2)}\n`);
  const manifestFile = path.join(out, 'drift.json');
  const manifest = {
    generator: 'scripts/generate-corpus.ts',
    seed,
    sourcePages: pages.length,
    locales: locales.map((locale) => locale.locale),
    driftRate,
    kinds,
    noise,
    files,
    bytes,
    drift,
  };
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir: out, files, bytes, drift, sourcePages: pages.length, locales, configFile, manifestFile };
}

export interface SmallSetOptions {
  /** Defaults to a fresh directory under the OS temp dir; the caller removes it. */
  out?: string;
  pages?: number;
  locales?: number | string[];
  seed?: number;
  driftRate?: number;
  kinds?: readonly DriftKind[];
  noise?: boolean;
}

/** A few dozen files for unit tests: the same code path as generateCorpus with small numbers. */
export function generateSmallSet(options: SmallSetOptions = {}): GeneratedCorpus {
  const out = options.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'l10n-small-'));
  return generateCorpus({
    out,
    pages: options.pages ?? 8,
    locales: options.locales ?? 4,
    seed: options.seed ?? 1,
    driftRate: options.driftRate,
    kinds: options.kinds,
    noise: options.noise,
  });
}

// ---------------------------------------------------------------------------
// CLI

const USAGE = `usage: node dist/scripts/generate-corpus.js --out <dir> [--scale 1] [--pages n] [--seed 42]
         [--locales 6] [--drift-rate 0.15] [--kinds k1,k2] [--no-noise] [--force]
kinds: ${ALL_DRIFT_KINDS.join(', ')}`;

export function runCli(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        scale: { type: 'string' },
        pages: { type: 'string' },
        seed: { type: 'string' },
        locales: { type: 'string' },
        'drift-rate': { type: 'string' },
        kinds: { type: 'string' },
        'no-noise': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.out) {
    process.stderr.write(`--out is required\n${USAGE}\n`);
    return 2;
  }
  const number = (name: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, got ${text}`);
    return value;
  };
  try {
    const started = process.hrtime.bigint();
    const result = generateCorpus({
      out: values.out,
      scale: number('scale', values.scale),
      pages: number('pages', values.pages),
      seed: number('seed', values.seed),
      locales: number('locales', values.locales),
      driftRate: number('drift-rate', values['drift-rate']),
      kinds: values.kinds ? (values.kinds.split(',').map((kind) => kind.trim()) as DriftKind[]) : undefined,
      noise: !values['no-noise'],
      overwrite: values.force ?? false,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `wrote ${result.files} files (${(result.bytes / 1e6).toFixed(2)} MB, ${result.sourcePages} source pages, ` +
      `${result.locales.length} target locales) and ${result.drift.length} drift entries to ${result.dir} in ${seconds.toFixed(2)} s\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`generate-corpus: ${(error as Error).message}\n`);
    return 2;
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = runCli(process.argv.slice(2));
