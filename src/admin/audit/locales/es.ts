/** The staff console's Spanish words for the activity log, loaded on demand. */
import { counting } from '../../kit/counting.js';
import type { enAdminAudit } from './en.js';

const { count } = counting('es');

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

export const esAdminAudit: typeof enAdminAudit = {
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
