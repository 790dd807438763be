/** The staff console's Spanish words for its stories view, loaded on demand. */
import type { DetailKind } from '../../../api/contract/staff.js';
import type { enAdminStories } from './en.js';
import { counting } from '../../kit/counting.js';

const { number, count } = counting('es');
const tab = (name: string, value?: number, more = false) =>
  value === undefined ? name : `${name} (${number.format(value)}${more ? '+' : ''})`;

const KINDS: Record<DetailKind, string> = {
  email: '(correo electrónico',
  phone: '(número de teléfono',
  url: '(dirección web',
  handle: '(usuario de redes sociales',
  name: '(un nombre',
  address: '(dirección postal',
};

export const esAdminStories: typeof enAdminStories = {
  adminStoryLists: 'Qué historias',
  adminListReview: (value, more) => tab('Por revisar', value, more),
  adminListReported: (value, more) => tab('Denunciadas', value, more),
  adminListPublished: (value, more) => tab('Publicadas', value, more),
  adminListHidden: (value, more) => tab('Ocultas', value, more),

  adminReportedTitle: 'Historias denunciadas',
  adminPublishedTitle: 'Historias publicadas',
  adminHiddenTitle: 'Historias ocultas',
  adminListLoading: 'Cargando historias…',
  adminListError: 'No pudimos cargar estas historias.',
  adminReportedEmpty: 'Ninguna historia tiene denuncias abiertas.',
  adminPublishedEmpty: 'Todavía no hay historias en el muro.',
  adminHiddenEmpty: 'No hay historias ocultas.',
  adminReportedCount: (value) => `${count(value, 'historia denunciada', 'historias denunciadas')}.`,
  adminPublishedCount: (value) => `${count(value, 'historia', 'historias')} en el muro.`,
  adminHiddenCount: (value) => `${count(value, 'historia oculta', 'historias ocultas')}.`,
  adminListCapped: (value) => `Se muestran las ${number.format(value)} más recientes.`,

  adminShowMore: 'Mostrar más historias',
  adminLoadingMore: 'Cargando más historias…',
  adminMoreError: 'No pudimos cargar más historias. Inténtalo de nuevo.',
  adminMoreShown: (value) => `${count(value, 'historia más', 'historias más')} a la vista.`,
  adminOnWall: 'En el muro',
  adminHiddenByReports: 'Ocultada automáticamente tras varias denuncias',
  adminHiddenBecause: (reason) => `Ocultada por el equipo: ${reason}`,
  adminReportReason: (reason, value) =>
    `${
      {
        identifies_someone: 'identifica a alguien',
        harmful: 'dañina o inquietante',
        spam: 'spam o publicidad',
        other: 'otro motivo',
      }[reason]
    } (${number.format(value)})`,
  adminReportReasons: (reasons) => `Los lectores dijeron: ${reasons}.`,
  adminReportNotes: 'Notas de los lectores',
  adminHighlight: (kind) => `${KINDS[kind]})`,
  adminHighlightKept: (kind) => `${KINDS[kind]}, se muestra en el muro tal cual)`,
  adminApproveMasked:
    'Al aprobar se publica el texto tal como lo mostrará el muro, con los datos personales sustituidos.',
  adminWallPreview: 'Lo que mostrará el muro',
  adminWallShows: 'Lo que muestra el muro',
  adminOriginalMarked: 'Original, solo lo ve el equipo (datos personales marcados)',
  adminStoryText: 'Texto',
  adminDetailsKept: 'El equipo decidió mostrar tal cual los datos personales de esta historia.',
  adminTopicNames: (names) => `Temas: ${names}`,

  adminApproveCareful: 'Aprobar…',
  adminRestoreCareful: 'Volver a publicar en el muro…',
  adminConfirmTitle: 'Antes de publicar una historia sobre suicidio o autolesiones',
  adminGuideTitle: 'Cómo publicar con cuidado una historia sobre suicidio',
  adminGuideHope:
    'Estas historias pueden ayudar a quien las lee cuando hablan de esperanza, de cómo salir adelante o de pedir ayuda.',
  adminGuideMethods:
    'No publiques una historia que describa un método o los medios (cómo, con qué, dónde). Quítalo antes editándola.',
  adminGuideNote: 'Añade un aviso de contenido, por ejemplo «Habla de suicidio».',
  adminGuideNoNote: 'Esta historia todavía no tiene aviso de contenido.',
  adminGuideResources: 'Al compartirla, la persona ya vio las líneas de crisis.',
  adminConfirmPublish: 'Sí, publicar',
  adminConfirmRestore: 'Sí, volver a publicarla',
  adminEditFirst: 'Editar antes',

  adminEditApprove: 'Editar y aprobar',
  adminEditRestore: 'Editar y volver a publicar',
  adminEditPublished: 'Editar',
  adminEditLabel: 'Texto que se publicará',
  adminEditHint:
    'Los datos personales ya están sustituidos por marcadores como [nombre] o [teléfono]. Quita cualquier otra cosa que pueda identificar a alguien, como lugares o fechas.',
  adminOriginal: 'Texto original, solo lo ve el equipo (datos personales marcados)',
  adminEditEmpty: 'El texto no puede quedar vacío.',
  adminEditInvalid: 'El texto no puede quedar vacío y puede tener como máximo 5000 caracteres.',
  adminContentNoteLabel: 'Aviso de contenido (opcional)',
  adminContentNoteHint:
    'Los lectores lo ven primero; la historia queda plegada hasta que deciden leerla. Como máximo 80 caracteres.',
  adminTopicsLegend: 'Temas (hasta 5)',
  adminTopicsTooMany: 'Elige como máximo 5 temas.',
  adminDetailsRefused: (details) =>
    `El texto todavía tiene datos personales: ${details}. Quítalos o publícalo manteniendo estos datos.`,
  adminDetailFound: (kind, text) => `${kind} («${text}»)`,
  adminKeepDetails: 'Publicar manteniendo estos datos',
  adminSaveApprove: 'Guardar y aprobar',
  adminSaveRestore: 'Guardar y volver a publicar',
  adminSaveChanges: 'Guardar cambios',
  adminEditedApproved: 'Historia editada y aprobada. Ya está en el muro.',
  adminEditedSaved: 'Cambios guardados. El muro ya los muestra.',
  adminKeptDetailsDone: 'Historia publicada con sus datos tal cual.',

  adminKeep: 'Mantener en el muro',
  adminKept: 'La historia sigue en el muro. Sus denuncias están cerradas.',
  adminHide: 'Ocultar del muro',
  adminHideReason: 'Motivo para ocultarla (solo lo ve el equipo)',
  adminHideConfirm: 'Ocultar historia',
  adminHiddenDone: 'Historia ocultada del muro.',
  adminRestore: 'Volver a publicar en el muro',
  adminRestored: 'La historia vuelve a estar en el muro.',
  adminRemove: 'Rechazar definitivamente',

  adminBulkHint:
    'Marca historias para aprobarlas juntas. Las que tienen datos personales o riesgo de crisis se revisan una a una.',
  adminSelectStory: (position) => `Aprobar la historia ${number.format(position)} junto con otras`,
  adminApproveSelected: (value) => `Aprobar seleccionadas (${number.format(value)})`,
  adminSelectNone: 'Marca al menos una historia primero.',
  adminBulkDone: (approved, handled) =>
    `${count(approved, 'historia aprobada', 'historias aprobadas')}.${
      handled
        ? ` ${count(handled, 'ya estaba gestionada', 'ya estaban gestionadas')} por otra persona.`
        : ''
    }`,
  adminBulkResults: 'Resultado de aprobar juntas',
  adminBulkApproved: (excerpt) => `«${excerpt}»: aprobada`,
  adminBulkHandled: (excerpt) => `«${excerpt}»: ya gestionada`,

  adminQueueTitle: 'Historias por revisar',
  adminQueueLoading: 'Cargando historias por revisar…',
  adminQueueEmpty: 'No hay historias esperando revisión.',
  adminQueueError: 'No pudimos cargar las historias por revisar.',
  adminQueueCount: (value: number) => `${count(value, 'historia', 'historias')} por revisar.`,
  adminStoryHeading: (position: number, total: number) => `Historia ${position} de ${total}`,
  adminCrisis: (tier) =>
    tier === 'high'
      ? 'Riesgo de crisis: alto. Léela primero.'
      : tier === 'medium'
        ? 'Riesgo de crisis: medio.'
        : tier === 'low'
          ? 'Riesgo de crisis: bajo.'
          : '',
  adminStatusHidden: 'Oculta del muro',
  adminFlags: 'Señales',
  adminDetails: {
    name: 'un nombre',
    address: 'una dirección postal',
    email: 'un correo electrónico',
    phone: 'un número de teléfono',
    url: 'una dirección web',
    handle: 'un usuario de redes sociales',
  },
  adminPersonalDetails: (kinds: string) => `Datos personales: ${kinds} (ocultos abajo)`,
  adminLinks: (value: number) => count(value, 'enlace', 'enlaces'),
  adminRepeat: 'Enviada antes',
  adminSpam: 'Parece spam',
  adminReports: (value: number) => `Denunciada ${count(value, 'vez', 'veces')}`,
  adminContentNote: (note: string) => `Aviso de contenido: ${note}`,
  adminApprove: 'Aprobar',
  adminReject: 'Rechazar',
  adminRejectReason: 'Motivo del rechazo (solo lo ve el equipo)',
  adminRejectConfirm: 'Rechazar historia',
  adminReasonNeeded: 'Indica un motivo, por favor.',
  adminApproved: 'Historia aprobada. Ya está en el muro.',
  adminRejected: 'Historia rechazada.',
  adminStoriesView: 'Historias',
  adminAlreadyHandled: 'Alguien ya revisó esta historia; la lista se ha actualizado.',
};
