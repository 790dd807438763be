/** The share form's Spanish words, fetched only when the form opens on a page in Spanish. */
import type { enStoryShare } from './en.js';
import { formatList, formatNumber } from '../../../i18n/format.js';

const number = (value: number) => formatNumber(value, 'es');
const list = (items: readonly string[]) => formatList(items, 'es');

export const esStoryShare: typeof enStoryShare = {
  storyShareIntro: 'Antes de compartir:',
  storyShareRules: (practice) => [
    `Alguien de ${practice} lee cada historia antes de que aparezca aquí.`,
    'Su historia se publica sin su nombre.',
    'Podemos quitar detalles que permitan identificarle a usted o a otras personas.',
  ],
  storyBody: 'Su historia',
  storyBodyHint:
    'Escriba con sus propias palabras. No incluya nombres, lugares ni datos de contacto.',
  storyCount: (used, limit) => `${number(used)} de ${number(limit)} caracteres`,
  storyRemaining: (left) =>
    left < 0
      ? `${number(-left)} caracteres por encima del límite`
      : `Quedan ${number(left)} caracteres`,
  storyDetails: (kinds) =>
    `Parece que su historia incluye ${list(kinds.map((kind) => esStoryShare.storyDetailKinds[kind]))}. Quite todo lo que pueda identificarle a usted o a otra persona.`,
  storyDetailKinds: {
    name: 'un nombre',
    address: 'una dirección',
    email: 'un correo electrónico',
    phone: 'un número de teléfono',
    url: 'un enlace',
    handle: 'un @usuario',
  },
  storyCrisisNow:
    'Parece que está cargando con algo muy pesado ahora mismo. No tiene que esperar a que lean su historia: puede hablar con alguien ahora.',
  storyTopicsLegend: 'Temas (opcional, hasta 5)',
  storyNote: 'Aviso de contenido (opcional)',
  storyNoteHint:
    'Por ejemplo «autolesiones» o «pérdida de un hijo». Se muestra antes de la historia.',
  storyConsent: 'Acepto que mi historia se publique aquí sin mi nombre, después de ser revisada.',
  storyWebsite: 'Deje este campo vacío',
  storySend: 'Enviar mi historia',
  storySummary: (count) =>
    count === 1 ? 'Revise 1 cosa, por favor' : `Revise ${number(count)} cosas, por favor`,
  storyError: (field, code, limit) => {
    if (field === 'consent') return 'Acepte, por favor, para que el centro pueda publicarla.';
    if (field === 'topics') {
      return code === 'too_many' ? 'Elija como máximo 5 temas.' : 'Elija de nuevo, por favor.';
    }
    if (field === 'contentWarning') return 'El aviso de contenido debe ser breve (80 caracteres).';
    if (code === 'required') return 'Escriba su historia, por favor.';
    if (code === 'too_short') return 'Escriba un poco más (al menos 20 caracteres).';
    if (code === 'too_long') return `Acorte su historia a ${number(limit)} caracteres.`;
    return 'Contiene caracteres que no podemos aceptar. Revíselo, por favor.';
  },
  storyFailedTitle: 'Su historia todavía no se ha enviado',
  storyOffline:
    'No pudimos comunicarnos con el centro. Todo lo que escribió sigue aquí: vuelva a intentarlo.',
  storyBusy: (wait) => `Están llegando muchas historias. Vuelva a intentarlo ${wait}.`,
  storyBusySoon: 'en unos minutos',
  storyTooLarge: 'Su historia es más larga de lo que el centro puede recibir. Acórtela, por favor.',
  storyServer:
    'Algo falló en el sistema del centro. Todo lo que escribió sigue aquí: vuelva a intentarlo.',
  storySentTitle: 'Gracias por compartir',
  storySentBody: (practice) =>
    `Alguien de ${practice} leerá su historia. Si se aprueba, aparecerá aquí sin su nombre. Nada se publica sin que una persona lo lea antes.`,
  storySentCrisis:
    'Escribió sobre algo doloroso. Si está pensando en el suicidio o en hacerse daño, busque ayuda ahora. Merece apoyo, hoy mismo:',
  storyShareAnother: 'Compartir otra historia',
};
