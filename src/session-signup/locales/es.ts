/** The sign-up form's Spanish words, fetched only on Spanish pages. */
import type { enSignup } from './en.js';
import { formatNumber } from '../../i18n/format.js';

const number = (value: number) => formatNumber(value, 'es');

export const esSignup: typeof enSignup = {
  signupLoading: 'Cargando el formulario…',
  signupPickLegend: '¿A qué grupo le gustaría unirse?',
  signupNotSure: 'No estoy seguro/a: ayúdenme a elegir',
  signupNoGroups: 'Ahora mismo ningún grupo acepta solicitudes.',
  signupHelpTitle: 'El centro puede ayudarle a elegir',
  signupHelpBody: 'Cuénteles un poco lo que busca y le sugerirán un grupo adecuado.',
  signupTitle: (group) => `Solicitar un lugar: ${group}`,
  signupWaitlistTitle: (group) => `Unirse a la lista de espera: ${group}`,
  signupIntro:
    'Solo toma un minuto y no le compromete a nada. El centro se pondrá en contacto para conversarlo.',

  signupName: 'Su nombre',
  signupNameHint: 'Basta con su nombre de pila o el nombre que usa.',
  signupEmail: 'Correo electrónico',
  signupPhone: 'Teléfono (opcional)',
  signupPhoneNeeded: 'Teléfono (necesario para llamadas y mensajes)',
  signupMethod: '¿Cómo prefiere que el centro le contacte?',
  signupMethods: { email: 'Correo electrónico', phone: 'Llamada', text: 'Mensaje de texto' },
  signupLeaveMessage: 'Pueden dejarme un mensaje',
  signupBestTimes: 'Mejores horarios para contactarle (opcional)',
  signupMessage: '¿Algo que quiera que el centro sepa? (opcional)',
  signupMessageNote:
    'Escriba poco y no incluya detalles de una crisis: este mensaje no se lee de inmediato.',
  signupCount: (used, limit) => `${number(used)} de ${number(limit)} caracteres`,
  signupAge: (ages) => `Confirmo que estoy en el rango de edad del grupo (${ages.toLowerCase()})`,
  signupConsentContact: (practice) =>
    `Acepto que ${practice} se comunique conmigo sobre este grupo`,
  signupConsentPrivacy: 'He leído y acepto la política de privacidad',
  signupPrivacyLink: 'Política de privacidad (se abre en una pestaña nueva)',
  signupWebsite: 'Deje esto vacío',
  signupSend: 'Enviar solicitud',
  signupSending: 'Enviando…',

  signupCrisis: 'Este formulario no se atiende a toda hora. Si necesita ayuda ahora:',
  signupCall: (phone) => `Llamar al ${phone}`,
  signupText: (phone) => `Enviar un mensaje al ${phone}`,
  signupCrisisFallback: 'Encuentre una línea de ayuda gratuita y confidencial en su país',

  signupReach: (phone, sms) =>
    phone && sms
      ? phone === sms
        ? `llame o envíe un mensaje al ${phone}`
        : `llame al ${phone} o envíe un mensaje al ${sms}`
      : phone
        ? `llame al ${phone}`
        : `envíe un mensaje al ${sms}`,
  signupHelpNow: (reach) =>
    `Si está pensando en quitarse la vida o cree que podría llegar a hacerlo, no espere a que le contactemos: ${reach ?? 'comuníquese con uno de estos servicios'} ahora.`,
  signupHelpGentle:
    'Si algo de esto le pesa ahora mismo, no tiene que esperarnos. Puede hablar con alguien en cualquier momento, gratis:',
  signupHelpStill:
    'Puede enviar su solicitud de todos modos. El centro leerá su mensaje, pero no de inmediato.',

  signupSummary: (count) =>
    count === 1 ? 'Revise 1 respuesta' : `Revise ${number(count)} respuestas`,
  signupError: (field, code) => {
    if (code === 'too_long') return 'El texto es demasiado largo. Acórtelo, por favor.';
    if (code === 'consent') {
      return field === 'consent.privacy'
        ? 'Acepte la política de privacidad para enviar su solicitud.'
        : 'Acepte que le contacten, para que el centro pueda responderle.';
    }
    if (code === 'required') {
      return field === 'name'
        ? 'Díganos cómo llamarle.'
        : field === 'email'
          ? 'Escriba su correo electrónico.'
          : 'Elija cómo prefiere que el centro le contacte.';
    }
    if (code === 'email') return 'Escriba un correo como nombre@ejemplo.com.';
    if (code === 'phone_required') return 'Añada un teléfono para llamadas o mensajes.';
    if (code === 'phone') return 'Revise el teléfono: debe tener entre 7 y 15 dígitos.';
    if (code === 'age') return 'Confirme el rango de edad, o pregunte al centro.';
    return 'Revise esta respuesta.';
  },

  signupSentCrisis: (reach) =>
    `No espere a que le contactemos: si cree que podría hacerse daño, ${reach ?? 'comuníquese con uno de estos servicios'} ahora (o llame al número de emergencias de su zona).`,
  signupSentCrisisBody: 'También tenemos su solicitud y nos pondremos en contacto con usted.',

  signupRequestedTitle: 'Su solicitud se ha enviado',
  signupRequestedBody:
    'Gracias por escribir. El centro se comunicará con usted como lo pidió, para responder sus preguntas y ver si el grupo es adecuado.',
  signupScreening: 'Este grupo empieza con una breve llamada de evaluación.',
  signupWaitlistedTitle: 'Está en la lista de espera',
  signupPosition: (position) => `Tiene el número ${number(position)} en la lista.`,
  signupJustFilled: 'El grupo se llenó justo antes de que llegara su solicitud.',
  signupWaitlistedBody: 'El centro se comunicará con usted cuando se libere un lugar.',

  signupOfflineTitle: 'Su solicitud aún no se ha enviado',
  signupOffline:
    'No pudimos comunicarnos con el centro. Todo lo que escribió sigue aquí. Revise su conexión y vuelva a intentarlo.',
  signupClosedTitle: 'Este grupo no acepta solicitudes en este momento',
  signupClosed: 'Puede elegir otro grupo o comunicarse directamente con el centro.',
  signupOtherGroups: 'Elegir otro grupo',
  signupBusy: (wait) =>
    `Hemos recibido muchas solicitudes desde esta conexión. Vuelva a intentarlo ${wait}.`,
  signupBusySoon: 'en unos minutos',
  signupServer:
    'El sistema del centro tiene problemas. Todo lo que escribió sigue aquí. Vuelva a intentarlo en unos momentos.',
};
