/** The staff console's Spanish words, loaded on demand. */
import type { StaffFieldError } from '../../api/admin-types.js';
import type { enAdmin } from './en.js';
import { formatNumber, pluralOf } from '../../i18n/format.js';

const number = { format: (value: number) => formatNumber(value, 'es') };
const plural = { select: (count: number) => pluralOf(count, 'es') };
const count = (value: number, one: string, other: string) =>
  `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`;

const wait = (seconds: number) =>
  seconds < 60
    ? count(seconds, 'segundo', 'segundos')
    : count(Math.ceil(seconds / 60), 'minuto', 'minutos');

/** The server's validation codes in words (it words them in English). */
const FIELD_PROBLEMS: Record<StaffFieldError, string> = {
  required: 'Este campo es obligatorio.',
  too_short: 'Es demasiado corto.',
  too_long: 'Es demasiado largo: acórtalo.',
  format: 'No tiene el formato esperado.',
  email: 'Escribe una dirección de correo electrónico.',
  url: 'Escribe una dirección completa (https://…).',
  too_small: 'El número es demasiado bajo.',
  too_large: 'El número es demasiado alto.',
  too_few: 'Faltan elementos en esta lista.',
  too_many: 'Esta lista tiene demasiados elementos.',
  invalid: 'Este valor no es válido.',
  time_zone: 'No es una zona horaria (por ejemplo, America/Mexico_City).',
  duplicate: 'Hay un elemento repetido.',
  unknown_topic: 'No es uno de los temas de la consulta.',
  in_use: 'Hay temas que aún usan grupos o historias: no se pueden quitar.',
  below_min: 'No puede ser menor que la edad mínima.',
};

export const esAdmin: typeof enAdmin = {
  adminTitle: 'Consola del equipo',
  adminChecking: 'Comprobando tu sesión…',
  adminSignInTitle: 'Iniciar sesión',
  adminEmail: 'Correo electrónico',
  adminPassword: 'Contraseña',
  adminTotp: 'Código de tu aplicación de autenticación',
  adminTotpHint: 'Seis dígitos, por ejemplo 123456.',
  adminSignIn: 'Iniciar sesión',
  adminSigningIn: 'Iniciando sesión…',
  adminRequired: 'Rellena este campo, por favor.',
  adminTotpNeeded: 'Escribe el código de 6 dígitos de tu aplicación de autenticación.',
  adminWrongCredentials:
    'El correo, la contraseña o el código no son correctos. Inténtalo de nuevo.',
  adminLocked: (seconds?: number) =>
    seconds
      ? `Demasiados intentos. Espera ${wait(seconds)} y vuelve a intentarlo.`
      : 'Demasiados intentos. Espera un poco y vuelve a intentarlo.',
  adminNetwork: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  adminServer: 'Algo falló en el servidor. Inténtalo de nuevo.',
  adminSessionEnded: 'Tu sesión terminó. Vuelve a iniciar sesión.',
  adminSignedOut: 'Has cerrado la sesión.',
  adminRetry: 'Reintentar',

  adminChangeTitle: 'Elige una contraseña nueva',
  adminChangeIntro: 'Entraste con una contraseña de un solo uso. Elige la tuya antes de continuar.',
  adminCurrentPassword: 'Contraseña actual',
  adminNewPassword: 'Contraseña nueva',
  adminNewPasswordHint: 'Al menos 12 caracteres.',
  adminNewPasswordShort: 'La contraseña nueva necesita al menos 12 caracteres.',
  adminChangePassword: 'Guardar contraseña nueva',
  adminSaving: 'Guardando…',

  adminSignedInAs: (email: string) => `Sesión iniciada como ${email}`,
  adminSignOut: 'Cerrar sesión',

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
  adminDetail: (kind) =>
    ({
      name: 'un nombre',
      address: 'una dirección postal',
      email: 'un correo electrónico',
      phone: 'un número de teléfono',
      url: 'una dirección web',
      handle: 'un usuario de redes sociales',
    })[kind],
  adminPersonalDetails: (kinds: string) => `Datos personales: ${kinds} (ocultos abajo)`,
  adminLinks: (value: number) => count(value, 'enlace', 'enlaces'),
  adminRepeat: 'Enviada antes',
  adminSpam: 'Parece spam',
  adminReports: (value: number) => `Denunciada ${count(value, 'vez', 'veces')}`,
  adminContentNote: (note: string) => `Aviso de contenido: ${note}`,
  adminTopics: (topics: string) => `Temas: ${topics}`,
  adminMaskedText: 'Texto, con los datos personales ocultos',
  adminApprove: 'Aprobar',
  adminReject: 'Rechazar',
  adminRejectReason: 'Motivo del rechazo (solo lo ve el equipo)',
  adminRejectConfirm: 'Rechazar historia',
  adminCancel: 'Cancelar',
  adminReasonNeeded: 'Indica un motivo, por favor.',
  adminApproved: 'Historia aprobada. Ya está en el muro.',
  adminRejected: 'Historia rechazada.',
  adminActionFailed: 'No funcionó. Inténtalo de nuevo.',
  adminViews: 'Secciones',
  adminStoriesView: 'Historias',
  adminSignupsView: 'Inscripciones',
  adminSignupsTitle: 'Inscripciones por grupo',
  adminSignupsLoading: 'Cargando inscripciones…',
  adminSignupsEmpty: 'Todavía no hay inscripciones.',
  adminSignupsError: 'No pudimos cargar las inscripciones.',
  adminSignupCount: (value: number) => count(value, 'solicitud', 'solicitudes'),
  adminSignupStatus: (status) =>
    ({
      received: 'Recibida',
      contacted: 'Contactada',
      screening_scheduled: 'Entrevista programada',
      accepted: 'Aceptada',
      enrolled: 'Inscrita',
      waitlisted: 'En lista de espera',
      referred: 'Derivada a otro servicio',
      declined: 'No admitida',
      withdrawn: 'Retirada',
    })[status],
  adminSignupReceived: (date: string) => `Recibida el ${date}`,
  adminStatusLabel: 'Estado',
  adminChangeStatus: 'Cambiar estado',
  adminStatusChanged: (name: string, status: string) => `${name}: estado cambiado a ${status}.`,
  adminNoSeat: 'No hay plaza libre en este grupo para ese estado.',
  adminAlreadyHandled: 'Alguien ya revisó esta historia; la lista se ha actualizado.',
  adminFieldProblem: (code: string) => FIELD_PROBLEMS[code as StaffFieldError] ?? '',
};
