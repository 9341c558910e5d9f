// Spanish phrase tables for the corpus generator: entry i of every list translates entry i
// of en-US (./index.ts refuses to load when a list is one entry short).

import type { LanguageText } from './language.js';

export const ES_ES: LanguageText = {
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
