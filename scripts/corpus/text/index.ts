// Phrase tables for the corpus generator (scripts/corpus/, scripts/generate-corpus.ts).
//
// Every list is parallel across languages: entry i of `nouns` in de-DE is the German for
// entry i in en-US. Body text is a word-for-word "translation" of the English model, so a
// locale page reads like rough machine translation in the right script (kana/kanji, hanzi,
// accented Latin), while structural labels (statuses, reasons, headings, table headers)
// are proper translations like those in /work/shared/seeds.

import type { LanguageText } from './language.js';
export type { LanguageText, WordOrder } from './language.js';
import { EN_US } from './en-us.js';
import { DE_DE } from './de-de.js';
import { JA_JP } from './ja-jp.js';
import { PT_BR } from './pt-br.js';
import { ZH_CN } from './zh-cn.js';
import { ES_ES } from './es-es.js';
import { FR_FR } from './fr-fr.js';

export const STATUS_SLUGS = [
  'status-unknown', 'in-progress', 'no-intent', 'blocked',
  'duplicate-invalid', 'completed', 'on-hold', 'planned',
];

export const REASON_SLUGS = [
  'customer-unresponsive', 'new-subscription-or-workload', 'technical-onboarding-deployment', 'migration',
  'solution-or-user-adoption', 'using-competitive-solution', 'using-on-premises-solution', 'executive-sponsorship',
  'it-infrastructure-remediation', 'it-change-management-resourcing', 'legal-regulatory', 'security-privacy',
  'adoption-readiness', 'product-feature-capability', 'service-reliability', 'app-compatibility',
  'partner-engagement', 'billing-licensing-subscription', 'network-readiness', 'identity-integration',
  'data-residency', 'pilot-users', 'budget-approval', 'tenant-consolidation',
  'hybrid-configuration', 'device-enrollment', 'end-user-training', 'mailbox-migration',
];

export const AREA_SLUGS = [
  'onboarding', 'migration', 'security', 'adoption', 'licensing', 'partners',
  'reporting', 'support', 'governance', 'compliance', 'networking', 'devices',
];

export const TRACK_SLUGS = [
  'advanced', 'field-guides', 'regional', 'archive', 'pilot', 'enterprise', 'small-business', 'public-sector',
];

/** Product names stay in English in every locale (as in the seeds) and double as anchor targets. */
export const PRODUCTS = [
  'FastTrack', 'Exchange Online', 'SharePoint Online', 'Microsoft Teams', 'OneDrive',
  'Intune', 'Azure AD Connect', 'Microsoft Defender', 'Power BI', 'Viva Engage',
];

export const CODE_TOKENS = [
  'Connect-ExchangeOnline', 'Set-MsolUser', 'Get-MgSubscribedSku', 'Start-ADSyncSyncCycle',
  'Set-CsTeamsMeetingPolicy', 'Get-MailboxStatistics', 'New-MoveRequest', 'Test-NetConnection',
  'DirSyncEnabled', 'UsageLocation', 'AllowGuestAccess', 'contoso.onmicrosoft.com',
  '/api/v2/entitlements', 'ft-status', 'Set-SPOTenant', 'Get-IntuneManagedDevice',
];

export const FIRST_NAMES = [
  'Alex', 'Mira', 'Jonas', 'Priya', 'Kenji', 'Lucía', 'Marta', 'Tomás', 'Aiko', 'Wei',
  'Fatima', 'Noah', 'Elena', 'Samuel', 'Ingrid', 'Rafael', 'Chloé', 'Dmitri', 'Hana', 'Oskar',
];

export const LAST_NAMES = [
  'Lindqvist', 'Okafor', 'Tanaka', 'Moreau', 'Castillo', 'Becker', 'Nakamura', 'Rossi',
  'Haddad', 'Novak', 'Ferreira', 'Kowalski', 'Brennan', 'Sato', 'Alvarez', 'Schmidt',
];

export const TOPICS = ['playbook', 'article', 'conceptual', 'how-to'];
export const AUDIENCES = ['partner', 'customer', 'internal'];

export const LANGUAGES: Readonly<Record<string, LanguageText>> = {
  'en-US': EN_US,
  'de-DE': DE_DE,
  'ja-JP': JA_JP,
  'pt-BR': PT_BR,
  'zh-CN': ZH_CN,
  'es-ES': ES_ES,
  'fr-FR': FR_FR,
};

// The generator indexes every list by position; a list one entry short would silently
// shift every later word, so refuse to load rather than emit skewed text.
function assertParallelTables(): void {
  const listKeys = [
    'nouns', 'adjectives', 'verbs', 'prepositions', 'conjunctions',
    'statuses', 'reasons', 'areas', 'tracks', 'changes', 'guideTitles',
  ] as const;
  const expectedLengths: Partial<Record<(typeof listKeys)[number], number>> = {
    statuses: STATUS_SLUGS.length,
    reasons: REASON_SLUGS.length,
    areas: AREA_SLUGS.length,
    tracks: TRACK_SLUGS.length,
  };
  for (const key of listKeys) {
    const expected = expectedLengths[key] ?? EN_US[key].length;
    for (const language of Object.values(LANGUAGES)) {
      if (language[key].length !== expected) {
        throw new Error(`scripts/corpus/text: ${language.locale}.${key} has ${language[key].length} entries, expected ${expected}`);
      }
    }
  }
}

assertParallelTables();
