// Common first names in English and Spanish, lower-cased and without accents: the data is
// first-names.json, made by scripts/first-names.mjs from @faker-js/faker's en, es and es_MX names.
// Server only: the widgets never import it.
import names from './first-names.json' with { type: 'json' };

export const FIRST_NAMES: ReadonlySet<string> = new Set(names);
