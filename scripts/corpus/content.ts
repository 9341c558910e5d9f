// Content: sentences, paragraphs, dates and people, drawn from the seeded streams.

import {
  AREA_SLUGS, AUDIENCES, CODE_TOKENS, FIRST_NAMES, LANGUAGES, LAST_NAMES, PRODUCTS, REASON_SLUGS,
  STATUS_SLUGS, TOPICS,
} from './text/index.js';
import { Random } from './random.js';
import { NounPhrase, NounRef, Paragraph, RefreshRow, Sentence, TaskRow, TokenPhrase } from './model.js';

function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2018, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;

function dateParts(day: number): { year: number; month: number; date: number } {
  const value = new Date(day * DAY_MS);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, date: value.getUTCDate() };
}

/** `03/27/2020`, the change-log format. */
export function paddedDate(day: number): string {
  const { year, month, date } = dateParts(day);
  return `${String(month).padStart(2, '0')}/${String(date).padStart(2, '0')}/${year}`;
}

/** `3/27/2020`, the ms.date format. */
export function shortDate(day: number): string {
  const { year, month, date } = dateParts(day);
  return `${month}/${date}/${year}`;
}

export function parsePaddedDate(text: string): number {
  const [month, date, year] = text.split('/').map(Number);
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

export interface Person {
  name: string;
  alias: string;
}

export function makePeople(random: Random, count: number): Person[] {
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

export class ContentFactory {
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
