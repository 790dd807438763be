/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Group, HearthClient, Practice } from '../api/index.js';
import { formatDate, formatStatus } from '../i18n/format.js';
import { renderFacts, renderTopics } from './card.js';
import { formatZoneName } from './format-groups.js';
import type { FinderLocalize } from './texts.js';

/*
 * The detail view of one group, inside the finder's `<dialog>`: everything on its card, the
 * upcoming dates, and "Request a spot" — which then shows the sign-up form, or the practice's
 * contact when the form is not to be had.
 */

/** What the detail view shows a group with, besides the group. */
export interface DetailsView {
  localize: FinderLocalize;
  practice: Practice | undefined;
  /** The visitor's time zone. */
  zone: string;
  /** After "Request a spot": the sign-up form once its code loaded, else the practice's contact. */
  signup: 'form' | 'contact' | undefined;
  /** For the sign-up form: the finder's client and theme. */
  client: HearthClient | undefined;
  theme: string | undefined;
  /** The practice's phone and e-mail. */
  contact: TemplateResult | typeof nothing;
  onClose: () => void;
  onAction: () => void;
}

export function renderDetails(group: Group, view: DetailsView) {
  const { localize, onClose } = view;
  if (view.signup === 'form') return renderSignup(group, view);
  const { locale, messages } = localize;
  const zone = group.schedule.timeZone;
  const lang = group.language || undefined;
  return html`
    <div class="dialog-header">
      <h2 class="name" id="dialog-title" lang=${ifDefined(lang)}>${group.name}</h2>
      <button class="button-secondary" type="button" @click=${onClose}>${messages.close}</button>
    </div>
    <p lang=${ifDefined(lang)}>${group.description}</p>
    ${renderTopics(group, localize, view.practice)} ${renderFacts(group, localize, view.zone)}
    ${
      group.nextSessions.length
        ? html`<h3>${localize.t('upcoming', formatZoneName(zone, locale))}</h3>
            <ul class="plain" role="list">
              ${group.nextSessions.map((at) => html`<li>${formatDate(at, locale, zone)}</li>`)}
            </ul>`
        : nothing
    }
    <div class="actions">
      <span part="badge" class="badge ${group.status}">${formatStatus(group, messages)}</span>
      ${
        group.status === 'closed'
          ? nothing
          : html`<button part="action" class="button-primary" type="button" @click=${view.onAction}>
              ${group.status === 'waitlist' ? messages.joinWaitlist : messages.requestSpot}
            </button>`
      }
    </div>
    ${
      group.status === 'closed'
        ? html`<p>${messages.closedNote}</p>
            ${view.contact}`
        : html`<div role="status">
            ${
              view.signup
                ? html`<p>${messages.signupContact}</p>
                    ${view.contact}`
                : nothing
            }
          </div>`
    }
  `;
}

function renderSignup(group: Group, { localize, onClose, client, theme }: DetailsView) {
  return html`
    <div class="dialog-header">
      <h2 class="visually-hidden" id="dialog-title" lang=${ifDefined(group.language || undefined)}>
        ${group.name}
      </h2>
      <button class="button-secondary" type="button" @click=${onClose}>
        ${localize.messages.close}
      </button>
    </div>
    <hearth-session-signup
      group-id=${group.id}
      .client=${client}
      theme=${ifDefined(theme)}
      lang=${localize.lang}
    ></hearth-session-signup>
  `;
}
