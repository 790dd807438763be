/** The staff console's Spanish words for its account, staff and activity-log views, on demand. */
import type { enAdminAccount } from './en.js';
import { formatNumber, pluralOf } from '../../../i18n/format.js';

const number = { format: (value: number) => formatNumber(value, 'es') };
const plural = { select: (count: number) => pluralOf(count, 'es') };
const count = (value: number, one: string, other: string) =>
  `${number.format(value)} ${plural.select(value) === 'one' ? one : other}`;

const AUDIT_ACTIONS: Record<string, string> = {
  login: 'Inició sesión',
  login_failed: 'Inicio de sesión fallido',
  logout: 'Cerró la sesión',
  password_changed: 'Cambió su contraseña',
  totp_setup_started: 'Empezó a configurar el inicio de sesión en dos pasos',
  totp_enabled: 'Activó el inicio de sesión en dos pasos',
  totp_disabled: 'Desactivó el inicio de sesión en dos pasos',
  token_created: 'Creó un token de acceso',
  token_revoked: 'Revocó un token de acceso',
  staff_created: 'Añadió una cuenta del equipo',
  staff_disable: 'Desactivó una cuenta del equipo',
  staff_enable: 'Reactivó una cuenta del equipo',
  staff_reset_password: 'Restableció una contraseña del equipo',
  story_approve: 'Aprobó una historia',
  story_reject: 'Rechazó una historia',
  story_hide: 'Ocultó una historia',
  story_edit: 'Editó una historia',
  signups_viewed: 'Consultó las inscripciones',
  signups_exported: 'Exportó las inscripciones',
  signup_viewed: 'Abrió una inscripción',
  signup_status: 'Cambió el estado de una inscripción',
  signup_promoted: 'Ofreció una plaza desde la lista de espera',
  signup_note: 'Añadió una nota a una inscripción',
  signup_deleted: 'Borró una inscripción',
  group_created: 'Creó un grupo',
  group_updated: 'Editó un grupo',
  group_archived: 'Archivó un grupo',
  group_restored: 'Recuperó un grupo',
  practice_updated: 'Cambió los ajustes del consultorio',
};

export const esAdminAccount: typeof enAdminAccount = {
  adminAccountView: 'Tu cuenta',
  adminAccountTitle: 'Tu cuenta',
  adminAccountWho: (email, role) => `${email} · ${role === 'owner' ? 'Titular' : 'Equipo'}`,
  adminSecretCopy: 'Copiar',
  adminSecretCopied: 'Copiado.',
  adminSecretCopyFailed: 'Aquí no se pudo copiar. Selecciona el texto y cópialo tú.',

  adminPasswordTitle: 'Contraseña',
  adminPasswordIntro: 'Al cambiarla se cierran tus otras sesiones.',
  adminPasswordSame: 'Elige una contraseña distinta de la actual.',
  adminPasswordWrong: 'Esta no es tu contraseña actual.',
  adminPasswordRejected:
    'Elige otra contraseña nueva: al menos 12 caracteres y distinta de la actual.',
  adminPasswordChanged:
    'Tu contraseña ha cambiado. Se cerró la sesión en cualquier otro navegador con tu cuenta.',

  adminTotpTitle: 'Inicio de sesión en dos pasos',
  adminTotpOff:
    'Desactivado. Con el inicio de sesión en dos pasos, al entrar también se pide un código de 6 dígitos de una aplicación de tu teléfono, así que una contraseña robada no basta.',
  adminTotpOn:
    'Activado. Al entrar se pide un código de 6 dígitos de tu aplicación de autenticación.',
  adminTotpStart: 'Configurar el inicio de sesión en dos pasos',
  adminTotpStarting: 'Empezando…',
  adminTotpSetupTitle: 'Configura tu aplicación de autenticación',
  adminTotpStepApp:
    'Abre una aplicación de autenticación en tu teléfono (por ejemplo Google Authenticator, Microsoft Authenticator o 2FAS) y elige añadir una cuenta escribiendo una clave.',
  adminTotpStepKey: 'Escribe esta clave de configuración. Los espacios solo ayudan a leerla.',
  adminTotpKeyLabel: 'Clave de configuración',
  adminTotpNoQr:
    'Esta consola no muestra un código QR: escribe la clave en tu aplicación, o usa el enlace de abajo si la aplicación está en este dispositivo.',
  adminTotpLink: 'Abrir en una aplicación de autenticación de este dispositivo',
  adminTotpStepCode:
    'Después escribe el código de 6 dígitos que muestra la aplicación, para comprobar que funciona.',
  adminTotpCode: 'Código de 6 dígitos',
  adminTotpCodeHint: 'Seis dígitos, por ejemplo 123456.',
  adminTotpCodeFormat: 'Escribe los 6 dígitos que muestra la aplicación, por ejemplo 123456.',
  adminTotpCodeWrong:
    'Este código no es correcto. Comprueba que la hora de tu teléfono es correcta y prueba con el código más reciente.',
  adminTotpConfirm: 'Activar el inicio de sesión en dos pasos',
  adminTotpSetupLost:
    'Esta configuración ya no espera un código, quizá porque se empezó de nuevo en otro lugar. Vuelve a empezar, por favor.',
  adminTotpAlreadyOn: 'El inicio de sesión en dos pasos ya está activado en tu cuenta.',
  adminTotpEnabled:
    'El inicio de sesión en dos pasos está activado. Desde ahora, al entrar se pide un código.',
  adminTotpTurnOff: 'Desactivar el inicio de sesión en dos pasos',
  adminTotpOffConfirm:
    'Sin el inicio de sesión en dos pasos, basta tu contraseña para entrar. Escribe tu contraseña para desactivarlo.',
  adminTotpOffButton: 'Desactivarlo',
  adminTotpDisabled: 'El inicio de sesión en dos pasos está desactivado.',
  adminTotpSetupCancelled:
    'Configuración cancelada. El inicio de sesión en dos pasos sigue desactivado.',

  adminTokensTitle: 'Tokens de acceso para scripts',
  adminTokensIntro:
    'Un token permite que un script o una hoja de cálculo use la API del equipo en tu nombre, sin tu contraseña. No puede cambiar tu contraseña, el inicio de sesión en dos pasos ni los tokens. Revoca los que ya no uses.',
  adminTokensLoading: 'Cargando tus tokens…',
  adminTokensError: 'No pudimos cargar tus tokens.',
  adminTokensEmpty: 'No tienes tokens.',
  adminTokenName: 'Nombre del token nuevo',
  adminTokenNameHint: 'Para qué es, por ejemplo «Exportación mensual».',
  adminTokenCreate: 'Crear token',
  adminTokenCreating: 'Creando…',
  adminTokenCreatedTitle: (name) => `Tu token nuevo «${name}»`,
  adminTokenCopyNow:
    'Cópialo ahora y guárdalo en un lugar seguro: no se volverá a mostrar. Quien lo tenga puede actuar en tu nombre.',
  adminTokenLabel: 'Token',
  adminTokenDone: 'Ya lo he copiado',
  adminTokenCreatedSaid: 'Token creado. Cópialo ahora: no se volverá a mostrar.',
  adminTokenMeta: (created, lastUsed) =>
    `Creado el ${created} · ${lastUsed ? `último uso el ${lastUsed}` : 'nunca usado'}`,
  adminTokenRevoke: 'Revocar',
  adminTokenRevokeConfirm: (name) =>
    `¿Revocar «${name}»? Los scripts que lo usan dejarán de funcionar en el acto.`,
  adminTokenRevokeButton: 'Revocar token',
  adminTokenRevoked: (name) => `Token «${name}» revocado.`,
  adminTokenGone: 'Este token ya estaba revocado.',
  adminTokenCount: (value) => count(value, 'token', 'tokens'),

  adminStaffView: 'Equipo',
  adminStaffTitle: 'Cuentas del equipo',
  adminStaffOwnersOnly:
    'Solo las personas titulares del consultorio pueden ver y gestionar las cuentas del equipo. Pide a una de ellas lo que necesites cambiar.',
  adminStaffLoading: 'Cargando las cuentas del equipo…',
  adminStaffError: 'No pudimos cargar las cuentas del equipo.',
  adminStaffEmpty: 'Aún no hay cuentas del equipo.',
  adminStaffAddTitle: 'Añadir a alguien al equipo',
  adminStaffEmail: 'Su correo electrónico',
  adminStaffEmailInvalid: 'Escribe un correo electrónico, por ejemplo nombre@consultorio.org.',
  adminStaffExists: 'Ya hay una cuenta con este correo.',
  adminStaffRole: 'Función',
  adminStaffRoleHint:
    'Las personas titulares también gestionan las cuentas del equipo, cambian los ajustes del consultorio y leen el registro de actividad.',
  adminStaffRoleName: (role) => (role === 'owner' ? 'Titular' : 'Equipo'),
  adminStaffAdd: 'Añadir al equipo',
  adminStaffAdding: 'Añadiendo…',
  adminStaffYou: (email) => `${email} (tú)`,
  adminStaffTotp: (on) =>
    on ? 'Inicio de sesión en dos pasos activado' : 'Inicio de sesión en dos pasos desactivado',
  adminStaffState: (disabled) => (disabled ? 'Desactivada' : 'Activa'),
  adminStaffMustChange: 'Aún no ha elegido contraseña',
  adminStaffSelfNote:
    'No puedes desactivar tu propia cuenta ni restablecer tu propia contraseña aquí: pídeselo a otra persona titular.',
  adminStaffDisable: 'Desactivar',
  adminStaffEnable: 'Reactivar',
  adminStaffReset: 'Restablecer contraseña',
  adminStaffDisableConfirm: (email) =>
    `¿Desactivar ${email}? Su sesión se cierra en el acto y sus tokens dejan de funcionar. Podrás reactivar la cuenta más adelante.`,
  adminStaffDisableButton: 'Desactivar cuenta',
  adminStaffResetConfirm: (email) =>
    `¿Restablecer la contraseña de ${email}? Su sesión se cierra, su inicio de sesión en dos pasos se desactiva y recibirá de ti una contraseña nueva de un solo uso.`,
  adminStaffResetButton: 'Restablecer contraseña',
  adminStaffDisabled: (email) => `${email} está desactivada.`,
  adminStaffEnabled: (email) => `${email} está activa.`,
  adminStaffNotSelf:
    'Una persona titular no puede desactivar ni restablecer su propia cuenta. Pídeselo a otra.',
  adminStaffChanged: 'Esta cuenta cambió mientras tanto. La lista se ha actualizado.',
  adminOneTimeTitle: (email) => `Contraseña de un solo uso para ${email}`,
  adminOneTimeCreated: (email) => `Cuenta creada para ${email}.`,
  adminOneTimeReset: (email) => `Se restableció la contraseña de ${email}.`,
  adminOneTimeNote:
    'Dásela en persona o por teléfono, no por correo. Elegirá su propia contraseña al entrar por primera vez. No se volverá a mostrar.',
  adminOneTimeLabel: 'Contraseña de un solo uso',
  adminOneTimeDone: 'Ya se la he dado',
  adminOneTimeSaid: 'Debajo del encabezado se muestra una sola vez la contraseña de un solo uso.',

  adminAuditView: 'Registro de actividad',
  adminAuditTitle: 'Registro de actividad',
  adminAuditIntro:
    'Quién hizo qué y cuándo, lo más reciente primero. Registra acciones, nunca el contenido de historias ni de inscripciones.',
  adminAuditOwnersOnly:
    'Solo las personas titulares del consultorio pueden leer el registro de actividad.',
  adminAuditLoading: 'Cargando el registro de actividad…',
  adminAuditError: 'No pudimos cargar el registro de actividad.',
  adminAuditEmpty: 'Aún no hay nada registrado.',
  adminAuditWhen: 'Cuándo',
  adminAuditWho: 'Quién',
  adminAuditWhat: 'Qué',
  adminAuditMore: 'Mostrar entradas anteriores',
  adminAuditLoadingMore: 'Cargando…',
  adminAuditMoreError: 'No pudimos cargar entradas anteriores. Inténtalo de nuevo.',
  adminAuditLoaded: (value) =>
    `${count(value, 'entrada anterior mostrada', 'entradas anteriores mostradas')}.`,
  adminAuditAction: (action) => AUDIT_ACTIONS[action] ?? action.replace(/_/g, ' '),
  adminAuditActor: (email, via) =>
    via === 'cli'
      ? 'Línea de comandos del servidor'
      : via === 'system'
        ? 'Hearth (automático)'
        : `${email ?? 'Persona desconocida'}${via === 'token' ? ' (con un token de acceso)' : ''}`,
};
