/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Group } from '../api/index.js';
import { formatDate, formatStatus } from '../i18n/format.js';
import { renderFacts, renderTopics } from './card.js';
import { formatZoneName } from './format-groups.js';
import type { HearthGroupFinder } from './group-finder.js';

/*
 * The detail view of one group, inside the finder's `<dialog>`: everything on its card, the
 * upcoming dates, and "Request a spot" — which then shows the sign-up form, or the practice's
 * contact when the form is not to be had.
 */

export function renderDetails(view: HearthGroupFinder, group: Group) {
  const { localize, handleClose } = view;
  if (view.signupShown && view.signupForm === 'ready') return renderSignup(view, group);
  const { locale, messages } = localize;
  const zone = group.schedule.timeZone;
  const lang = group.language || undefined;
  return html`
    <div class="dialog-header">
      <h2 class="name" id="dialog-title" lang=${ifDefined(lang)}>${group.name}</h2>
      <button class="button-secondary" type="button" @click=${handleClose}>
        ${messages.close}
      </button>
    </div>
    <p lang=${ifDefined(lang)}>${group.description}</p>
    ${renderTopics(view, group)} ${renderFacts(view, group)}
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
          : html`<button
              part="action"
              class="button-primary"
              type="button"
              @click=${view.handleAction}
            >
              ${group.status === 'waitlist' ? messages.joinWaitlist : messages.requestSpot}
            </button>`
      }
    </div>
    ${
      group.status === 'closed'
        ? html`<p>${messages.closedNote}</p>
            ${view.renderContact()}`
        : html`<div role="status">
            ${
              view.signupShown
                ? html`<p>${messages.signupContact}</p>
                    ${view.renderContact()}`
                : nothing
            }
          </div>`
    }
  `;
}

function renderSignup({ localize, handleClose, config }: HearthGroupFinder, group: Group) {
  return html`
    <div class="dialog-header">
      <h2 class="visually-hidden" id="dialog-title" lang=${ifDefined(group.language || undefined)}>
        ${group.name}
      </h2>
      <button class="button-secondary" type="button" @click=${handleClose}>
        ${localize.messages.close}
      </button>
    </div>
    <hearth-session-signup
      group-id=${group.id}
      .client=${config.client}
      theme=${ifDefined(config.theme)}
      lang=${localize.lang}
    ></hearth-session-signup>
  `;
}
