// Examples for link-structure (docs/rules/link-structure.md shows them; test/rule-examples.test.ts runs them).
import type { RuleExample } from '../../src/types.js';

const SOURCE = '# Webhooks\n\nWebhooks send events to your endpoint.\n\n## Related\n\n- [Event types](events.md)\n- [Retry policy](retries.md)\n- [Verify signatures](signatures.md)\n';

export const examples: readonly RuleExample[] = [
  {
    title: 'A link dropped from a list, and a link the translator added',
    canonical: SOURCE,
    locale: '# Webhooks\n\nWebhooks envían eventos a su punto de conexión ([guía en vídeo](https://video.example.es/webhooks)).\n\n## Relacionado\n\n- [Tipos de eventos](events-es.md)\n- [Verificar firmas](signatures-es.md)\n',
    localeCode: 'es-ES',
    page: 'webhooks.md',
    findings: [
      'es/webhooks-es.md:3:49: Unexpected link to `https://video.example.es/webhooks`: en-US has no such link in this section. [link-structure]',
      'es/webhooks-es.md:5:1: Missing a link to `retries-es.md` in this section: en-US links `Retry policy` to `retries.md` (line 8). [link-structure]',
    ],
  },
  {
    title: "A link to the site's localized edition of an external page",
    canonical: '# Webhooks\n\nPayloads are [JSON](https://developer.mozilla.org/en-US/docs/Glossary/JSON).\n',
    locale: '# Webhooks\n\nLes charges utiles sont au format [JSON](https://developer.mozilla.org/fr/docs/Glossary/JSON).\n',
    localeCode: 'fr-FR',
    page: 'webhooks.md',
    findings: [],
  },
  {
    title: 'The same links, text translated',
    canonical: SOURCE,
    locale: '# Webhooks\n\nWebhooks senden Ereignisse an Ihren Endpunkt.\n\n## Verwandte Themen\n\n- [Ereignistypen](events-de.md)\n- [Wiederholungsrichtlinie](retries-de.md)\n- [Signaturen prüfen](signatures-de.md)\n',
    page: 'webhooks.md',
    findings: [],
  },
];
