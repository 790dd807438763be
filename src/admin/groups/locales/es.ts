/** The staff console's Spanish words for its groups view, loaded on demand. */
import type { GroupProblem } from '../group-draft.js';
import type {
  Enrollment,
  Frequency,
  GroupFormat,
  GroupKind,
  GroupStatus,
} from '../../../api/contract/public.js';
import type { enAdminGroups } from './en.js';
import { counting } from '../../kit/counting.js';

const { number, count } = counting('es');

export const esAdminGroups: typeof enAdminGroups = {
  adminGroupsView: 'Grupos',
  adminGroupsTitle: 'Grupos',
  adminGroupsLoading: 'Cargando los grupos…',
  adminGroupsError: 'No pudimos cargar los grupos.',
  adminGroupsEmpty: 'Todavía no hay grupos. Crea el primero.',
  adminGroupsActive: 'Grupos que ven los visitantes',
  adminGroupsArchived: 'Grupos archivados',
  adminGroupsArchivedIntro: 'Los visitantes no ven estos grupos. Sus solicitudes se conservan.',
  adminGroupsNoneActive: 'Ahora mismo no se muestra ningún grupo a los visitantes.',
  adminGroupNew: 'Nuevo grupo',
  adminGroupEdit: 'Editar',
  adminGroupArchive: 'Archivar',
  adminGroupRestore: 'Restaurar',
  adminGroupArchivedMark: 'Archivado: oculto para los visitantes',
  adminGroupArchiveQuestion: (name: string) => `¿Archivar «${name}»?`,
  adminGroupArchiveExplain:
    'Los visitantes dejarán de ver este grupo y no podrán pedir plaza. Sus solicitudes se conservan y puedes restaurarlo cuando quieras.',
  adminGroupArchiveConfirm: 'Sí, archivarlo',
  adminGroupArchived: (name: string) => `«${name}» está archivado. Los visitantes ya no lo ven.`,
  adminGroupRestored: (name: string) =>
    `«${name}» está restaurado. Los visitantes pueden verlo de nuevo.`,
  adminGroupSaved: (name: string) => `Se guardaron los cambios de «${name}».`,
  adminGroupCreated: (name: string) => `Se creó «${name}». Los visitantes ya pueden verlo.`,
  adminGroupGone: 'Este grupo ya no existe: puede que alguien lo haya eliminado.',
  adminGroupStatus: (status: GroupStatus): string =>
    ({
      open: 'Abierto a solicitudes',
      few_seats: 'Abierto, quedan pocas plazas',
      waitlist: 'Completo: las nuevas solicitudes pasan a la lista de espera',
      closed: 'No acepta solicitudes',
    })[status],
  adminGroupSeats: (capacity: number, taken: number, free: number) =>
    `${count(capacity, 'plaza', 'plazas')} · ${number.format(taken)} ocupadas · ${number.format(free)} libres`,
  adminGroupOver: (capacity: number, taken: number, over: number) =>
    `La capacidad (${number.format(capacity)}) es menor que las ${count(taken, 'plaza ocupada', 'plazas ocupadas')}: ${count(over, 'persona queda', 'personas quedan')} por encima. Nadie pierde su plaza, pero las nuevas solicitudes pasarán a la lista de espera.`,
  adminGroupSeatsNote:
    'Las plazas ocupadas cuentan las solicitudes que tienen plaza (de recibida a inscrita) y las personas inscritas fuera de Hearth.',

  adminGroupFormNew: 'Nuevo grupo',
  adminGroupFormEdit: (name: string) => `Editar «${name}»`,
  adminGroupAbout: 'Sobre el grupo',
  adminGroupWho: 'Para quién es',
  adminGroupWhere: 'Dónde se reúne',
  adminGroupWhen: 'Cuándo se reúne',
  adminGroupPeople: 'Facilitadores',
  adminGroupCost: 'Precio',
  adminGroupSeatsTitle: 'Plazas y solicitudes',
  adminGroupId: 'Nombre corto para enlaces',
  adminGroupIdHint:
    'Letras, números y guiones, p. ej. circulo-duelo. Aparece en direcciones web y no se puede cambiar después.',
  adminGroupName: 'Nombre',
  adminGroupSummary: 'Resumen',
  adminGroupSummaryHint: 'Una frase que se muestra en la tarjeta del grupo.',
  adminGroupDescription: 'Descripción',
  adminGroupTopics: 'Temas',
  adminGroupTopicsHint: 'Los visitantes filtran los grupos por estos temas.',
  adminGroupNoTopics: 'La consulta aún no tiene temas. Añádelos en Ajustes de la consulta.',
  adminGroupAudience: 'Para quién es el grupo',
  adminGroupAudienceHint: 'Con palabras sencillas, p. ej. «Adultos en duelo por un ser querido».',
  adminGroupAgeMin: 'Edad mínima',
  adminGroupAgeMax: 'Edad máxima',
  adminGroupAgeHint:
    'Déjalo vacío si no hay límite. Con un rango de edad, los visitantes confirman su edad.',
  adminGroupLanguage: 'Idioma de las sesiones',
  adminGroupLanguageHint: 'Un código de idioma, p. ej. es para español, en para inglés.',
  adminGroupKind: 'Tipo de grupo',
  adminGroupKindName: (kind: GroupKind): string =>
    ({
      process: 'Grupo de proceso',
      skills: 'Grupo de habilidades',
      psychoeducational: 'Grupo psicoeducativo',
      support: 'Grupo de apoyo',
    })[kind],
  adminGroupFormat: 'Formato',
  adminGroupFormatName: (format: GroupFormat): string =>
    ({ in_person: 'Presencial', online: 'En línea', hybrid: 'Presencial y en línea' })[format],
  adminGroupPlace: 'Nombre del lugar',
  adminGroupAddress: 'Dirección',
  adminGroupCity: 'Ciudad',
  adminGroupAccessibility: 'Accesibilidad',
  adminGroupAccessibilityHint: 'P. ej. entrada sin escalones, ascensor, baño accesible.',
  adminGroupFrequency: 'Con qué frecuencia',
  adminGroupFrequencyName: (frequency: Frequency): string =>
    ({ weekly: 'Cada semana', biweekly: 'Cada dos semanas', monthly: 'Una vez al mes' })[frequency],
  adminGroupWeekday: 'Día de la semana',
  adminGroupStartTime: 'Hora de inicio',
  adminGroupStartTimeHint: 'En la zona horaria del grupo.',
  adminGroupDuration: 'Duración de una sesión, en minutos',
  adminGroupTimeZone: 'Zona horaria',
  adminGroupTimeZoneHint: 'Donde se reúne el grupo, p. ej. America/Chicago.',
  adminGroupEnrollment: 'Incorporación',
  adminGroupEnrollmentName: (enrollment: Enrollment): string =>
    ({
      ongoing: 'Abierto: se puede entrar en cualquier momento',
      cohort: 'Por cohorte: todos empiezan juntos en una fecha',
    })[enrollment],
  adminGroupStartsOn: 'Primera sesión',
  adminGroupSessionCount: 'Número de sesiones',
  adminGroupFacilitator: (position: number) => `Facilitador ${position}`,
  adminGroupFacilitatorName: 'Nombre',
  adminGroupFacilitatorCredentials: 'Titulación',
  adminGroupFacilitatorCredentialsHint: 'P. ej. LCSW, doctorado.',
  adminGroupFacilitatorAdd: 'Añadir un facilitador',
  adminGroupFacilitatorRemove: (position: number) => `Quitar al facilitador ${position}`,
  adminGroupFacilitatorRemoved: (position: number) => `Se quitó al facilitador ${position}.`,
  adminGroupNoFacilitators: 'No figura ningún facilitador.',
  adminGroupAmount: 'Importe',
  adminGroupAmountHint: 'Déjalo vacío si el grupo es gratuito o el precio se acuerda.',
  adminGroupCurrency: 'Moneda',
  adminGroupCurrencyHint: 'Tres letras, p. ej. USD.',
  adminGroupPer: 'El importe es',
  adminGroupPerName: (per: 'session' | 'series'): string =>
    ({ session: 'por sesión', series: 'por toda la serie' })[per],
  adminGroupSliding: 'Hay tarifa según ingresos',
  adminGroupInsurance: 'Seguros aceptados',
  adminGroupInsuranceHint: 'Uno por línea.',
  adminGroupCapacity: 'Capacidad (plazas)',
  adminGroupExternal: 'Personas inscritas fuera de Hearth',
  adminGroupExternalHint: 'P. ej. por teléfono o de un ciclo anterior. Ocupan plazas.',
  adminGroupClosed: 'No aceptar solicitudes por ahora',
  adminGroupClosedHint: 'El grupo sigue visible e indica que no acepta solicitudes.',
  adminGroupScreening: 'Primero hay una llamada de valoración',
  adminGroupScreeningNote: 'Sobre la llamada de valoración',
  adminGroupScreeningNoteHint: 'Se muestra a los visitantes después de pedir plaza.',
  adminGroupSave: 'Guardar cambios',
  adminGroupCreate: 'Crear grupo',
  adminGroupSaveFailed:
    'No pudimos guardar el grupo. Lo que escribiste sigue aquí: inténtalo de nuevo.',
  adminGroupForbidden: 'Tu cuenta no puede cambiar grupos.',
  adminGroupIdTaken: 'Otro grupo ya usa este nombre corto. Elige otro.',
  adminGroupProblem: (problem: GroupProblem): string =>
    ({
      required: 'Rellena este campo, por favor.',
      whole: 'Escribe un número entero.',
      amount: 'Escribe un importe como 40 o 12.50.',
      id: 'Usa solo letras, números y guiones (64 como máximo).',
      time: 'Escribe una hora como 18:30.',
      timeZone: 'Escribe una zona horaria como America/Chicago.',
      ageOrder: 'La edad máxima no puede ser menor que la mínima.',
      date: 'Escribe una fecha.',
      currency: 'Escribe tres letras mayúsculas, como USD.',
    })[problem],
  adminOptional: (label: string) => `${label} (opcional)`,
  adminProblemsTitle: (value: number) =>
    `${count(value, 'cosa necesita', 'cosas necesitan')} tu atención`,
};
