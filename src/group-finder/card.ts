/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Group } from '../api/index.js';
import { formatDate, formatStatus } from '../i18n/format.js';
import { formatCalendarDate, formatFee, formatSchedule } from './format-groups.js';
import type { HearthGroupFinder } from './group-finder.js';
import type { FinderLocalize } from './texts.js';

/*
 * A group in the finder's words: its card in the list, and the topics and facts the card and the
 * detail view both show.
 */

/** One group's card: name, seats, summary, topics, facts, and the button that opens it. */
export function renderCard(view: HearthGroupFinder, group: Group) {
  const { localize } = view;
  const lang = group.language || undefined;
  return html`
    <article part="card" class="card" aria-labelledby="group-${group.id}">
      <div class="card-header">
        <h3 class="name" id="group-${group.id}" lang=${ifDefined(lang)}>${group.name}</h3>
        <span part="badge" class="badge ${group.status}">
          ${formatStatus(group, localize.messages)}
        </span>
      </div>
      <p lang=${ifDefined(lang)}>${group.summary}</p>
      ${renderTopics(view, group)} ${renderFacts(view, group)}
      <div class="card-actions">
        <button
          class="button-secondary"
          type="button"
          data-group-id=${group.id}
          @click=${view.handleSelect}
        >
          ${localize.t('viewDetails')}<span class="visually-hidden">: ${group.name}</span>
        </button>
      </div>
    </article>
  `;
}

export function renderTopics(view: HearthGroupFinder, group: Group) {
  if (group.topics.length === 0) return nothing;
  const labels = new Map(view.practice?.topics.map((topic) => [topic.id, topic.label]));
  return html`
    <ul class="topics" role="list" aria-label=${view.localize.t('topics')}>
      ${group.topics.map((id) => html`<li class="topic">${labels.get(id) ?? id}</li>`)}
    </ul>
  `;
}

/** What a visitor weighs: who, what kind, where, when, how long, with whom, cost, first step. */
export function renderFacts(view: HearthGroupFinder, group: Group) {
  const { localize } = view;
  const { locale, messages } = localize;
  const lang = group.language || undefined;
  const next = group.nextSessions[0];
  const schedule = formatSchedule(group.schedule, locale, view.zone, messages, next);
  const place = group.location && `${group.location.name}, ${group.location.city}`;
  const facilitators = group.facilitators.map(({ name, credentials }) =>
    credentials ? `${name}, ${credentials}` : name,
  );
  const ages =
    group.ageMin !== undefined || group.ageMax !== undefined
      ? localize.t('ages', group.ageMin, group.ageMax)
      : '';
  return html`
    <ul class="facts plain" role="list">
      ${
        group.audience || ages
          ? html`<li lang=${ifDefined(lang)}>
              ${[group.audience, ages].filter(Boolean).join(' · ')}
            </li>`
          : nothing
      }
      <li>${messages.kinds[group.kind]}</li>
      <li>
        ${
          group.format === 'online'
            ? messages.formatOnline
            : group.format === 'hybrid'
              ? messages.formatHybrid(place)
              : messages.formatInPerson(place)
        }${
          group.format !== 'online' && group.location?.accessibility
            ? html`<br /><span class="muted" lang=${ifDefined(lang)}
                  >${messages.accessibility(group.location.accessibility)}</span
                >`
            : nothing
        }
      </li>
      <li>
        ${schedule.text}
        ${
          schedule.visitorText
            ? html`<br /><span class="muted">${messages.yourTime(schedule.visitorText)}</span>`
            : nothing
        }
      </li>
      ${
        next
          ? html`<li>
              ${messages.nextSession(formatDate(next, locale, group.schedule.timeZone))}
            </li>`
          : nothing
      }
      <li>${enrollmentText(group, localize)}</li>
      ${
        facilitators.length
          ? html`<li>${messages.facilitators(facilitators.join('; '))}</li>`
          : nothing
      }
      <li>${formatFee(group.fee, locale, messages).join(' · ')}</li>
      ${
        group.screening.required
          ? html`<li>
              ${messages.screeningRequired}${
                group.screening.note
                  ? html`. <span lang=${ifDefined(lang)}>${group.screening.note}</span>`
                  : nothing
              }
            </li>`
          : nothing
      }
    </ul>
  `;
}

function enrollmentText(group: Group, localize: FinderLocalize): string {
  if (group.enrollment === 'ongoing') return localize.t('ongoing');
  const start = group.startsOn ? formatCalendarDate(group.startsOn, localize.locale) : undefined;
  const unit = group.schedule.frequency === 'weekly' ? 'weeks' : 'sessions';
  return localize.t('cohort', group.sessionCount, unit, start);
}
