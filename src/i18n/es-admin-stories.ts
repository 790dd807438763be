/** The staff console's Spanish words for its stories view, loaded on demand. */
import type { enAdminStories } from './en-admin-stories.js';
import { formatNumber, pluralOf } from './format.js';

const number = { format: (value: number) => formatNumber(value, 'es') };
const plural = { select: (count: number) => pluralOf(count, 'es') };
const count = (value: number, one: string, other: string) =>
  `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`;
const tab = (name: string, value?: number, more = false) =>
  value === undefined ? name : `${name} (${number.format(value)}${more ? '+' : ''})`;

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
  adminHighlight: (kind) =>
    ({
      email: '(correo electrónico)',
      phone: '(número de teléfono)',
      url: '(dirección web)',
      handle: '(usuario de redes sociales)',
      name: '(un nombre)',
      address: '(dirección postal)',
    })[kind],
  adminApproveMasked:
    'Al aprobar se publica el texto tal como se ve aquí, con los datos personales sustituidos.',

  adminEditApprove: 'Editar y aprobar',
  adminEditRestore: 'Editar y volver a publicar',
  adminEditLabel: 'Texto que se publicará',
  adminEditHint:
    'Los correos, teléfonos, enlaces y usuarios ya están sustituidos. Quita cualquier otra cosa que pueda identificar a alguien, como nombres o lugares.',
  adminOriginal: 'Texto original, solo lo ve el equipo (datos personales resaltados)',
  adminEditEmpty: 'El texto no puede quedar vacío.',
  adminEditInvalid: 'El texto no puede quedar vacío y puede tener como máximo 5000 caracteres.',
  adminSaveApprove: 'Guardar y aprobar',
  adminSaveRestore: 'Guardar y volver a publicar',
  adminEditedApproved: 'Historia editada y aprobada. Ya está en el muro.',

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
};
