/** The staff console's Spanish words for its signups view, loaded on demand. */
import type { enAdminSignups } from './en.js';
import { counting } from '../../kit/counting.js';

const { count } = counting('es');

export const esAdminSignups: typeof enAdminSignups = {
  adminSignupsFilters: 'Qué solicitudes mostrar',
  adminSignupsGroupFilter: 'Grupo',
  adminSignupsAllGroups: 'Todos los grupos',
  adminSignupsArchivedGroup: (name) => `${name} (archivado)`,
  adminSignupsStatusFilter: 'Estado',
  adminSignupsAllStatuses: 'Todos los estados',
  adminSignupsApply: 'Mostrar',
  adminSignupsShown: (value) => `${count(value, 'solicitud mostrada', 'solicitudes mostradas')}.`,
  adminSignupsNoMatch: 'Ninguna solicitud coincide con lo elegido.',
  adminSignupsShowAll: 'Mostrar todas las solicitudes',
  adminSignupsExport: 'Descargar todo como CSV',
  adminSignupsExportAll:
    'El archivo contiene todas las solicitudes. Trátelo como confidencial y bórrelo cuando termine.',
  adminSignupsExportSome: (which) =>
    `El archivo contiene las solicitudes mostradas (${which}). Trátelo como confidencial y bórrelo cuando termine.`,
  adminSignupsReadFirstTitle: 'Leer primero',
  adminSignupsReadFirstHint:
    'Estos mensajes hablan de suicidio o de hacerse daño, y nadie se ha puesto en contacto todavía. Comuníquese con estas personas antes que con las demás.',
  adminSignupReadFirst: 'Leer primero',
  adminSignupRisk: (tier) =>
    tier === 'high' ? 'Riesgo de crisis: alto' : tier === 'medium' ? 'Riesgo de crisis: medio' : '',
  adminSignupSeatsLeft: (value) =>
    value > 0 ? `${count(value, 'plaza libre', 'plazas libres')}` : 'No quedan plazas libres',
  adminSignupWaitlistPosition: (position) => `número ${position} en la lista de espera`,
  adminSignupKeptUntil: (date) => `Se conserva hasta el ${date}`,
  adminSignupKeptWhileEnrolled: 'Se conserva mientras esté inscrita',
  adminSignupMore: 'Datos, historial y notas',
  adminSignupAbout: (name) => `Lo que envió ${name}`,
  adminSignupEmail: 'Correo electrónico',
  adminSignupPhone: 'Teléfono',
  adminSignupContactBy: 'Contacto preferido',
  adminSignupContactMethods: {
    email: 'Correo electrónico',
    phone: 'Llamada',
    text: 'Mensaje de texto',
  },
  adminSignupLeaveMessage: 'Se le puede dejar un mensaje',
  adminSignupBestTimes: 'Mejores horarios para contactar',
  adminSignupMessage: 'Su mensaje',
  adminSignupAge: 'Rango de edad confirmado',
  adminSignupYesNo: (value) => (value === null ? 'No se preguntó' : value ? 'Sí' : 'No'),
  adminSignupNotGiven: 'No lo indicó',
  adminSignupReceivedOn: 'Recibida',
  adminSignupConsent: 'Consentimiento',
  adminSignupConsentGiven: (date, version) =>
    `Aceptó ser contactada y la política de privacidad (versión ${version}) el ${date}`,
  adminSignupRetention: 'Se borra automáticamente',
  adminSignupRetainUntil: (date) => `El ${date}`,
  adminSignupRetainEnrolled: 'No mientras la persona esté inscrita',
  adminSignupHistory: 'Historial',
  adminSignupHistorySent: 'Solicitud enviada desde el sitio web.',
  adminSignupHistoryNote: 'Nota',
  adminSignupHistoryBy: (who) => `por ${who}`,
  adminSignupHistoryFormerStaff: 'una persona que ya no está en el equipo',
  adminSignupHistorySystem: 'el sistema',
  adminSignupNoteLabel: 'Añadir una nota (solo la ve el equipo)',
  adminSignupNoteAdd: 'Añadir nota',
  adminSignupNoteNeeded: 'Escriba primero la nota.',
  adminSignupNoteAdded: (name) => `Nota añadida a la solicitud de ${name}.`,
  adminSignupPromote: 'Pasar de la lista de espera',
  adminSignupPromoted: (name) =>
    `${name} tiene ahora la plaza libre: su solicitud vuelve a estar Recibida. Avísele.`,
  adminSignupNoSeatFree: (group) =>
    `Todavía no hay plaza libre en ${group}. Cuando alguien no continúe o se retire, o el grupo tenga más plazas, inténtelo de nuevo.`,
  adminSignupDelete: 'Borrar los datos de esta persona',
  adminSignupDeleteQuestion: (name) =>
    `¿Borrar todo lo que envió ${name}, con su historial y sus notas? No se puede deshacer. Hágalo cuando la persona pida que se borren sus datos.`,
  adminSignupDeleteConfirm: (name) => `Borrar definitivamente los datos de ${name}`,
  adminSignupDeleted: (name) => `Los datos de ${name} se han borrado.`,
  adminSignupGone: 'Esta solicitud ya no existe: puede que alguien la haya borrado.',

  adminSignupsView: 'Inscripciones',
  adminSignupsTitle: 'Inscripciones por grupo',
  adminSignupsLoading: 'Cargando inscripciones…',
  adminSignupsEmpty: 'Todavía no hay inscripciones.',
  adminSignupsError: 'No pudimos cargar las inscripciones.',
  adminSignupCount: (value: number) => count(value, 'solicitud', 'solicitudes'),
  adminSignupStatuses: {
    received: 'Recibida',
    contacted: 'Contactada',
    screening_scheduled: 'Entrevista programada',
    accepted: 'Aceptada',
    enrolled: 'Inscrita',
    waitlisted: 'En lista de espera',
    referred: 'Derivada a otro servicio',
    declined: 'No admitida',
    withdrawn: 'Retirada',
  },
  adminSignupReceived: (date: string) => `Recibida el ${date}`,
  adminStatusLabel: 'Estado',
  adminChangeStatus: 'Cambiar estado',
  adminStatusChanged: (name: string, status: string) => `${name}: estado cambiado a ${status}.`,
  adminNoSeat: 'No hay plaza libre en este grupo para ese estado.',
};
