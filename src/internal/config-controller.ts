import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createClient, type HearthClient } from '../api/index.js';
import { hearthContext, type HearthConfig } from '../context/hearth-context.js';
import { isTheme, type Theme } from '../styles/theme.js';
import { warn } from './warn.js';

export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  apiBase?: string;
  theme?: string;
  client?: HearthClient;
}

/**
 * - `pending`: no configuration yet, and a late `<hearth-provider>` still has a moment to arrive;
 * - `configured`: there is a client to talk to;
 * - `unconfigured`: nothing arrived: the widget says so politely and the console says why.
 */
export type ConfigStatus = 'pending' | 'configured' | 'unconfigured';

/**
 * Resolves a widget's configuration: its own attributes > the nearest `<hearth-provider>`
 * (subscribed through `@lit/context`, so a provider that changes or upgrades late still reaches
 * it) > none.
 */
export class ConfigController implements ReactiveController {
  readonly #host: ConfigHost;
  #provided?: HearthConfig;
  #ownClient?: { apiBase: string; client: HearthClient | undefined };
  /** The wait for a late provider: not begun (`undefined`), under way (`false`), over (`true`). */
  #waited?: boolean;
  readonly #warnings = new Set<string>();

  constructor(host: ConfigHost) {
    this.#host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: hearthContext,
      subscribe: true,
      callback: (value) => {
        this.#provided = value;
      },
    });
  }

  hostUpdated(): void {
    if (this.#waited !== undefined) return;
    this.#waited = false;
    // A task after the first render: providers defined by a later script in the same page load
    // have upgraded by then.
    setTimeout(() => {
      this.#waited = true;
      // Once per element: there is only the first wait.
      if (!this.client) {
        warn(
          `<${this.#host.localName}> has no api-base: set the api-base attribute or wrap it in <hearth-provider api-base="…">.`,
        );
      }
      this.#host.requestUpdate();
    });
  }

  get status(): ConfigStatus {
    if (this.client) return 'configured';
    return this.#waited ? 'unconfigured' : 'pending';
  }

  /** The provider's configuration, when inside one. */
  get provider(): HearthConfig | undefined {
    return this.#provided;
  }

  get apiBase(): string | undefined {
    return this.#host.apiBase || this.#provided?.apiBase || undefined;
  }

  /** The element's `client` > a client for its `api-base` > the provider's client. */
  get client(): HearthClient | undefined {
    if (this.#host.client) return this.#host.client;
    if (this.#host.apiBase) return this.#clientFor(this.#host.apiBase);
    if (this.#provided?.client) return this.#provided.client;
    return this.#provided?.apiBase ? this.#clientFor(this.#provided.apiBase) : undefined;
  }

  /** The element's `theme` > the provider's > `light`. Invalid values warn once and are skipped. */
  get theme(): Theme {
    const own = this.#host.theme;
    if (own && !isTheme(own)) {
      this.#warnOnce(
        `theme:${own}`,
        `<${this.#host.localName}> theme="${own}" is not one of light, dark, auto; using the default.`,
      );
    }
    if (isTheme(own)) return own;
    return isTheme(this.#provided?.theme) ? this.#provided.theme : 'light';
  }

  get locale(): string | undefined {
    return this.#provided?.locale;
  }

  get selectedGroup(): string | undefined {
    return this.#provided?.selectedGroup;
  }

  #warnOnce(key: string, message: string): void {
    if (this.#warnings.has(key)) return;
    this.#warnings.add(key);
    warn(message);
  }

  #clientFor(apiBase: string): HearthClient | undefined {
    if (this.#ownClient?.apiBase !== apiBase) {
      let client: HearthClient | undefined;
      try {
        client = createClient({ baseUrl: apiBase });
      } catch (error) {
        warn(`<${this.#host.localName}> could not use api-base "${apiBase}".`, error);
      }
      this.#ownClient = { apiBase, client };
    }
    return this.#ownClient.client;
  }
}
