/** The staff console's Spanish words for its practice settings view, loaded on demand. */
import type { enAdminSettings } from './en.js';
import { counting } from '../../kit/counting.js';

const { number } = counting('es');

export const esAdminSettings: typeof enAdminSettings = {
  adminSettingsView: 'Ajustes de la consulta',
  adminSettingsTitle: 'Ajustes de la consulta',
  adminSettingsLoading: 'Cargando los ajustes de la consulta…',
  adminSettingsError: 'No pudimos cargar los ajustes de la consulta.',
  adminSettingsOwnersOnly:
    'Solo una persona propietaria de la consulta puede cambiar estos ajustes. Pídeselo si hay que cambiar algo.',
  adminSettingsPractice: 'La consulta',
  adminSettingsName: 'Nombre de la consulta',
  adminSettingsPhone: 'Teléfono',
  adminSettingsEmail: 'Correo electrónico',
  adminSettingsAddress: 'Dirección',
  adminSettingsPrivacy: 'Política de privacidad (dirección web)',
  adminSettingsPrivacyHint: 'Los visitantes ven este enlace antes de pedir plaza.',
  adminSettingsPlaceAndLanguage: 'Hora e idioma',
  adminSettingsTimeZone: 'Zona horaria',
  adminSettingsTimeZoneHint: 'Donde está la consulta, p. ej. America/Chicago.',
  adminSettingsLocale: 'Idioma de los textos de la consulta',
  adminSettingsLocaleHint: 'Un código de idioma, p. ej. es o en-US.',
  adminSettingsTopics: 'Temas',
  adminSettingsTopicsHint:
    'Los visitantes filtran grupos e historias por estos temas. No se puede quitar un tema que aún usa un grupo o una historia.',
  adminSettingsTopic: (position: number) => `Tema ${position}`,
  adminSettingsTopicId: (id: string) => `Se usa en enlaces como «${id}».`,
  adminSettingsTopicAdd: 'Añadir un tema',
  adminSettingsTopicRemove: (position: number) => `Quitar el tema ${position}`,
  adminSettingsTopicRemoved: (label: string) =>
    `Se quitó el tema «${label}». Guarda para conservar el cambio.`,
  adminSettingsResources: 'Recursos de crisis',
  adminSettingsResourcesHint:
    'Se muestran a los visitantes cuyas palabras sugieren una crisis, y junto a los formularios.',
  adminSettingsResource: (position: number) => `Línea de crisis ${position}`,
  adminSettingsResourceName: 'Nombre',
  adminSettingsResourceDescription: 'Qué ofrece',
  adminSettingsResourcePhone: 'Número de teléfono',
  adminSettingsResourceSms: 'Número para mensajes de texto',
  adminSettingsResourceUrl: 'Dirección web',
  adminSettingsResourceAdd: 'Añadir una línea de crisis',
  adminSettingsResourceRemove: (position: number) => `Quitar la línea de crisis ${position}`,
  adminSettingsResourceRemoved: (position: number) =>
    `Se quitó la línea de crisis ${position}. Guarda para conservar el cambio.`,
  adminSettingsTexts: 'Textos que leen los visitantes',
  adminSettingsTextsHint: 'Deja un texto vacío para mostrar las palabras de Hearth.',
  adminSettingsTextNames: {
    signupNext: 'Después de pedir plaza',
    waitlistNext: 'Después de entrar en una lista de espera',
    screeningNote: 'Sobre la llamada de valoración',
    storyReview: 'Introducción para compartir una historia',
    emergency: 'En una emergencia',
  },
  adminSettingsTextHints: {
    signupNext: 'Qué pasa después; se muestra cuando alguien ha pedido plaza.',
    waitlistNext: 'Se muestra cuando un grupo está completo y alguien entró en su lista de espera.',
    screeningNote: 'Se muestra cuando un grupo empieza con una llamada de valoración.',
    storyReview: 'Se muestra en el muro de historias, encima del formulario para compartir.',
    emergency: 'Se muestra con los recursos de crisis, p. ej. «llama al 911».',
  },
  adminSettingsTextOther: (key: string) => `Texto «${key}»`,
  adminSettingsStories: 'Historias',
  adminSettingsStoryLength: 'Historia más larga, en caracteres',
  adminSettingsStoryLengthHint: (min: number, max: number, standard: number) =>
    `De ${number.format(min)} a ${number.format(max)}. Vacío significa ${number.format(standard)}.`,
  adminSettingsSave: 'Guardar ajustes',
  adminSettingsSaved: 'Se guardaron los ajustes. Los visitantes ya ven los cambios.',
  adminSettingsSaveFailed:
    'No pudimos guardar los ajustes. Lo que escribiste sigue aquí: inténtalo de nuevo.',
  adminSettingsProblems: {
    required: 'Rellena este campo, por favor.',
    email: 'Escribe un correo como nombre@ejemplo.org.',
    url: 'Escribe una dirección web completa, que empiece por https://.',
    timeZone: 'Escribe una zona horaria como America/Chicago.',
    storyLength: 'Escribe un número entero dentro del rango indicado.',
    topicName: 'Usa algunas letras o números en el nombre.',
    topicTaken: 'Otro tema ya tiene este nombre.',
  },
};
