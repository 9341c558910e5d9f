// Phrase tables for the corpus generator (scripts/generate-corpus.ts).
//
// Every list is parallel across languages: entry i of `nouns` in de-DE is the German for
// entry i in en-US. Body text is a word-for-word "translation" of the English model, so a
// locale page reads like rough machine translation in the right script (kana/kanji, hanzi,
// accented Latin), while structural labels (statuses, reasons, headings, table headers)
// are proper translations like those in /work/shared/seeds.

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

const EN_US: LanguageText = {
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

const DE_DE: LanguageText = {
  locale: 'de-DE',
  wordOrder: 'svo',
  articles: 'embedded',
  adjectivePosition: 'before',
  sentenceEnd: '.',
  wordJoin: ' ',
  nouns: [
    'der Kunde', 'der Partner', 'der Mandant', 'der Arbeitsbereich', 'das Abonnement', 'die Bereitstellung', 'die Berechtigung', 'die Migration',
    'die Lizenz', 'der Administrator', 'der Benutzer', 'der Dienst', 'die Beteiligung', 'der Zeitplan', 'der Bericht', 'die Umgebung',
    'die Richtlinie', 'die Anforderung', 'das Team', 'das Projekt', 'der Meilenstein', 'das Problem', 'die Lösung', 'die Infrastruktur',
    'das Zieldatum', 'das Postfach', 'das Gerät', 'das Netzwerk', 'der Prozess', 'der Plan', 'der Status', 'die Anfrage',
    'der Besitzer', 'der Umfang', 'die Konfiguration', 'die Schulung', 'das Budget', 'die Eskalation', 'das Feedback', 'der Terminplan',
  ],
  adjectives: [
    'neue', 'bestehende', 'aktive', 'technische', 'interne', 'erforderliche', 'aktuelle', 'hybride',
    'kritische', 'vollständige', 'regionale', 'zusätzliche', 'vorherige', 'lokale', 'freigegebene', 'gültige',
  ],
  verbs: [
    'erfordert', 'prüft', 'blockiert', 'unterstützt', 'bestätigt', 'aktualisiert', 'verfolgt', 'vergibt',
    'vollendet', 'verzögert', 'genehmigt', 'konfiguriert', 'überprüft', 'dokumentiert', 'eskaliert', 'ersetzt',
    'betrifft', 'enthält', 'organisiert', 'plant', 'migriert', 'aktiviert', 'überwacht', 'löst',
  ],
  prepositions: ['vor', 'nach', 'mit', 'für', 'während', 'innerhalb', 'ohne', 'von', 'durch', 'über'],
  conjunctions: ['und', 'oder'],
  statuses: [
    'Unbekannter Status', 'In Bearbeitung', 'Keine Absichten', 'Blockiert',
    'Dupliziert/Ungültig', 'Abgeschlossen', 'Zurückgestellt', 'Geplant',
  ],
  reasons: [
    'Kunde reagiert nicht', 'Neues Abonnement oder neuer Arbeitsbereich', 'Technisches Onboarding und Bereitstellung', 'Datenmigration',
    'Lösung oder Benutzereinführung', 'Verwendung einer Konkurrenzlösung', 'Verwendung einer lokalen Lösung', 'Unterstützung durch die Geschäftsleitung',
    'IT-Infrastruktur des Kunden und Problembehebung', 'IT-Änderungsverwaltung und Ressourcen', 'Rechtlich/regulatorisch', 'Sicherheit/Datenschutz (kein Produkt)',
    'Einführungsbereitschaft', 'Produktfeature/-funktion', 'Zuverlässigkeit des Dienstes', 'Anwendungskompatibilität',
    'Partnerunterstützung', 'Abrechnung, Lizenzierung und Abonnement', 'Netzwerkbereitschaft', 'Identitätsintegration',
    'Datenresidenz', 'Pilotbenutzer', 'Budgetgenehmigung', 'Mandantenkonsolidierung',
    'Hybridkonfiguration', 'Geräteregistrierung', 'Endbenutzerschulung', 'Postfachmigration',
  ],
  areas: [
    'Einrichtung', 'Umstellung', 'Sicherheit', 'Einführung', 'Lizenzierung', 'Partnerschaften',
    'Berichterstellung', 'Unterstützung', 'Unternehmenssteuerung', 'Einhaltung von Vorschriften', 'Netzwerke', 'Geräte',
  ],
  tracks: ['Fortgeschritten', 'Praxisleitfäden', 'Regionale Themen', 'Archiv', 'Pilotphase', 'Großunternehmen', 'Kleinunternehmen', 'Öffentlicher Sektor'],
  changes: [
    'Allgemeine Aktualisierung', 'Partnerinhalt aktualisiert', 'Neue L2-Definitionen hinzugefügt', 'Fehlerhafte Links korrigiert',
    'Screenshots aktualisiert', 'Erstveröffentlichung', 'Eskalationsschritte präzisiert', 'Besitzer aktualisiert',
    'Auf Richtigkeit geprüft', 'In neue Vorlage verschoben',
  ],
  guideTitles: ['Bereitstellungsleitfaden', 'Dienstbeschreibung', 'Dokumentation zum Admin Center'],
  ui: {
    refreshSummary: 'Zusammenfassung der Aktualisierung',
    date: 'Datum',
    whoChanged: 'Geändert durch',
    whatChanged: 'Änderung an',
    home: 'Startseite',
    taskList: 'Aufgabenliste',
    id: 'ID',
    task: 'Aufgabe',
    owner: 'Besitzer',
    due: 'Fällig',
    automation: 'Automatisierung:',
    playbook: 'Partnerhandbuch',
  },
  templates: {
    description: 'Übersicht über {reason} für Berechtigungen im Status {status}',
    indexTitle: 'Startseitenliste für {area}',
    indexDescription: 'In {area} verwendete Status und Gründe',
    days: 'innerhalb von {n} Tagen',
    seats: 'für {n} Arbeitsplätze',
    percent: 'für {n}% der Benutzer',
    ticket: 'unter Anfrage {n}',
    run: 'durch Ausführen von `{c}`',
    setting: 'mit der Einstellung `{c}`',
    see: 'Weitere Informationen finden Sie unter [{t}]({u}).',
  },
};

const JA_JP: LanguageText = {
  locale: 'ja-JP',
  wordOrder: 'japanese',
  articles: 'none',
  adjectivePosition: 'before',
  sentenceEnd: '。',
  wordJoin: '',
  nouns: [
    '顧客', 'パートナー', 'テナント', 'ワークロード', 'サブスクリプション', '展開', '権利', '移行',
    'ライセンス', '管理者', 'ユーザー', 'サービス', 'エンゲージメント', 'スケジュール', 'レポート', '環境',
    'ポリシー', '要件', 'チーム', 'プロジェクト', 'マイルストーン', '問題', 'ソリューション', 'インフラストラクチャ',
    '目標日', 'メールボックス', 'デバイス', 'ネットワーク', 'プロセス', '計画', '状態', '要求',
    '所有者', '範囲', '構成', 'トレーニング', '予算', 'エスカレーション', 'フィードバック', '予定',
  ],
  adjectives: [
    '新しい', '既存の', 'アクティブな', '技術的な', '内部の', '必要な', '現在の', 'ハイブリッドの',
    '重要な', '完全な', '地域の', '追加の', '以前の', 'ローカルの', '共有の', '有効な',
  ],
  verbs: [
    '必要とします', '確認します', 'ブロックします', 'サポートします', '確定します', '更新します', '追跡します', '割り当てます',
    '完了します', '遅らせます', '承認します', '構成します', '検証します', '文書化します', 'エスカレーションします', '置き換えます',
    '変更します', '含みます', '準備します', '予定します', '移行します', '有効にします', '監視します', '解決します',
  ],
  prepositions: ['の前に', 'の後に', 'とともに', 'のために', 'の間に', 'の範囲内で', 'なしで', 'から', 'を通じて', '全体で'],
  conjunctions: ['と', 'または'],
  statuses: ['状態不明', '進行中', '意図なし', 'ブロック中', '重複/無効', '完了', '保留中', '計画済み'],
  reasons: [
    '顧客の応答なし', '新しいサブスクリプションまたはワークロード', '技術オンボーディングと展開', '移行',
    'ソリューションまたはユーザーの導入', '競合ソリューションを使用中', 'オンプレミス ソリューションを使用中', '経営層の支援',
    '顧客の IT インフラストラクチャと修復', 'IT 変更管理とリソース配置', '法務/規制', 'セキュリティ/プライバシー (製品以外)',
    '導入の準備状況', '製品の機能', 'サービスの信頼性', 'アプリの互換性',
    'パートナーの関与', '課金、ライセンス、サブスクリプション', 'ネットワークの準備状況', 'ID 統合',
    'データの保存場所', 'パイロット ユーザー', '予算の承認', 'テナントの統合',
    'ハイブリッド構成', 'デバイスの登録', 'エンド ユーザー トレーニング', 'メールボックスの移行',
  ],
  areas: [
    'オンボーディング', '移行', 'セキュリティ', '導入', 'ライセンス', 'パートナー',
    'レポート', 'サポート', 'ガバナンス', 'コンプライアンス', 'ネットワーク', 'デバイス',
  ],
  tracks: ['上級', '現場ガイド', '地域', 'アーカイブ', 'パイロット', 'エンタープライズ', '中小企業', '公共機関'],
  changes: [
    '定期メンテナンス', 'パートナー コンテンツを更新', '新しい L2 定義を追加', '壊れたリンクを修正',
    'スクリーンショットを更新', '初版公開', 'エスカレーション手順を明確化', '所有者を更新',
    '正確性を確認', '新しいテンプレートに移行',
  ],
  guideTitles: ['展開ガイド', 'サービスの説明', '管理センターのドキュメント'],
  ui: {
    refreshSummary: '更新の概要',
    date: '日付',
    whoChanged: '変更者',
    whatChanged: '変更内容',
    home: 'ホーム',
    taskList: 'タスク一覧',
    id: 'ID',
    task: 'タスク',
    owner: '所有者',
    due: '期限',
    automation: '自動化:',
    playbook: 'パートナー プレイブック',
  },
  templates: {
    description: '{status} 状態の権利における {reason} の概要',
    indexTitle: '{area} ホームページ一覧',
    indexDescription: '{area} で使用される状態と理由',
    days: '{n} 日以内に',
    seats: '{n} シートに対して',
    percent: 'ユーザーの {n}% に対して',
    ticket: '要求 {n} で',
    run: '`{c}` を実行して',
    setting: '`{c}` 設定で',
    see: '詳しくは、[{t}]({u}) を参照してください。',
  },
};

const PT_BR: LanguageText = {
  locale: 'pt-BR',
  wordOrder: 'svo',
  articles: 'embedded',
  adjectivePosition: 'after',
  sentenceEnd: '.',
  wordJoin: ' ',
  nouns: [
    'o cliente', 'o parceiro', 'o locatário', 'a carga de trabalho', 'a assinatura', 'a implantação', 'o direito', 'a migração',
    'a licença', 'o administrador', 'o usuário', 'o serviço', 'o envolvimento', 'o cronograma', 'o relatório', 'o ambiente',
    'a política', 'o requisito', 'a equipe', 'o projeto', 'o marco', 'o problema', 'a solução', 'a infraestrutura',
    'a data de destino', 'a caixa de correio', 'o dispositivo', 'a rede', 'o processo', 'o plano', 'o status', 'a solicitação',
    'o proprietário', 'o escopo', 'a configuração', 'o treinamento', 'o orçamento', 'o escalonamento', 'os comentários', 'a programação',
  ],
  adjectives: [
    'novo', 'existente', 'ativo', 'técnico', 'interno', 'obrigatório', 'atual', 'híbrido',
    'crítico', 'completo', 'regional', 'adicional', 'anterior', 'local', 'compartilhado', 'válido',
  ],
  verbs: [
    'requer', 'revisa', 'bloqueia', 'apoia', 'confirma', 'atualiza', 'acompanha', 'atribui',
    'conclui', 'atrasa', 'aprova', 'configura', 'valida', 'documenta', 'escalona', 'substitui',
    'afeta', 'inclui', 'prepara', 'agenda', 'migra', 'habilita', 'monitora', 'resolve',
  ],
  prepositions: ['antes de', 'depois de', 'com', 'para', 'durante', 'dentro de', 'sem', 'de', 'por meio de', 'em todo'],
  conjunctions: ['e', 'ou'],
  statuses: [
    'Status desconhecido', 'Em andamento', 'Sem intenção', 'Bloqueado',
    'Duplicado/inválido', 'Concluído', 'Em espera', 'Planejado',
  ],
  reasons: [
    'Cliente não responde', 'Nova assinatura ou carga de trabalho', 'Integração técnica e implantação', 'Migração',
    'Solução ou adoção do usuário', 'Usando solução concorrente', 'Usando solução local', 'Patrocínio executivo',
    'Infraestrutura de TI do cliente e correção', 'Gerenciamento de alterações de TI e recursos', 'Jurídico/regulatório', 'Segurança/privacidade (não produto)',
    'Preparação para adoção', 'Recurso/funcionalidade do produto', 'Confiabilidade do serviço', 'Compatibilidade de aplicativos',
    'Envolvimento do parceiro', 'Cobrança, licenciamento e assinatura', 'Preparação da rede', 'Integração de identidade',
    'Residência de dados', 'Usuários piloto', 'Aprovação de orçamento', 'Consolidação de locatários',
    'Configuração híbrida', 'Registro de dispositivos', 'Treinamento de usuários finais', 'Migração de caixas de correio',
  ],
  areas: [
    'Integração', 'Migração', 'Segurança', 'Adoção', 'Licenciamento', 'Parceiros',
    'Relatórios', 'Suporte', 'Governança', 'Conformidade', 'Rede', 'Dispositivos',
  ],
  tracks: ['Avançado', 'Guias de campo', 'Temas regionais', 'Arquivo', 'Piloto', 'Empresarial', 'Pequenas empresas', 'Setor público'],
  changes: [
    'Manutenção geral', 'Conteúdo do parceiro atualizado', 'Novas definições de L2 adicionadas', 'Links corrigidos',
    'Capturas de tela atualizadas', 'Publicação inicial', 'Etapas de escalonamento esclarecidas', 'Proprietários atualizados',
    'Revisado quanto à precisão', 'Movido para o novo modelo',
  ],
  guideTitles: ['guia de implantação', 'descrição do serviço', 'documentação do centro de administração'],
  ui: {
    refreshSummary: 'Resumo da atualização',
    date: 'Data',
    whoChanged: 'Quem alterou',
    whatChanged: 'O que foi alterado',
    home: 'Página inicial',
    taskList: 'Lista de tarefas',
    id: 'ID',
    task: 'Tarefa',
    owner: 'Proprietário',
    due: 'Prazo',
    automation: 'Automação:',
    playbook: 'Manual do parceiro',
  },
  templates: {
    description: 'Visão geral de {reason} para direitos no estado {status}',
    indexTitle: 'Lista da página inicial de {area}',
    indexDescription: 'Status e motivos usados em {area}',
    days: 'dentro de {n} dias',
    seats: 'para {n} licenças',
    percent: 'para {n}% dos usuários',
    ticket: 'na solicitação {n}',
    run: 'executando `{c}`',
    setting: 'com a configuração `{c}`',
    see: 'Para obter detalhes, consulte [{t}]({u}).',
  },
};

const ZH_CN: LanguageText = {
  locale: 'zh-CN',
  wordOrder: 'chinese',
  articles: 'none',
  adjectivePosition: 'before',
  sentenceEnd: '。',
  wordJoin: '',
  nouns: [
    '客户', '合作伙伴', '租户', '工作负载', '订阅', '部署', '权益', '迁移',
    '许可证', '管理员', '用户', '服务', '参与', '时间表', '报告', '环境',
    '策略', '要求', '团队', '项目', '里程碑', '问题', '解决方案', '基础结构',
    '目标日期', '邮箱', '设备', '网络', '流程', '计划', '状态', '请求',
    '负责人', '范围', '配置', '培训', '预算', '升级', '反馈', '日程',
  ],
  adjectives: [
    '新的', '现有的', '活动的', '技术', '内部', '必需的', '当前的', '混合的',
    '关键的', '完整的', '区域', '附加的', '以前的', '本地', '共享的', '有效的',
  ],
  verbs: [
    '需要', '审查', '阻止', '支持', '确认', '更新', '跟踪', '分配',
    '完成', '延迟', '批准', '配置', '验证', '记录', '上报', '替换',
    '影响', '包括', '准备', '安排', '迁移', '启用', '监视', '解决',
  ],
  prepositions: ['在…之前', '在…之后', '与…一起', '为…', '在…期间', '在…内', '无需…', '从…', '通过…', '跨…'],
  conjunctions: ['和', '或'],
  statuses: ['状态未知', '进行中', '无意向', '受阻', '重复/无效', '已完成', '暂停', '已计划'],
  reasons: [
    '客户没有响应', '新的订阅或工作负载', '技术入门培训和部署', '迁移',
    '解决方案或用户应用', '使用竞争解决方案', '使用本地解决方案', '高层支持',
    '客户 IT 基础结构和改进', 'IT 变更管理和资源调配', '法律/法规', '安全/隐私（非产品）',
    '应用就绪性', '产品特性/功能', '服务可靠性', '应用兼容性',
    '合作伙伴参与', '计费、许可和订阅', '网络就绪性', '标识集成',
    '数据驻留', '试点用户', '预算审批', '租户合并',
    '混合配置', '设备注册', '最终用户培训', '邮箱迁移',
  ],
  areas: ['入门', '迁移', '安全', '应用', '许可', '合作伙伴', '报告', '支持', '治理', '合规性', '网络', '设备'],
  tracks: ['高级', '现场指南', '区域', '存档', '试点', '企业', '小型企业', '公共部门'],
  changes: [
    '常规维护', '更新了合作伙伴内容', '添加了新的 L2 定义', '修复了损坏的链接',
    '更新了屏幕截图', '首次发布', '阐明了升级步骤', '更新了负责人',
    '审核了准确性', '移至新模板',
  ],
  guideTitles: ['部署指南', '服务说明', '管理中心文档'],
  ui: {
    refreshSummary: '刷新摘要',
    date: '日期',
    whoChanged: '变更人',
    whatChanged: '变更内容',
    home: '主页',
    taskList: '任务列表',
    id: 'ID',
    task: '任务',
    owner: '负责人',
    due: '截止日期',
    automation: '自动化:',
    playbook: '合作伙伴手册',
  },
  templates: {
    description: '{status} 状态权益的 {reason} 概述',
    indexTitle: '{area} 主页列表',
    indexDescription: '{area} 中使用的状态和原因',
    days: '在 {n} 天内',
    seats: '针对 {n} 个席位',
    percent: '针对 {n}% 的用户',
    ticket: '在请求 {n} 下',
    run: '通过运行 `{c}`',
    setting: '使用 `{c}` 设置',
    see: '有关详细信息，请参阅 [{t}]({u})。',
  },
};

const ES_ES: LanguageText = {
  locale: 'es-ES',
  wordOrder: 'svo',
  articles: 'embedded',
  adjectivePosition: 'after',
  sentenceEnd: '.',
  wordJoin: ' ',
  nouns: [
    'el cliente', 'el asociado', 'el inquilino', 'la carga de trabajo', 'la suscripción', 'la implementación', 'el derecho', 'la migración',
    'la licencia', 'el administrador', 'el usuario', 'el servicio', 'la participación', 'la escala de tiempo', 'el informe', 'el entorno',
    'la directiva', 'el requisito', 'el equipo', 'el proyecto', 'el hito', 'el problema', 'la solución', 'la infraestructura',
    'la fecha objetivo', 'el buzón', 'el dispositivo', 'la red', 'el proceso', 'el plan', 'el estado', 'la solicitud',
    'el propietario', 'el ámbito', 'la configuración', 'la formación', 'el presupuesto', 'el escalado', 'los comentarios', 'la programación',
  ],
  adjectives: [
    'nuevo', 'existente', 'activo', 'técnico', 'interno', 'obligatorio', 'actual', 'híbrido',
    'crítico', 'completo', 'regional', 'adicional', 'anterior', 'local', 'compartido', 'válido',
  ],
  verbs: [
    'requiere', 'revisa', 'bloquea', 'admite', 'confirma', 'actualiza', 'sigue', 'asigna',
    'completa', 'retrasa', 'aprueba', 'configura', 'valida', 'documenta', 'escala', 'reemplaza',
    'afecta', 'incluye', 'prepara', 'programa', 'migra', 'habilita', 'supervisa', 'resuelve',
  ],
  prepositions: ['antes de', 'después de', 'con', 'para', 'durante', 'dentro de', 'sin', 'desde', 'a través de', 'en'],
  conjunctions: ['y', 'o'],
  statuses: [
    'Estado desconocido', 'En curso', 'Sin intención', 'Bloqueado',
    'Duplicado/no válido', 'Completado', 'En espera', 'Planificado',
  ],
  reasons: [
    'El cliente no responde', 'Nueva suscripción o carga de trabajo', 'Incorporación técnica e implementación', 'Migración',
    'Solución o adopción por parte de los usuarios', 'Uso de una solución de la competencia', 'Uso de una solución local', 'Patrocinio ejecutivo',
    'Infraestructura de TI del cliente y corrección', 'Administración de cambios de TI y recursos', 'Legal/normativo', 'Seguridad/privacidad (no de producto)',
    'Preparación para la adopción', 'Característica/funcionalidad del producto', 'Confiabilidad del servicio', 'Compatibilidad de aplicaciones',
    'Participación del asociado', 'Facturación, licencias y suscripción', 'Preparación de la red', 'Integración de identidades',
    'Residencia de datos', 'Usuarios piloto', 'Aprobación del presupuesto', 'Consolidación de inquilinos',
    'Configuración híbrida', 'Inscripción de dispositivos', 'Formación de usuarios finales', 'Migración de buzones',
  ],
  areas: [
    'Incorporación', 'Migración', 'Seguridad', 'Adopción', 'Licencias', 'Asociados',
    'Informes', 'Soporte técnico', 'Gobernanza', 'Cumplimiento', 'Redes', 'Dispositivos',
  ],
  tracks: ['Avanzado', 'Guías de campo', 'Temas regionales', 'Archivo', 'Piloto', 'Empresa', 'Pequeñas empresas', 'Sector público'],
  changes: [
    'Mantenimiento general', 'Contenido de asociados actualizado', 'Nuevas definiciones de L2 agregadas', 'Vínculos rotos corregidos',
    'Capturas de pantalla actualizadas', 'Publicación inicial', 'Pasos de escalado aclarados', 'Propietarios actualizados',
    'Revisado para comprobar su exactitud', 'Movido a la nueva plantilla',
  ],
  guideTitles: ['guía de implementación', 'descripción del servicio', 'documentación del centro de administración'],
  ui: {
    refreshSummary: 'Resumen de actualización',
    date: 'Fecha',
    whoChanged: 'Quién lo cambió',
    whatChanged: 'Qué cambió',
    home: 'Inicio',
    taskList: 'Lista de tareas',
    id: 'ID',
    task: 'Tarea',
    owner: 'Propietario',
    due: 'Vencimiento',
    automation: 'Automatización:',
    playbook: 'Manual del asociado',
  },
  templates: {
    description: 'Información general sobre {reason} para derechos en estado {status}',
    indexTitle: 'Lista de la página principal de {area}',
    indexDescription: 'Estados y motivos usados en {area}',
    days: 'en un plazo de {n} días',
    seats: 'para {n} puestos',
    percent: 'para el {n}% de los usuarios',
    ticket: 'en la solicitud {n}',
    run: 'ejecutando `{c}`',
    setting: 'con la opción `{c}`',
    see: 'Para obtener más información, consulte [{t}]({u}).',
  },
};

const FR_FR: LanguageText = {
  locale: 'fr-FR',
  wordOrder: 'svo',
  articles: 'embedded',
  adjectivePosition: 'after',
  sentenceEnd: '.',
  wordJoin: ' ',
  nouns: [
    'le client', 'le partenaire', 'le locataire', 'la charge de travail', "l'abonnement", 'le déploiement', 'le droit', 'la migration',
    'la licence', "l'administrateur", "l'utilisateur", 'le service', "l'engagement", 'le calendrier', 'le rapport', "l'environnement",
    'la stratégie', "l'exigence", "l'équipe", 'le projet', 'le jalon', 'le problème', 'la solution', "l'infrastructure",
    'la date cible', 'la boîte aux lettres', "l'appareil", 'le réseau', 'le processus', 'le plan', "l'état", 'la demande',
    'le propriétaire', "l'étendue", 'la configuration', 'la formation', 'le budget', "l'escalade", 'les commentaires', 'la planification',
  ],
  adjectives: [
    'nouveau', 'existant', 'actif', 'technique', 'interne', 'obligatoire', 'actuel', 'hybride',
    'critique', 'complet', 'régional', 'supplémentaire', 'précédent', 'local', 'partagé', 'valide',
  ],
  verbs: [
    'nécessite', 'examine', 'bloque', 'prend en charge', 'confirme', 'met à jour', 'suit', 'attribue',
    'termine', 'retarde', 'approuve', 'configure', 'valide', 'documente', 'fait remonter', 'remplace',
    'affecte', 'inclut', 'prépare', 'planifie', 'migre', 'active', 'surveille', 'résout',
  ],
  prepositions: ['avant', 'après', 'avec', 'pour', 'pendant', 'dans', 'sans', 'depuis', 'par', 'sur'],
  conjunctions: ['et', 'ou'],
  statuses: [
    'État inconnu', 'En cours', 'Aucune intention', 'Bloqué',
    'Doublon/non valide', 'Terminé', 'En attente', 'Planifié',
  ],
  reasons: [
    'Client sans réponse', 'Nouvel abonnement ou nouvelle charge de travail', 'Intégration technique et déploiement', 'Migration des données',
    'Solution ou adoption par les utilisateurs', "Utilisation d'une solution concurrente", "Utilisation d'une solution locale", 'Parrainage de la direction',
    'Infrastructure informatique du client et correction', 'Gestion des changements informatiques et ressources', 'Juridique/réglementaire', 'Sécurité/confidentialité (hors produit)',
    "Préparation à l'adoption", 'Fonctionnalité/capacité du produit', 'Fiabilité du service', 'Compatibilité des applications',
    'Engagement du partenaire', 'Facturation, licences et abonnement', 'Préparation du réseau', 'Intégration des identités',
    'Résidence des données', 'Utilisateurs pilotes', 'Approbation du budget', 'Consolidation des locataires',
    'Configuration hybride', 'Inscription des appareils', 'Formation des utilisateurs finaux', 'Migration des boîtes aux lettres',
  ],
  areas: [
    'Intégration', 'Déménagement des données', 'Sécurité', 'Appropriation', 'Licences', 'Partenaires',
    'Rapports', 'Assistance', 'Gouvernance', 'Conformité', 'Réseau', 'Appareils',
  ],
  tracks: ['Avancé', 'Guides de terrain', 'Régional', 'Archives', 'Pilote', 'Grandes entreprises', 'Petites entreprises', 'Secteur public'],
  changes: [
    'Maintenance générale', 'Contenu partenaire mis à jour', 'Nouvelles définitions L2 ajoutées', 'Liens rompus corrigés',
    "Captures d'écran actualisées", 'Publication initiale', "Étapes d'escalade clarifiées", 'Propriétaires mis à jour',
    "Vérifié pour l'exactitude", 'Déplacé vers le nouveau modèle',
  ],
  guideTitles: ['guide de déploiement', 'description du service', "documentation du centre d'administration"],
  ui: {
    refreshSummary: "Résumé de l'actualisation",
    date: 'Date de modification',
    whoChanged: 'Modifié par',
    whatChanged: 'Modifications',
    home: 'Accueil',
    taskList: 'Liste des tâches',
    id: 'ID',
    task: 'Tâche',
    owner: 'Propriétaire',
    due: 'Échéance',
    automation: 'Automatisation :',
    playbook: 'Guide du partenaire',
  },
  templates: {
    description: "Vue d'ensemble de {reason} pour les droits à l'état {status}",
    indexTitle: "Liste de la page d'accueil {area}",
    indexDescription: 'États et motifs utilisés dans {area}',
    days: 'sous {n} jours',
    seats: 'pour {n} postes',
    percent: 'pour {n}% des utilisateurs',
    ticket: 'dans la demande {n}',
    run: 'en exécutant `{c}`',
    setting: 'avec le paramètre `{c}`',
    see: "Pour plus d'informations, consultez [{t}]({u}).",
  },
};

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
        throw new Error(`corpus-text: ${language.locale}.${key} has ${language[key].length} entries, expected ${expected}`);
      }
    }
  }
}

assertParallelTables();
