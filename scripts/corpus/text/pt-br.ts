// Brazilian Portuguese phrase tables for the corpus generator: entry i of every list translates entry i
// of en-US (./index.ts refuses to load when a list is one entry short).

import type { LanguageText } from './language.js';

export const PT_BR: LanguageText = {
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
