/** The story wall's Spanish words for reading, fetched only for pages in Spanish. */
import type { enStory } from './en.js';
import { formatNumber, pluralOf } from '../../i18n/format.js';

const plural = (count: number) => pluralOf(count, 'es');
const number = (value: number) => formatNumber(value, 'es');
const stories = (count: number) =>
  `${number(count)} ${plural(count) === 'one' ? 'historia' : 'historias'}`;

export const esStory: typeof enStory = {
  storyLoading: 'Cargando historias…',
  storyFilterLegend: 'Mostrar historias sobre',
  storyAllTopics: 'Todos los temas',
  storyEmptyTitle: 'Todavía nadie ha compartido una historia aquí.',
  storyEmptyBody:
    'Si lo desea, la suya puede ser la primera: quizá ayude a alguien a sentirse menos solo.',
  storyNoneForTopic: (topic) => `Todavía no hay historias sobre ${topic.toLowerCase()}.`,
  storyShowAll: 'Ver todas las historias',
  storyErrorTitle: 'No pudimos cargar las historias.',
  storyFound: (count, more) =>
    count === 0
      ? 'Todavía no hay historias sobre esto.'
      : `${more ? 'Se muestran ' : ''}${stories(count)}${more ? ', y hay más para cargar' : ''}.`,
  storyLoadMore: 'Cargar más historias',
  storyLoadingMore: 'Cargando más…',
  storyArrived: (count) =>
    count === 0
      ? 'No hay más historias.'
      : `${stories(count)} ${plural(count) === 'one' ? 'cargada' : 'cargadas'}.`,
  storyMoreFailed: 'No se pudieron cargar más historias. Vuelva a intentarlo.',

  storyContentNote: (note) => `Aviso de contenido: ${note}`,
  storyShow: 'Mostrar la historia',
  storyHide: 'Ocultar la historia',
  storyMeToo: 'A mí también',
  storyFelt: (count) =>
    count === 0
      ? 'Sea la primera persona en decir que también lo sintió'
      : `${number(count)} ${plural(count) === 'one' ? 'persona también lo sintió' : 'personas también lo sintieron'}`,
  storyMeTooFailed: 'No se pudo guardar su «a mí también». Vuelva a intentarlo en un momento.',

  storyReport: 'Reportar',
  storyReportLegend: '¿Por qué reporta esta historia?',
  storyReasons: {
    identifies_someone: 'Podría identificar a alguien',
    harmful: 'Podría hacer daño a quien la lea',
    spam: 'Es publicidad o spam',
    other: 'Otro motivo',
  },
  storyReportNote: '¿Algo que el centro deba saber? (opcional)',
  storyReportSend: 'Enviar el reporte',
  storyReportCancel: 'Cancelar',
  storyReportChoose: 'Elija un motivo, por favor.',
  storyReportThanks: 'Gracias. Alguien del centro revisará esta historia.',
  storyReportFailed: 'No se pudo enviar su reporte. Vuelva a intentarlo.',

  storyShare: 'Compartir su historia',
  storyShareLoading: 'Abriendo el formulario…',
  storyShareFailed: 'No se pudo abrir el formulario para compartir su historia.',
  storySending: 'Enviando…',

  storyCrisisTitle: 'Si necesita hablar con alguien ahora',
  storyCall: (number) => `Llamar al ${number}`,
  storyText: (number) => `Enviar un mensaje al ${number}`,
  storyCrisisFallback: 'Encuentre una línea de ayuda gratuita y confidencial cerca de usted',
};
