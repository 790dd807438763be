/** The group finder's Spanish words, loaded on demand with the shared ones (`src/i18n/es.ts`). */
import type { enFinder } from './en.js';
import { formatNumber, pluralOf } from '../../i18n/format.js';

const number = { format: (value: number) => formatNumber(value, 'es') };
const plural = { select: (count: number) => pluralOf(count, 'es') };

/** `Intl` names weekdays in the singular (“sábado”); Spanish plural adds -s only to the weekend. */
const pluralDay = (day: string) => (day.endsWith('o') ? `${day}s` : day);

export const esFinder: typeof enFinder = {
  loading: 'Cargando grupos…',
  groupsLabel: 'Grupos terapéuticos',
  groupCount: (count: number) =>
    count === 0
      ? 'Ningún grupo'
      : `${number.format(count)} ${plural.select(count) === 'one' ? 'grupo' : 'grupos'}`,
  emptyTitle: 'Por ahora no hay grupos publicados.',
  emptyBody:
    'A lo largo del año se abren grupos nuevos. Mientras tanto, el equipo puede orientarle sobre lo que podría ayudarle.',
  errorTitle: 'No pudimos cargar los grupos.',
  viewDetails: 'Ver detalles',
  formatInPerson: (place) => (place ? `Presencial en ${place}` : 'Presencial'),
  formatOnline: 'En línea',
  formatHybrid: (place) => (place ? `Presencial en ${place} o en línea` : 'Presencial o en línea'),
  scheduleWeekly: (day, time) => `Los ${pluralDay(day)}, ${time}`,
  scheduleBiweekly: (day, time) => `Cada dos semanas, los ${pluralDay(day)}, ${time}`,
  scheduleMonthly: (day, time) => `Un ${day} al mes, ${time}`,
  yourTime: (schedule) => `En su zona horaria: ${schedule}`,
  nextSession: (date) => `Próxima sesión: ${date}`,
  ongoing: 'Grupo abierto: puede unirse en cualquier momento',
  cohort: (count, unit, start) => {
    const length =
      count === undefined
        ? 'Grupo cerrado'
        : `${number.format(count)} ${unit === 'weeks' ? (count === 1 ? 'semana' : 'semanas') : count === 1 ? 'sesión' : 'sesiones'}`;
    return start ? `${length}, empieza el ${start}` : length;
  },
  feePerSession: (amount) => `${amount} por sesión`,
  feePerSeries: (amount) => `${amount} por el ciclo completo`,
  feeFree: 'Gratuito',
  feeByArrangement: 'Tarifa a convenir',
  slidingScale: 'Tarifa reducida según ingresos',
  insurance: (list) => `Seguros aceptados: ${list}`,
  screeningRequired: 'Antes de empezar, una breve llamada de valoración',
  kinds: {
    process: 'Grupo de proceso: hablar juntos de lo que se vive',
    skills: 'Grupo de habilidades: aprender herramientas prácticas',
    psychoeducational: 'Grupo psicoeducativo: entender lo que está viviendo',
    support: 'Grupo de apoyo: personas en la misma situación',
  },
  facilitators: (names) => `Con ${names}`,
  accessibility: (note) => `Accesibilidad: ${note}`,
  search: 'Buscar grupos',
  filterGroups: (active) =>
    active
      ? `Filtrar grupos (${number.format(active)} ${active === 1 ? 'elegido' : 'elegidos'})`
      : 'Filtrar grupos',
  formatLegend: 'Modalidad',
  formats: { in_person: 'Presencial', online: 'En línea', hybrid: 'Presencial o en línea' },
  dayLegend: 'Día',
  timeLegend: 'Horario',
  times: {
    morning: 'Mañana (antes de las 12:00)',
    afternoon: 'Tarde (de 12:00 a 17:00)',
    evening: 'Noche (desde las 17:00)',
  },
  clearFilters: 'Quitar todos los filtros',
  resultCount: (shown, total) =>
    `${number.format(shown)} de ${number.format(total)} ${plural.select(total) === 'one' ? 'grupo' : 'grupos'}`,
  noResultsTitle: 'Ningún grupo coincide con estos filtros.',
  noResultsBody: 'Pruebe con menos filtros, o quítelos para ver todos los grupos.',
  loadingMore: 'Cargando más grupos…',
  moreFailed: 'No se pudieron cargar algunos grupos. Los que se muestran siguen aquí.',
  showMore: (count) => `Mostrar ${number.format(count)} más`,
  upcoming: (zone) => `Próximas sesiones (${zone})`,
  requestSpot: 'Solicitar una plaza',
  joinWaitlist: 'Apuntarse a la lista de espera',
  closedNote:
    'Este grupo está completo y no tiene lista de espera. El centro puede recomendarle otro grupo o avisarle cuando vuelva a abrirse.',
  signupContact: 'Para solicitar una plaza, comuníquese con el centro.',
};
