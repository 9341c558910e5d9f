// The language-neutral page model: every page is built once as this model, then rendered
// per locale, so a locale file without drift is structurally identical to its source.


export type NounRef = { vocab: number } | { literal: string };

export interface NounPhrase {
  head: NounRef;
  adjective: number | null;
  coordinated: { conjunction: number; noun: NounRef } | null;
}

export type TokenPhrase =
  | { kind: 'days' | 'seats' | 'percent' | 'ticket'; value: string }
  | { kind: 'run' | 'setting'; code: string };

export type Sentence =
  | {
      kind: 'clause';
      subject: NounPhrase;
      verb: number;
      object: NounPhrase;
      adjuncts: Array<{ preposition: number; object: NounPhrase }>;
      token: TokenPhrase | null;
    }
  | { kind: 'see'; guide: number; url: string };

export type Paragraph = Sentence[];

export type LabelText =
  | { kind: 'status'; index: number }
  | { kind: 'reason'; index: number }
  | { kind: 'area'; area: number; track: number | null }
  | { kind: 'playbook' };

export interface LinkItem {
  text: LabelText;
  labelled: boolean;
  /** Neutral (source-form) target relative to the page, possibly with `#anchor`. */
  target: string;
  description: Paragraph;
  automation: Paragraph | null;
}

export interface TaskRow {
  id: number;
  task: Paragraph;
  owner: string;
  due: string;
}

export interface L1Section {
  heading: LabelText;
  labelled: boolean;
  intro: Paragraph;
  links: LinkItem[];
  tasks: { intro: Paragraph; rows: TaskRow[] } | null;
  productNotes: Array<{ product: string; body: Paragraph }>;
}

export interface RefreshRow {
  date: string;
  author: string;
  change: number;
}

export type PageTitle = { kind: 'leaf'; status: number; reason: number } | { kind: 'index'; area: number | null; track: number | null };

export interface PageModel {
  /** Path relative to the source dir, neutral (no suffix), forward slashes. */
  key: string;
  title: PageTitle;
  frontmatter: Array<{ key: string; value: string }>;
  sections: L1Section[];
  refresh: RefreshRow[];
}

export type SizeClass = 'small' | 'medium' | 'large' | 'huge';

export interface LeafPlan {
  key: string;
  dir: string;
  status: number;
  reason: number;
  products: string[];
  size: SizeClass;
}

export interface DirPlan {
  dir: string;
  area: number;
  track: number | null;
  leaves: LeafPlan[];
}

export interface Layout {
  dirs: DirPlan[];
  leaves: LeafPlan[];
}
