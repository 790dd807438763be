import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { createClient, type HearthClient } from '../api/index.js';
import { hearthContext, type HearthConfig } from '../context/hearth-context.js';
import type { HearthGroupSelectEvent } from '../events/group-select.js';
import { HearthElement } from '../internal/hearth-element.js';
import { isTheme } from '../styles/theme.js';
import { providerStyles } from './provider.styles.js';

/**
 * @tagname hearth-provider
 * @summary Shares one configuration — API base URL, locale, theme — and the selected group with
 * every Hearth widget inside it. Optional: a widget can also be configured by its own attributes,
 * which win over the provider's.
 *
 * @slot - The page content and the Hearth widgets that should use this configuration.
 *
 * @event hearth-group-select - Not fired by the provider: it listens for this event from the
 * widgets inside it and shares the group's id as `selectedGroup`.
 *
 * @cssproperty --hearth-color-accent - Buttons, links, focus rings. Inherited by the widgets inside.
 * @cssproperty --hearth-font-family - The widgets' font; inherits the page's by default.
 */
export class HearthProvider extends HearthElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    theme: {},
    client: { attribute: false },
    selectedGroup: { state: true, attribute: false },
  };

  static override styles = [...HearthElement.styles, providerStyles];

  private readonly context = new ContextProvider(this, {
    context: hearthContext,
    initialValue: {},
  });

  private ownClient?: HearthClient;

  private selectedGroup?: string;

  /** Base URL of the Hearth API; every request path is relative to it. */
  apiBase?: string;

  /** BCP 47 locale for the widgets inside (`en`, `es`, `es-MX`…); defaults to `<html lang>`. */
  locale?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). */
  theme?: string;

  /**
   * An API client to share instead of one made from `api-base`: for custom `fetch`, headers, or
   * tests. Set as a property.
   */
  client?: HearthClient;

  constructor() {
    super();
    this.addEventListener('hearth-group-select', this.handleGroupSelect);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase')) this.ownClient = this.createOwnClient();
    if (changed.has('theme') && this.theme && !isTheme(this.theme)) {
      this.warn(`<hearth-provider> theme="${this.theme}" is not one of light, dark, auto.`);
    }
    this.context.setValue(this.config);
  }

  private readonly handleGroupSelect = (event: HearthGroupSelectEvent) => {
    this.selectedGroup = event.groupId;
  };

  /** What the widgets inside receive. */
  get config(): HearthConfig {
    return {
      apiBase: this.apiBase || undefined,
      locale: this.locale || undefined,
      theme: isTheme(this.theme) ? this.theme : undefined,
      client: this.client ?? this.ownClient,
      selectedGroup: this.selectedGroup,
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private createOwnClient(): HearthClient | undefined {
    if (!this.apiBase) return undefined;
    try {
      return createClient({ baseUrl: this.apiBase });
    } catch (error) {
      this.warn(`<hearth-provider> could not use api-base "${this.apiBase}": ${String(error)}`);
      return undefined;
    }
  }
}
