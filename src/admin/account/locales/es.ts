/** The staff console's Spanish words for the account section, loaded on demand. */
import { counting } from '../../kit/counting.js';
import type { enAdminAccount } from './en.js';

const { count } = counting('es');

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
};
