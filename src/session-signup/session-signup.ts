import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ApiError } from '../api/errors.js';
import type { HearthClient } from '../api/client.js';
import {
  SIGNUP_FIELD_ERRORS,
  SIGNUP_LIMITS,
  validateSignup,
  type SignupField,
  type SignupFieldError,
  type SignupValidation,
} from '../api/rules/signup.js';
import {
  CONTACT_METHODS,
  type CrisisResource,
  type Group,
  type Practice,
  type SignupRequest,
  type SignupResult,
} from '../api/contract/public.js';
import { HearthSignupCompleteEvent } from '../events/signup-complete.js';
import { HearthSignupSubmitEvent } from '../events/signup-submit.js';
import { formatStatus } from '../i18n/format.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { signupTexts } from './texts.js';
import { ConfigController } from '../internal/config-controller.js';
import { contactList } from '../internal/contact-list.js';
import { crisisResourceList, firstLine } from '../internal/crisis-resources.js';
import { FocusController } from '../internal/focus-controller.js';
import { FormController, waitWords } from '../internal/form-controller.js';
import { practiceTask } from '../internal/practice-task.js';
import { HearthElement } from '../internal/hearth-element.js';
import {
  errorMessage,
  errorWords,
  loadingState,
  notConfiguredMessage,
  stateMessage,
} from '../internal/state-messages.js';
import { formStyles } from '../internal/form.styles.js';
import { stateMessageStyles } from '../internal/state-messages.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { CrisisWatch, FREE_TEXT_FIELDS, type CrisisHelp } from './crisis-watch.js';
import { sessionSignupStyles } from './session-signup.styles.js';

/** What the visitor has typed and ticked, keyed like the API's `fields` map. */
type Values = Record<SignupField, string | boolean>;

const NOT_SURE = '';

const emptyValues = (): Values => ({
  name: '',
  email: '',
  phone: '',
  contactMethod: 'email',
  okToLeaveMessage: false,
  bestTimes: '',
  message: '',
  ageConfirmed: false,
  'consent.contact': false,
  'consent.privacy': false,
  website: '',
});

/** The fields that show errors: all but the one for bots. */
type Shown = Exclude<SignupField, 'website'>;
const FIELDS = Object.keys(emptyValues()).filter((field) => field !== 'website') as Shown[];

/** Element ids may not contain the dot of `consent.contact` in a CSS selector without escaping. */
const idOf = (field: string) => `f-${field.replace('.', '-')}`;

/**
 * @tagname hearth-session-signup
 * @summary A short, kind form to request a spot in a therapy group, or join its waitlist. It asks
 * only what the practice needs to get in touch, keeps everything typed through network failures,
 * and sends each request exactly once (an `Idempotency-Key` per request, reused on every retry).
 *
 * The group is its `group-id`, else the enclosing `<hearth-provider>`'s selected group, else the
 * visitor picks one of the open groups (or "Not sure", which shows the practice's contact
 * details). Nothing the visitor types is put in URLs, browser storage, the console or events.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart picker - The choice of group, when no group is given.
 * @csspart form - The sign-up form.
 * @csspart summary - The list of answers to check, shown after a send with errors.
 * @csspart submit - The send button.
 * @csspart alert - A failed send, in plain words (offline, group closed, too many requests…).
 * @csspart outcome - The confirmation: requested or waitlisted.
 * @csspart crisis - The note that the form is not monitored, with the practice's crisis lines.
 * @csspart crisis-help - Help beside the message while it speaks of suicide, self-harm or a loss,
 * with the practice's crisis lines; and at the top of the confirmation of such a request.
 * @csspart message - The box for the loading-failed, empty and not-configured states.
 *
 * @event {HearthSignupSubmitEvent} hearth-signup-submit - A visitor sent a valid form; fired
 * before the request. Cancelable: `preventDefault()` and nothing is sent. Carries only
 * `event.groupId`.
 * @event {HearthSignupCompleteEvent} hearth-signup-complete - The practice received the request.
 * Carries only `event.groupId` and `event.status` (`requested` or `waitlisted`).
 *
 * @cssproperty --hearth-color-accent - Buttons, links, focus rings, ticked boxes.
 * @cssproperty --hearth-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --hearth-color-text - Body text.
 * @cssproperty --hearth-color-muted - Hints and secondary text.
 * @cssproperty --hearth-color-surface - Field and box background.
 * @cssproperty --hearth-color-background - Background behind the form (transparent in the light theme).
 * @cssproperty --hearth-color-border - Field borders.
 * @cssproperty --hearth-color-danger - Error text and accents.
 * @cssproperty --hearth-color-badge - Background of the confirmation and the crisis note.
 * @cssproperty --hearth-font-family - Font; inherits the page's by default.
 * @cssproperty --hearth-font-size - Base font size (1rem).
 * @cssproperty --hearth-radius - Corner radius of fields and buttons.
 * @cssproperty --hearth-space - Base spacing unit.
 */
export class HearthSessionSignup extends HearthElement {
  static override styles = [
    ...HearthElement.styles,
    tokens,
    stateMessageStyles,
    formStyles,
    sessionSignupStyles,
  ];

  private readonly config = new ConfigController(this);
  private readonly localize = new LocalizeController(this, () => this.config.locale, signupTexts);

  private readonly practiceTask = practiceTask(this, this.config);
  private readonly crisisWatch = new CrisisWatch(this);
  private readonly focusing = new FocusController(this);
  private readonly form: FormController<Values, Shown, SignupFieldError, SignupRequest> =
    new FormController(this, {
      fields: FIELDS,
      empty: emptyValues,
      validate: () => this.validation,
      codes: SIGNUP_FIELD_ERRORS,
      id: idOf,
      words: (field, code) => this.localize.t('signupError', field, code),
      focus: (selector) => this.focusing.focus(selector),
      alert: '#alert',
    });

  /**
   * The given group, fresh from the server (its seats may have changed since a list showed it),
   * or, when none is given, the open groups to pick from.
   */
  private readonly groupsTask = new Task(this, {
    task: async (
      [client, id]: readonly [HearthClient | undefined, string | undefined],
      { signal },
    ) => {
      if (!client) return initialState;
      if (id) return [await client.getGroup(id, { signal })];
      const { items } = await client.listGroups({}, { signal });
      return items.filter((group) => group.status !== 'closed');
    },
    args: () => [this.config.client, this.givenId] as const,
  });

  @state() private outcome?: SignupResult;
  /** The picker's choice: a group id, or `NOT_SURE`. */
  @state() private picked?: string;
  /** After a 409 the visitor may choose another group, even when one was given. */
  @state() private choosing = false;
  /** Said once to screen readers when help first shows beside what the visitor writes. */
  @state() private helpNotice = '';

  /** The group's status when the form was shown, to tell "it just filled" from "it was full". */
  private statusShown?: Group['status'];
  /** The group the current request is for. */
  private requestFor?: string;
  /** Help beside a free-text field, worked out once per update. */
  private help?: CrisisHelp;

  /** The id of the group to sign up for. Wins over the provider's selected group. */
  @property({ attribute: 'group-id' }) groupId?: string;

  /** Base URL of the Hearth API. Wins over an enclosing `<hearth-provider>`'s. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). Default: the provider's, else light. */
  @property() theme?: string;

  /** An API client to use instead of one made from `api-base` (custom `fetch`, tests). */
  @property({ attribute: false }) client?: HearthClient;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groupId')) this.choosing = false;
    // Another group is another request: start afresh, but keep what the visitor typed.
    const id = this.givenId ?? this.picked;
    if (id !== this.requestFor) {
      if (this.requestFor !== undefined) this.startOver();
      this.requestFor = id;
    }
    this.statusShown ??= this.group?.status;
    this.help = this.crisisWatch.helpFor({
      message: String(this.form.values.message),
      bestTimes: String(this.form.values.bestTimes),
    });
    // Once per form, not per keystroke: the panel itself stays quiet.
    const practice = this.practiceTask.value;
    if (this.help && !this.helpNotice && practice) {
      this.helpNotice = this.helpLead(this.help, practice);
    }
  }

  private readonly handleInput = (event: Event) => {
    this.form.handleInput(event);
    const field = (event.target as HTMLInputElement).name;
    if ((FREE_TEXT_FIELDS as readonly string[]).includes(field)) void this.crisisWatch.load();
  };

  private readonly handlePick = (event: Event) => {
    this.picked = (event.target as HTMLInputElement).value;
  };

  private readonly handleSubmit = (event: Event) => {
    event.preventDefault();
    const group = this.group;
    const client = this.config.client;
    if (!group || !client) return;
    void this.form.submit(
      (body, idempotencyKey, signal) =>
        client.requestSpot(group.id, body, { idempotencyKey, signal }),
      (result) => {
        this.outcome = result;
        this.dispatchEvent(new HearthSignupCompleteEvent(group.id, result.status));
        this.focusing.focus('#outcome');
      },
      () => this.dispatchEvent(new HearthSignupSubmitEvent(group.id)),
    );
  };

  private readonly handleChooseAnother = () => {
    this.choosing = true;
    this.picked = undefined;
    this.startOver();
    this.focusing.focus('[part~="picker"] input');
  };

  private readonly handleRetryLoad = () => {
    // Also while the practice is still on its way: a slow answer could fail after the retry.
    if (this.practiceTask.status !== TaskStatus.COMPLETE) void this.practiceTask.run();
    void this.groupsTask.run();
  };

  /**
   * Empties the form and forgets its outcome, for a fresh start: e.g. on a shared device, or
   * when a host page reuses one form for the next request.
   */
  reset(): void {
    this.form.reset();
    this.helpNotice = '';
    this.picked = undefined;
    this.choosing = false;
    this.startOver();
  }

  /**
   * Moves focus into the form: its heading once the group is known (so a screen reader reads
   * what the form is for), else the first control. Used when a host opens the form in a dialog.
   */
  override async focus(options?: FocusOptions): Promise<void> {
    await this.groupsTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(
      '#form-title, #outcome, input, select, button',
    );
    if (target?.id === 'form-title') target.tabIndex = -1;
    (target ?? this).focus(options);
  }

  /** The group being signed up for: given, or picked. */
  private get group(): Group | undefined {
    const groups = this.groupsTask.value;
    return this.givenId ? groups?.[0] : groups?.find((group) => group.id === this.picked);
  }

  private get givenId(): string | undefined {
    return this.choosing ? undefined : this.groupId || this.config.selectedGroup || undefined;
  }

  private get ageRange(): boolean {
    const group = this.group;
    return group?.ageMin !== undefined || group?.ageMax !== undefined;
  }

  private get validation(): SignupValidation {
    const values = this.form.values;
    const phoneContact = values.contactMethod !== 'email';
    return validateSignup(
      {
        name: values.name,
        email: values.email,
        phone: values.phone,
        contactMethod: values.contactMethod,
        okToLeaveMessage: phoneContact ? values.okToLeaveMessage : undefined,
        bestTimes: values.bestTimes,
        message: values.message,
        ageConfirmed: this.ageRange ? values.ageConfirmed : undefined,
        consent: { contact: values['consent.contact'], privacy: values['consent.privacy'] },
      },
      { ageRange: this.ageRange },
    );
  }

  protected override render() {
    const practice = this.practiceTask.value;
    return html`
      <div
        part="base"
        class="base"
        data-theme=${this.config.theme}
        lang=${this.localize.lang}
        dir=${this.localize.dir}
      >
        ${practice ? this.renderCrisis(practice) : nothing} ${this.renderState()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  private renderState() {
    const status = this.config.status;
    const { messages } = this.localize;
    if (status === 'unconfigured') return notConfiguredMessage(messages);
    const tasks = [this.practiceTask, this.groupsTask];
    const failed = tasks.find((task) => task.status === TaskStatus.ERROR);
    if (failed) return errorMessage(messages, failed.error, this.handleRetryLoad);
    const practice = this.practiceTask.value;
    const groups = this.groupsTask.value;
    if (
      status === 'pending' ||
      !practice ||
      !groups ||
      this.groupsTask.status !== TaskStatus.COMPLETE
    ) {
      return loadingState(messages.signupLoading);
    }
    if (this.outcome) return this.renderOutcome(this.outcome, practice);
    if (this.givenId) {
      return groups[0]!.status === 'closed'
        ? html`<div part="alert" class="alert">${this.renderClosed(practice)}</div>`
        : this.renderForm(groups[0]!, practice);
    }
    const open = groups;
    if (open.length === 0) {
      return stateMessage(
        'empty',
        undefined,
        html`<p>${messages.signupNoGroups}</p>
          ${this.renderContact(practice)}`,
      );
    }
    const group = this.group;
    return html`
      ${this.renderPicker(open)}
      ${
        group
          ? this.renderForm(group, practice)
          : this.picked === NOT_SURE
            ? html`<div class="help">
                <h2>${this.localize.t('signupHelpTitle')}</h2>
                <p>${this.localize.t('signupHelpBody')}</p>
                ${this.renderContact(practice)}
              </div>`
            : nothing
      }
    `;
  }

  private renderPicker(open: readonly Group[]) {
    const messages = this.localize.messages;
    const option = (value: string, label: unknown, lang?: string) => html`
      <label class="check">
        <input
          type="radio"
          name="group"
          .value=${value}
          .checked=${this.picked === value}
          @change=${this.handlePick}
        />
        <span lang=${ifDefined(lang)}>${label}</span>
      </label>
    `;
    return html`
      <fieldset part="picker" class="picker">
        <legend>${messages.signupPickLegend}</legend>
        ${open.map((group) =>
          option(
            group.id,
            html`${group.name} <span class="muted">(${formatStatus(group, messages)})</span>`,
            group.language || undefined,
          ),
        )}
        ${option(NOT_SURE, messages.signupNotSure)}
      </fieldset>
    `;
  }

  private renderForm(group: Group, practice: Practice) {
    const { messages } = this.localize;
    const { values, sending } = this.form;
    const phoneContact = values.contactMethod !== 'email';
    const ages = this.ageRange ? this.localize.t('ages', group.ageMin, group.ageMax) : '';
    const title = group.status === 'waitlist' ? 'signupWaitlistTitle' : 'signupTitle';
    return html`
      <form
        part="form"
        class="form"
        novalidate
        aria-labelledby="form-title"
        @input=${this.handleInput}
        @change=${this.handleInput}
        @focusout=${this.form.handleBlur}
        @submit=${this.handleSubmit}
      >
        <h2 id="form-title">${this.localize.t(title, group.name)}</h2>
        <p>${messages.signupIntro}</p>
        ${this.form.renderSummary((count) => this.localize.t('signupSummary', count))}
        ${this.renderText('name', messages.signupName, 'text', 'name', messages.signupNameHint)}
        ${this.renderText('email', messages.signupEmail, 'email', 'email')}
        <fieldset class="field" aria-describedby=${ifDefined(this.form.errorId('contactMethod'))}>
          <legend>${messages.signupMethod}</legend>
          ${CONTACT_METHODS.map(
            (method) => html`
              <label class="check">
                <input
                  type="radio"
                  name="contactMethod"
                  .value=${method}
                  .checked=${values.contactMethod === method}
                />
                ${messages.signupMethods[method]}
              </label>
            `,
          )}
          ${this.form.renderError('contactMethod')}
        </fieldset>
        ${this.renderText(
          'phone',
          phoneContact ? messages.signupPhoneNeeded : messages.signupPhone,
          'tel',
          'tel',
          undefined,
          phoneContact,
        )}
        ${phoneContact ? this.renderCheck('okToLeaveMessage', messages.signupLeaveMessage) : nothing}
        ${this.renderText('bestTimes', messages.signupBestTimes, 'text', 'off', undefined, false)}
        ${this.help?.field === 'bestTimes' ? this.renderHelp(this.help, practice) : nothing}
        ${this.renderText('message', messages.signupMessage, 'textarea', 'off', [
          messages.signupMessageNote,
          this.localize.t('signupCount', String(values.message).length, SIGNUP_LIMITS.message),
        ])}
        ${this.help?.field === 'message' ? this.renderHelp(this.help, practice) : nothing}
        ${ages ? this.renderCheck('ageConfirmed', this.localize.t('signupAge', ages)) : nothing}
        ${this.renderCheck('consent.contact', this.localize.t('signupConsentContact', practice.name))}
        ${this.renderCheck('consent.privacy', messages.signupConsentPrivacy)}
        <p class="privacy">
          <a href=${practice.privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
            ${messages.signupPrivacyLink}
          </a>
        </p>
        <div class="honeypot" aria-hidden="true">
          <label>
            ${messages.signupWebsite}
            <input
              name="website"
              tabindex="-1"
              autocomplete="off"
              .value=${String(values.website)}
            />
          </label>
        </div>
        ${this.form.failure ? this.renderFailure(this.form.failure, practice) : nothing}
        <button
          part="submit"
          class="button-primary submit"
          type="submit"
          aria-disabled=${sending ? 'true' : 'false'}
          aria-busy=${sending ? 'true' : 'false'}
        >
          ${sending ? messages.signupSending : messages.signupSend}
        </button>
      </form>
    `;
  }

  /** A text field or, for `textarea`, a multi-line one; `hints` are read with the label. */
  private renderText(
    field: Shown,
    label: string,
    type: string,
    autocomplete: string,
    hints?: string | string[],
    required = field === 'name' || field === 'email',
  ) {
    const id = idOf(field);
    const hintList = hints === undefined ? [] : [hints].flat();
    const describedBy = [
      ...hintList.map((_, index) => `${id}-hint${index}`),
      this.form.errorId(field),
    ]
      .filter(Boolean)
      .join(' ');
    const invalid = this.form.errorId(field) ? 'true' : 'false';
    const value = String(this.form.values[field]);
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        ${hintList.map((hint, index) => html`<p class="hint" id="${id}-hint${index}">${hint}</p>`)}
        ${
          type === 'textarea'
            ? html`<textarea
                id=${id}
                name=${field}
                rows="4"
                .value=${value}
                aria-invalid=${invalid}
                aria-describedby=${ifDefined(describedBy || undefined)}
              ></textarea>`
            : html`<input
                id=${id}
                name=${field}
                type=${type}
                autocomplete=${autocomplete}
                ?required=${required}
                .value=${value}
                aria-invalid=${invalid}
                aria-describedby=${ifDefined(describedBy || undefined)}
              />`
        }
        ${this.form.renderError(field)}
      </div>
    `;
  }

  private renderCheck(field: Shown, label: string) {
    const id = idOf(field);
    return html`
      <div class="field">
        <div class="check">
          <input
            id=${id}
            type="checkbox"
            name=${field}
            ?required=${field !== 'okToLeaveMessage'}
            .checked=${this.form.values[field] === true}
            aria-invalid=${this.form.errorId(field) ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.form.errorId(field))}
          />
          <label for=${id}>${label}</label>
        </div>
        ${this.form.renderError(field)}
      </div>
    `;
  }

  private renderFailure(error: ApiError, practice: Practice) {
    const { messages } = this.localize;
    const { kind } = error;
    const words = errorWords(error);
    if (kind === 'conflict' || kind === 'not_found') {
      return html`<div part="alert" class="alert">${this.renderClosed(practice)}</div>`;
    }
    return html`
      <div part="alert" class="alert">
        <h3 id="alert" tabindex="-1">${messages.signupOfflineTitle}</h3>
        <p>
          ${
            words === 'errorNetwork'
              ? messages.signupOffline
              : words === 'errorRateLimited'
                ? this.localize.t(
                    'signupBusy',
                    waitWords(error.retryAfter, this.localize.locale, messages.signupBusySoon),
                  )
                : messages.signupServer
          }
        </p>
      </div>
    `;
  }

  /** The group is closed to requests: say so, and offer the other groups and the practice. */
  private renderClosed(practice: Practice) {
    const { messages } = this.localize;
    return html`
      <h3 id="alert" tabindex="-1">${messages.signupClosedTitle}</h3>
      <p>${messages.signupClosed}</p>
      <button class="button-secondary" type="button" @click=${this.handleChooseAnother}>
        ${messages.signupOtherGroups}
      </button>
      ${this.renderContact(practice)}
    `;
  }

  private renderOutcome(outcome: SignupResult, practice: Practice) {
    if (outcome.crisis === true) return this.renderCrisisOutcome(outcome, practice);
    const { messages } = this.localize;
    const group = this.group;
    const texts = practice.texts;
    const lang = practice.locale || undefined;
    const waitlisted = outcome.status === 'waitlisted';
    const next = waitlisted ? texts['waitlistNext'] : texts['signupNext'];
    const screening = group?.screening.required
      ? (texts['screeningNote'] ?? messages.signupScreening)
      : undefined;
    const fromPractice = (text: string) => html`<p lang=${ifDefined(lang)}>${text}</p>`;
    return html`
      <div part="outcome" class="outcome">
        <h2 id="outcome" tabindex="-1">
          ${waitlisted ? messages.signupWaitlistedTitle : messages.signupRequestedTitle}
        </h2>
        ${
          waitlisted && this.statusShown !== 'waitlist'
            ? html`<p>${messages.signupJustFilled}</p>`
            : nothing
        }
        ${
          waitlisted && outcome.waitlistPosition
            ? html`<p>${this.localize.t('signupPosition', outcome.waitlistPosition)}</p>`
            : nothing
        }
        ${
          next
            ? fromPractice(next)
            : html`<p>
                ${waitlisted ? messages.signupWaitlistedBody : messages.signupRequestedBody}
              </p>`
        }
        ${screening && !waitlisted ? fromPractice(screening) : nothing}
      </div>
    `;
  }

  /**
   * The request spoke of suicide or self-harm now (`crisis`): the crisis lines come first, then
   * that the practice has the request too. The practice's usual "what happens next" (often "within
   * two business days") would read as "wait", so it is left out.
   */
  private renderCrisisOutcome(outcome: SignupResult, practice: Practice) {
    const { messages } = this.localize;
    const resources = outcome.resources?.length ? outcome.resources : practice.crisisResources;
    return html`
      <div part="outcome crisis-help" class="outcome crisis-help">
        <h2 id="outcome" tabindex="-1">${this.sentCrisisLead(resources)}</h2>
        ${this.renderCrisisList(resources, practice)}
        <p>${messages.signupSentCrisisBody}</p>
        ${
          outcome.status === 'waitlisted' && outcome.waitlistPosition
            ? html`<p>${this.localize.t('signupPosition', outcome.waitlistPosition)}</p>`
            : nothing
        }
      </div>
    `;
  }

  /**
   * Beside the field the visitor is writing in, while it speaks of suicide, self-harm or a loss:
   * a calm panel with the crisis lines, not an alarm. Not a live region (it would be read on
   * every keystroke); `helpNotice` says it once.
   */
  private renderHelp(help: CrisisHelp, practice: Practice) {
    return html`
      <div part="crisis-help" class="crisis-help" id="crisis-help">
        <p><strong>${this.helpLead(help, practice)}</strong></p>
        ${this.renderCrisisList(practice.crisisResources, practice)}
        <p>${this.localize.t('signupHelpStill')}</p>
      </div>
    `;
  }

  /**
   * A note, not a region: a page can hold two forms (one in the group finder's dialog), and two
   * regions with one name are two landmarks a screen reader cannot tell apart.
   */
  private renderCrisis(practice: Practice) {
    return html`
      <div part="crisis" class="crisis" role="note" aria-labelledby="crisis-title">
        <p id="crisis-title">${this.localize.t('signupCrisis')}</p>
        ${this.renderCrisisList(practice.crisisResources, practice)}
      </div>
    `;
  }

  private renderCrisisList(resources: readonly CrisisResource[], practice: Practice) {
    return crisisResourceList(
      resources,
      {
        call: (number) => this.localize.t('signupCall', number),
        text: (number) => this.localize.t('signupText', number),
        fallback: this.localize.t('signupCrisisFallback'),
      },
      { lang: practice.locale || undefined, emergency: practice.texts['emergency'] },
    );
  }

  /** "call or text 988", from the practice's first line with a number. */
  private reach(resources: readonly CrisisResource[]): string | undefined {
    const line = firstLine(resources);
    return line && this.localize.t('signupReach', line.phone, line.sms);
  }

  private helpLead(help: CrisisHelp, practice: Practice): string {
    return help.tier === 'low'
      ? this.localize.t('signupHelpGentle')
      : this.localize.t('signupHelpNow', this.reach(practice.crisisResources));
  }

  private sentCrisisLead(resources: readonly CrisisResource[]): string {
    return this.localize.t('signupSentCrisis', this.reach(resources));
  }

  private renderContact(practice: Practice) {
    return contactList(practice.contact, this.localize.messages);
  }

  /** What the polite live region says: help once it shows, sending, then the outcome. */
  private get announcement(): string {
    const { messages } = this.localize;
    if (this.form.sending) return messages.signupSending;
    const outcome = this.outcome;
    if (outcome?.crisis === true) {
      return this.sentCrisisLead(
        outcome.resources ?? this.practiceTask.value?.crisisResources ?? [],
      );
    }
    if (outcome) {
      return outcome.status === 'waitlisted'
        ? messages.signupWaitlistedTitle
        : messages.signupRequestedTitle;
    }
    return this.helpNotice;
  }

  private startOver(): void {
    this.form.startOver();
    this.outcome = undefined;
    this.statusShown = undefined;
  }
}
