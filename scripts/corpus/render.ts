// Rendering a page model in one language, as Markdown lines that remember what they hold
// (so drift can find a heading, a link or a table row to change).

import * as path from 'node:path';
import { type LanguageText } from './text/index.js';
import { HOME_URL, KEEP_NAMES } from './types.js';
import { Random } from './random.js';
import {
  LabelText, NounPhrase, NounRef, PageModel, PageTitle, Paragraph, RefreshRow, Sentence,
  TokenPhrase,
} from './model.js';
import { productSlug } from './pages.js';

type LineKind =
  | 'fm-open' | 'fm-comment' | 'fm-key' | 'fm-close' | 'blank'
  | 'l1-heading' | 'paragraph' | 'link-item' | 'link-description' | 'sub-heading'
  | 'task-header' | 'task-separator' | 'task-row'
  | 'refresh-heading' | 'refresh-header' | 'refresh-separator' | 'refresh-row' | 'home';

export interface Line {
  text: string;
  kind: LineKind;
  /** L1 section index; -1 front matter; -2 refresh summary and home link. */
  section: number;
  /** Identifies the element across locales (same id in source and locale renderings). */
  id: string | null;
  /** For link items: the neutral target. */
  neutralTarget?: string;
}

export interface RenderStyle {
  tightTables: boolean;
  fenceTrailingSpaces: boolean;
  commentTrailingSpaces: boolean;
  subHeadingDoubleSpace: boolean;
  dropBlankAfterHeading: boolean;
}

export const PLAIN_STYLE: RenderStyle = {
  tightTables: false,
  fenceTrailingSpaces: false,
  commentTrailingSpaces: false,
  subHeadingDoubleSpace: false,
  dropBlankAfterHeading: false,
};

export function noiseStyle(random: Random): RenderStyle {
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

export function refreshRowLine(row: RefreshRow, language: LanguageText, tight: boolean): string {
  return tableRow([row.date, row.author, language.changes[row.change]], tight);
}

export function renderPage(page: PageModel, language: LanguageText, suffix: string, style: RenderStyle): Line[] {
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

export function linesToText(lines: Line[]): string {
  return lines.map((line) => line.text).join('\n') + '\n';
}
