/** The staff console's Spanish words for the staff section, loaded on demand. */
import type { enAdminStaff } from './en.js';

export const esAdminStaff: typeof enAdminStaff = {
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
};
