/** The staff console's Spanish words, loaded on demand. */
import type { StaffFieldError } from '../../api/contract/staff.js';
import type { enAdmin } from './en.js';
import { counting } from '../kit/counting.js';

const { count } = counting('es');

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
  // The failures the kit's `errorWords` names (src/internal/state-messages.ts), said to staff:
  // these replace the shared words, which speak to visitors.
  errorNetwork: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  errorServer: 'Algo falló en el servidor. Inténtalo de nuevo.',
  errorGeneric: 'No funcionó. Inténtalo de nuevo.',
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

  adminCancel: 'Cancelar',
  adminViews: 'Secciones',
  adminFieldProblem: (code: string) => FIELD_PROBLEMS[code as StaffFieldError] ?? '',
};
