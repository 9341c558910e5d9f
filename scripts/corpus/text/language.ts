// The shape of one language's phrase tables (scripts/corpus/text/<locale>.ts).

export type WordOrder = 'svo' | 'japanese' | 'chinese';

export interface LanguageText {
  locale: string;
  /** Where the verb and the particles go. */
  wordOrder: WordOrder;
  /** en-US puts "the" before nouns; de/fr/es/pt nouns carry their article; ja/zh have none. */
  articles: 'separate' | 'embedded' | 'none';
  adjectivePosition: 'before' | 'after';
  sentenceEnd: string;
  /** Between sentences and words: a space, or nothing for CJK. */
  wordJoin: string;
  nouns: string[];
  adjectives: string[];
  verbs: string[];
  /** ja: postpositions (follow the noun); zh: `…` marks where the noun goes. */
  prepositions: string[];
  conjunctions: string[];
  statuses: string[];
  reasons: string[];
  areas: string[];
  tracks: string[];
  changes: string[];
  guideTitles: string[];
  ui: {
    refreshSummary: string;
    date: string;
    whoChanged: string;
    whatChanged: string;
    home: string;
    taskList: string;
    id: string;
    task: string;
    owner: string;
    due: string;
    automation: string;
    playbook: string;
  };
  /** `{reason}`, `{status}`, `{area}`, `{n}`, `{c}`, `{t}`, `{u}` are filled in; tokens stay verbatim. */
  templates: {
    description: string;
    indexTitle: string;
    indexDescription: string;
    days: string;
    seats: string;
    percent: string;
    ticket: string;
    run: string;
    setting: string;
    see: string;
  };
}
