/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isApiError, type Group, type HearthClient, type Practice } from '../api/index.js';
import { HearthGroupSelectEvent } from '../events/group-select.js';
import {
  formatCalendarDate,
  formatDate,
  formatFee,
  formatSchedule,
  formatStatus,
  visitorTimeZone,
} from '../i18n/format.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ConfigController } from '../internal/config-controller.js';
import { HearthElement } from '../internal/hearth-element.js';
import { tokens } from '../styles/tokens.styles.js';
import { groupFinderStyles } from './group-finder.styles.js';

export const LAYOUTS = ['grid', 'list'] as const;
export type Layout = (typeof LAYOUTS)[number];

const SKELETON_CARDS = 3;

/**
 * @tagname hearth-group-finder
 * @summary Lists a practice's therapy groups as cards a visitor can read at a glance — topics,
 * format and place, schedule in words, seats, fee — and open one.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart card - One group's card.
 * @csspart badge - A card's seats status ("3 spots left", "Waitlist open", "Full").
 * @csspart message - The box for the not-configured, empty and error states.
 *
 * @event {HearthGroupSelectEvent} hearth-group-select - A visitor opened a group. `event.groupId`
 * is its id; nothing else is carried.
 *
 * @cssproperty --hearth-color-accent - Buttons, links, focus rings.
 * @cssproperty --hearth-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --hearth-color-text - Body text.
 * @cssproperty --hearth-color-muted - Secondary text.
 * @cssproperty --hearth-color-surface - Card background.
 * @cssproperty --hearth-color-background - Background behind the cards (transparent in the light theme).
 * @cssproperty --hearth-color-border - Card and control borders.
 * @cssproperty --hearth-color-danger - Error accents.
 * @cssproperty --hearth-color-badge - Status badge background.
 * @cssproperty --hearth-font-family - Font; inherits the page's by default.
 * @cssproperty --hearth-font-size - Base font size (1rem).
 * @cssproperty --hearth-radius - Corner radius of cards and buttons.
 * @cssproperty --hearth-space - Base spacing unit.
 */
export class HearthGroupFinder extends HearthElement {
  static override styles = [...HearthElement.styles, tokens, groupFinderStyles];

  private readonly config = new ConfigController(this);
  private readonly localize = new LocalizeController(this, () => this.config.locale);

  private readonly practiceTask = new Task(this, {
    task: async ([client]: readonly [HearthClient | undefined], { signal }) =>
      client ? client.getPractice({ signal }) : initialState,
    args: () => [this.config.client] as const,
  });

  private readonly groupsTask = new Task(this, {
    task: async ([client]: readonly [HearthClient | undefined], { signal }) =>
      client ? (await client.listGroups({}, { signal })).items : initialState,
    args: () => [this.config.client] as const,
  });

  /** Base URL of the Hearth API. Wins over an enclosing `<hearth-provider>`'s. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). Default: the provider's, else light. */
  @property() theme?: string;

  /** `grid` (cards side by side where there is room) or `list` (one card per row). */
  @property() layout: Layout = 'grid';

  /** An API client to use instead of one made from `api-base` (custom `fetch`, tests). */
  @property({ attribute: false }) client?: HearthClient;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      this.warn(
        `<hearth-group-finder> layout="${String(this.layout)}" is not grid or list; using grid.`,
      );
    }
  }

  private readonly handleRetry = () => {
    if (this.practiceTask.status === TaskStatus.ERROR) void this.practiceTask.run();
    void this.groupsTask.run();
  };

  private readonly handleSelect = (event: Event) => {
    const groupId = (event.currentTarget as HTMLElement).dataset['groupId'];
    if (groupId) this.dispatchEvent(new HearthGroupSelectEvent(groupId));
  };

  protected override render() {
    return html`
      <div
        part="base"
        class="base"
        data-theme=${this.config.theme}
        lang=${this.localize.lang}
        dir=${this.localize.dir}
      >
        <div class="visually-hidden" role="status">${this.announcement()}</div>
        ${this.renderState()}
      </div>
    `;
  }

  private renderState() {
    if (this.config.status === 'pending') return this.renderLoading();
    if (this.config.status === 'unconfigured') return this.renderNotConfigured();
    return this.groupsTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (groups) => {
        // Topic labels and contact details come with the practice: wait for it, unless it failed.
        if (this.practiceTask.status === TaskStatus.PENDING) return this.renderLoading();
        return groups.length > 0 ? this.renderGroups(groups) : this.renderEmpty();
      },
      error: (error) => this.renderError(error),
    });
  }

  private renderLoading() {
    return html`
      <div class="loading" aria-busy="true">
        <p class="visually-hidden">${this.localize.t('loading')}</p>
        <div class=${this.cardsClass} aria-hidden="true">
          ${Array.from(
            { length: SKELETON_CARDS },
            () => html`
              <div class="card skeleton">
                <span class="skeleton-line heading"></span>
                <span class="skeleton-line"></span>
                <span class="skeleton-line"></span>
                <span class="skeleton-line short"></span>
              </div>
            `,
          )}
        </div>
      </div>
    `;
  }

  private renderNotConfigured() {
    return html`<p part="message" class="message">${this.localize.t('notConfigured')}</p>`;
  }

  private renderEmpty() {
    return html`
      <div part="message" class="message">
        <p class="message-title">${this.localize.t('emptyTitle')}</p>
        <p>${this.localize.t('emptyBody')}</p>
        ${this.renderContact()}
      </div>
    `;
  }

  private renderError(error: unknown) {
    return html`
      <div part="message" class="message error">
        <p class="message-title">${this.localize.t('errorTitle')}</p>
        <p>${this.errorAdvice(error)}</p>
        <button class="button-primary" type="button" @click=${this.handleRetry}>
          ${this.localize.t('tryAgain')}
        </button>
        ${this.renderContact()}
      </div>
    `;
  }

  private renderContact() {
    const contact = this.practice?.contact;
    if (!contact?.phone && !contact?.email) return nothing;
    return html`
      <p>${this.localize.t('contactLead')}</p>
      <ul class="contact">
        ${
          contact.phone
            ? html`<li>
                ${this.localize.t('phone')}:
                <a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>
              </li>`
            : nothing
        }
        ${
          contact.email
            ? html`<li>
                ${this.localize.t('email')}: <a href="mailto:${contact.email}">${contact.email}</a>
              </li>`
            : nothing
        }
      </ul>
    `;
  }

  private renderGroups(groups: readonly Group[]) {
    return html`
      <ul class=${this.cardsClass} role="list" aria-label=${this.localize.t('groupsLabel')}>
        ${groups.map((group) => html`<li class="item">${this.renderCard(group)}</li>`)}
      </ul>
    `;
  }

  private renderCard(group: Group) {
    const { locale } = this.localize;
    const lang = group.language || undefined;
    const headingId = `group-${group.id}`;
    const schedule = formatSchedule(
      group.schedule,
      locale,
      visitorTimeZone(),
      this.localize.messages,
      group.nextSessions[0],
    );
    const nextSession = group.nextSessions[0];
    return html`
      <article part="card" class="card" aria-labelledby=${headingId}>
        <div class="card-header">
          <h3 class="name" id=${headingId} lang=${ifDefined(lang)}>${group.name}</h3>
          <span part="badge" class="badge ${group.status}">
            ${formatStatus(group, this.localize.messages)}
          </span>
        </div>
        <p class="summary" lang=${ifDefined(lang)}>${group.summary}</p>
        ${this.renderTopics(group)}
        <ul class="facts" role="list">
          ${
            group.audience || group.ageMin !== undefined || group.ageMax !== undefined
              ? html`<li lang=${ifDefined(lang)}>${this.audienceText(group)}</li>`
              : nothing
          }
          <li>${this.formatText(group)}</li>
          <li>
            ${schedule.text}
            ${
              schedule.visitorText
                ? html`<br /><span class="muted"
                      >${this.localize.t('yourTime', schedule.visitorText)}</span
                    >`
                : nothing
            }
          </li>
          ${
            nextSession
              ? html`<li>
                  ${this.localize.t('nextSession', formatDate(nextSession, locale, group.schedule.timeZone))}
                </li>`
              : nothing
          }
          <li>${this.enrollmentText(group)}</li>
          <li>${formatFee(group.fee, locale, this.localize.messages).join(' · ')}</li>
          ${
            group.screening.required
              ? html`<li>
                  ${this.localize.t('screeningRequired')}${
                    group.screening.note
                      ? html`. <span lang=${ifDefined(lang)}>${group.screening.note}</span>`
                      : nothing
                  }
                </li>`
              : nothing
          }
        </ul>
        <div class="card-actions">
          <button
            class="button-secondary"
            type="button"
            data-group-id=${group.id}
            @click=${this.handleSelect}
          >
            ${this.localize.t('viewDetails')}<span class="visually-hidden">: ${group.name}</span>
          </button>
        </div>
      </article>
    `;
  }

  private renderTopics(group: Group) {
    if (group.topics.length === 0) return nothing;
    const labels = new Map(this.practice?.topics.map((topic) => [topic.id, topic.label]));
    return html`
      <ul class="topics" role="list" aria-label=${this.localize.t('topics')}>
        ${group.topics.map((id) => html`<li class="topic">${labels.get(id) ?? id}</li>`)}
      </ul>
    `;
  }

  private get practice(): Practice | undefined {
    return this.practiceTask.value;
  }

  private get cardsClass(): string {
    return this.layout === 'list' ? 'cards list' : 'cards grid';
  }

  private announcement(): string {
    if (this.config.status !== 'configured') return '';
    if (this.groupsTask.status === TaskStatus.ERROR) return this.localize.t('errorTitle');
    const groups = this.groupsTask.value;
    if (this.groupsTask.status !== TaskStatus.COMPLETE || !groups) return '';
    if (this.practiceTask.status === TaskStatus.PENDING) return '';
    return this.localize.t('groupCount', groups.length);
  }

  private errorAdvice(error: unknown): string {
    const kind = isApiError(error) ? error.kind : undefined;
    if (kind === 'network' || kind === 'timeout') return this.localize.t('errorNetwork');
    if (kind === 'rate_limited') return this.localize.t('errorRateLimited');
    if (kind === 'server') return this.localize.t('errorServer');
    return this.localize.t('errorGeneric');
  }

  private audienceText(group: Group): string {
    const hasAges = group.ageMin !== undefined || group.ageMax !== undefined;
    const ages = hasAges ? this.localize.t('ages', group.ageMin, group.ageMax) : '';
    return [group.audience, ages].filter(Boolean).join(' · ');
  }

  private formatText(group: Group): string {
    const place = group.location
      ? [group.location.name, group.location.city].filter(Boolean).join(', ')
      : undefined;
    if (group.format === 'online') return this.localize.t('formatOnline');
    if (group.format === 'hybrid') return this.localize.t('formatHybrid', place);
    return this.localize.t('formatInPerson', place);
  }

  private enrollmentText(group: Group): string {
    if (group.enrollment === 'ongoing') return this.localize.t('ongoing');
    const start = group.startsOn
      ? formatCalendarDate(group.startsOn, this.localize.locale)
      : undefined;
    const unit = group.schedule.frequency === 'weekly' ? 'weeks' : 'sessions';
    return this.localize.t('cohort', group.sessionCount, unit, start);
  }
}
