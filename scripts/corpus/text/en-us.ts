// English phrase tables for the corpus generator: the model every other language translates
// word for word, entry by entry (./index.ts refuses to load when a list is one entry short).

import type { LanguageText } from './language.js';

export const EN_US: LanguageText = {
  locale: 'en-US',
  wordOrder: 'svo',
  articles: 'separate',
  adjectivePosition: 'before',
  sentenceEnd: '.',
  wordJoin: ' ',
  nouns: [
    'customer', 'partner', 'tenant', 'workload', 'subscription', 'deployment', 'entitlement', 'migration',
    'license', 'administrator', 'user', 'service', 'engagement', 'timeline', 'report', 'environment',
    'policy', 'requirement', 'team', 'project', 'milestone', 'issue', 'solution', 'infrastructure',
    'target date', 'mailbox', 'device', 'network', 'process', 'plan', 'status', 'request',
    'owner', 'scope', 'configuration', 'training', 'budget', 'escalation', 'feedback', 'schedule',
  ],
  adjectives: [
    'new', 'existing', 'active', 'technical', 'internal', 'required', 'current', 'hybrid',
    'critical', 'complete', 'regional', 'additional', 'previous', 'local', 'shared', 'valid',
  ],
  verbs: [
    'requires', 'reviews', 'blocks', 'supports', 'confirms', 'updates', 'tracks', 'assigns',
    'completes', 'delays', 'approves', 'configures', 'validates', 'documents', 'escalates', 'replaces',
    'affects', 'includes', 'prepares', 'schedules', 'migrates', 'enables', 'monitors', 'resolves',
  ],
  prepositions: ['before', 'after', 'with', 'for', 'during', 'within', 'without', 'from', 'through', 'across'],
  conjunctions: ['and', 'or'],
  statuses: [
    'Status unknown', 'In progress', 'No intent', 'Blocked',
    'Duplicate/invalid', 'Completed', 'On hold', 'Planned',
  ],
  reasons: [
    'Customer unresponsive', 'New subscription or workload', 'Technical onboarding and deployment', 'Migration',
    'Solution or user adoption', 'Using competitive solution', 'Using on-premises solution', 'Executive sponsorship',
    'Customer IT infrastructure and remediation', 'IT change management and resourcing', 'Legal/regulatory', 'Security/privacy (non-product)',
    'Adoption readiness', 'Product feature/capability', 'Service reliability', 'App compatibility',
    'Partner engagement', 'Billing, licensing and subscription', 'Network readiness', 'Identity integration',
    'Data residency', 'Pilot users', 'Budget approval', 'Tenant consolidation',
    'Hybrid configuration', 'Device enrollment', 'End-user training', 'Mailbox migration',
  ],
  areas: [
    'Onboarding', 'Migration', 'Security', 'Adoption', 'Licensing', 'Partners',
    'Reporting', 'Support', 'Governance', 'Compliance', 'Networking', 'Devices',
  ],
  tracks: ['Advanced', 'Field guides', 'Regional', 'Archive', 'Pilot', 'Enterprise', 'Small business', 'Public sector'],
  changes: [
    'General maintenance', 'Updated partner content', 'Added new L2 definitions', 'Fixed broken links',
    'Refreshed screenshots', 'Initial publication', 'Clarified escalation steps', 'Updated owners',
    'Reviewed for accuracy', 'Moved to new template',
  ],
  guideTitles: ['the deployment guide', 'the service description', 'the admin center documentation'],
  ui: {
    refreshSummary: 'Refresh summary',
    date: 'Date',
    whoChanged: 'Who changed',
    whatChanged: 'What changed',
    home: 'Home',
    taskList: 'Task list',
    id: 'ID',
    task: 'Task',
    owner: 'Owner',
    due: 'Due',
    automation: 'Automation:',
    playbook: 'Partner playbook',
  },
  templates: {
    description: 'Overview of {reason} for entitlements in the {status} state',
    indexTitle: '{area} homepage list',
    indexDescription: 'Statuses and reasons used in {area}',
    days: 'within {n} days',
    seats: 'for {n} seats',
    percent: 'for {n}% of users',
    ticket: 'under request {n}',
    run: 'by running `{c}`',
    setting: 'with the `{c}` setting',
    see: 'For details, see [{t}]({u}).',
  },
};
