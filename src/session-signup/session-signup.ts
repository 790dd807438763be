import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { HearthClient } from '../api/client.js';
import { SIGNUP_FIELD_ERRORS } from '../api/rules/signup.js';
import type { Group, SignupResult } from '../api/contract/public.js';
import { HearthSignupCompleteEvent } from '../events/signup-complete.js';
import { HearthSignupSubmitEvent } from '../events/signup-submit.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { ConfigController } from '../internal/config-controller.js';
import { contactList } from '../internal/contact-list.js';
import { FocusController } from '../internal/focus-controller.js';
import { FormController } from '../internal/form-controller.js';
import { practiceTask } from '../internal/practice-task.js';
import { HearthElement } from '../internal/hearth-element.js';
import {
  errorMessage,
  loadingState,
  notConfiguredMessage,
  stateMessage,
} from '../internal/state-messages.js';
import { formStyles } from '../internal/form.styles.js';
import { stateMessageStyles } from '../internal/state-messages.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { CrisisWatch, FREE_TEXT_FIELDS, type CrisisHelp } from './crisis-watch.js';
import {
  FIELDS,
  emptyValues,
  idOf,
  signupForm,
  validate,
  type FormHandlers,
  type SignupForm,
} from './fields.js';
import { NOT_SURE, choosingHelp, groupPicker } from './group-picker.js';
import { closedAlert, outcomeMessage } from './outcome.js';
import { sessionSignupStyles } from './session-signup.styles.js';
import { signupTexts } from './texts.js';
import { crisisNote, helpLead, sentCrisisLead } from './urgent-help.js';
import { frame } from '../internal/frame.js';

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
 * @cssproperty --hearth-font-size - Base font size: by default the size of the text around the element, at least 14px.
 * @cssproperty --hearth-radius - Corner radius of fields and buttons.
 * @cssproperty --hearth-space - Base spacing unit.
 */
export class HearthSessionSignup extends HearthElement {
  static override properties: PropertyDeclarations = {
    groupId: { attribute: 'group-id' },
    apiBase: { attribute: 'api-base' },
    theme: {},
    client: { attribute: false },
    outcome: { state: true, attribute: false },
    picked: { state: true, attribute: false },
    choosing: { state: true, attribute: false },
    helpNotice: { state: true, attribute: false },
  };

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
  private readonly form: SignupForm = new FormController(this, {
    fields: FIELDS,
    empty: emptyValues,
    validate: (values) => validate(values, this.group),
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

  private outcome?: SignupResult;
  /** The picker's choice: a group id, or `NOT_SURE`. */
  private picked?: string;
  /** After a 409 the visitor may choose another group, even when one was given. */
  private choosing = false;
  /** Said once to screen readers when help first shows beside what the visitor writes. */
  private helpNotice = '';

  /** The group's status when the form was shown, to tell "it just filled" from "it was full". */
  private statusShown?: Group['status'];
  /** The group the current request is for. */
  private requestFor?: string;
  /** Help beside a free-text field, worked out once per update. */
  private help?: CrisisHelp;

  /** The id of the group to sign up for. Wins over the provider's selected group. */
  groupId?: string;

  /** Base URL of the Hearth API. Wins over an enclosing `<hearth-provider>`'s. */
  apiBase?: string;

  /** `light`, `dark`, or `auto` (follows the visitor's system setting). Default: the provider's, else light. */
  theme?: string;

  /** An API client to use instead of one made from `api-base` (custom `fetch`, tests). */
  client?: HearthClient;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groupId')) this.choosing = false;
    // Another group is another request: start afresh, but keep what the visitor typed.
    const id = this.givenId ?? this.picked;
    if (id !== this.requestFor) {
      if (this.requestFor !== undefined) this.startOver();
      this.requestFor = id;
    }
    this.statusShown ??= this.group?.status;
    this.help = this.crisisWatch.helpFor(this.form.values);
    // Once per form, not per keystroke: the panel itself stays quiet.
    const practice = this.practiceTask.value;
    if (this.help && !this.helpNotice && practice) {
      this.helpNotice = helpLead(this.localize, this.help, practice);
    }
  }

  /** What the form's controls call. */
  private readonly on: FormHandlers = {
    input: (event) => {
      this.form.handleInput(event);
      const field = (event.target as HTMLInputElement).name;
      if ((FREE_TEXT_FIELDS as readonly string[]).includes(field)) void this.crisisWatch.load();
    },
    submit: (event) => {
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
    },
    chooseAnother: () => {
      this.choosing = true;
      this.picked = undefined;
      this.startOver();
      this.focusing.focus('[part~="picker"] input');
    },
  };

  private readonly handlePick = (event: Event) => {
    this.picked = (event.target as HTMLInputElement).value;
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

  /** What the polite live region says: help once it shows, sending, then the outcome. */
  private get announcement(): string {
    const { messages } = this.localize;
    if (this.form.sending) return messages.signupSending;
    const outcome = this.outcome;
    if (outcome?.crisis === true) {
      return sentCrisisLead(
        this.localize,
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

  protected override render() {
    const practice = this.practiceTask.value;
    return frame(
      this.config.theme,
      this.localize,
      html`
        ${practice ? crisisNote(this.localize, practice) : nothing} ${this.renderState()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      `,
    );
  }

  /** Every state in turn: unconfigured, failed, loading, sent, a given group, or the picker. */
  private renderState() {
    const words = this.localize;
    const { messages } = words;
    const status = this.config.status;
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
    if (this.outcome) {
      return outcomeMessage(words, this.outcome, practice, this.group, this.statusShown);
    }
    if (this.givenId) {
      return groups[0]!.status === 'closed'
        ? closedAlert(words, practice, this.on.chooseAnother)
        : signupForm(words, this.form, groups[0]!, practice, this.help, this.on);
    }
    if (groups.length === 0) {
      return stateMessage(
        'empty',
        undefined,
        html`<p>${messages.signupNoGroups}</p>
          ${contactList(practice.contact, messages)}`,
      );
    }
    const group = this.group;
    return html`
      ${groupPicker(words, groups, this.picked, this.handlePick)}
      ${
        group
          ? signupForm(words, this.form, group, practice, this.help, this.on)
          : this.picked === NOT_SURE
            ? choosingHelp(words, practice)
            : nothing
      }
    `;
  }
}
