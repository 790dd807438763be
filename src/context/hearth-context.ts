import { createContext } from '@lit/context';
import type { HearthClient } from '../api/index.js';
import type { Theme } from '../styles/theme.js';

/** What a `<hearth-provider>` shares with the widgets inside it. */
export interface HearthConfig {
  /** Base URL of the Hearth API, as the provider's `api-base` attribute gave it. */
  apiBase?: string;
  /** BCP 47 locale for every widget inside the provider that has no `lang` of its own. */
  locale?: string;
  theme?: Theme;
  /** The API client made from `apiBase` (or given to the provider directly). */
  client?: HearthClient;
  /** The id of the group a visitor last selected in any widget inside the provider. */
  selectedGroup?: string;
}

/**
 * `Symbol.for` makes the key global: two copies of the bundle on one page (two script tags,
 * two versions) still find each other's providers.
 */
export const hearthContext = createContext<HearthConfig>(Symbol.for('hearth.config'));
