import type { Catalogue } from './en.js';
import { formatNumber, pluralOf } from './format.js';

/**
 * The shared words in Spanish, loaded on demand (`import()`), so English-only pages never
 * download them. Formatters are made on first use (and kept, in format.ts), never when the
 * module loads: the first one loads the locale's data, which must not hold up the page.
 */
const number = { format: (value: number) => formatNumber(value, 'es') };
const plural = { select: (count: number) => pluralOf(count, 'es') };

export const es: Catalogue = {
  notConfigured: 'Esta sección no está disponible en este momento.',
  contactLead: 'Puede comunicarse directamente con el centro:',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  errorNetwork: 'Revise su conexión a internet y vuelva a intentarlo.',
  errorServer: 'El sistema del centro tiene problemas. Vuelva a intentarlo en unos momentos.',
  errorRateLimited: 'Hemos recibido muchas solicitudes. Espere un momento y vuelva a intentarlo.',
  errorGeneric: 'Algo salió mal. Vuelva a intentarlo.',
  tryAgain: 'Intentar de nuevo',
  topics: 'Temas',
  ages: (min, max) =>
    min !== undefined && max !== undefined
      ? `De ${min} a ${max} años`
      : min !== undefined
        ? `Desde ${min} años`
        : `Hasta ${max} años`,
  statusOpen: 'Plazas disponibles',
  statusFewSeats: (seats) =>
    plural.select(seats) === 'one'
      ? `Queda ${number.format(seats)} plaza`
      : `Quedan ${number.format(seats)} plazas`,
  statusWaitlist: 'Lista de espera abierta',
  statusClosed: 'Completo',
  close: 'Cerrar',
};
