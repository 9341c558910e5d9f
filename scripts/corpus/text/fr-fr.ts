// French phrase tables for the corpus generator: entry i of every list translates entry i
// of en-US (./index.ts refuses to load when a list is one entry short).

import type { LanguageText } from './language.js';

export const FR_FR: LanguageText = {
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
