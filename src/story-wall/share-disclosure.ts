/*
 * Share your story: the disclosure button and the `<form>` it opens, whose fields come from the
 * share form's code (`share-form/`). Most visitors only read, so that code is not part of the
 * wall: it is fetched when the button comes near the screen (once the browser is idle), so
 * opening the form is instant; with Save-Data on, only when the visitor points at, touches or
 * focuses the button. Until it arrives the form's place holds a calm loading state, and if it
 * cannot be fetched the visitor is told so and may try again.
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { Practice } from '../api/contract/public.js';
import { skeletonLines, stateMessage } from '../internal/state-messages.js';
import { disclosureButton } from './disclosure-button.js';
import type { WallContext } from './context.js';
import type { ShareForm } from './share-form/share-form.js';
import { shareLoader } from './share-loader.js';
import type { StoryWords } from './texts.js';

/** What the disclosure's button and `<form>` call. */
interface DisclosureHandlers {
  toggle(): void;
  /** The visitor is likely to open the form (or the browser is idle): fetch its code now. */
  intent(): void;
  /** The form's `input`, `change`, `focusout` and `submit`. */
  event(event: Event): void;
}

export class ShareDisclosure implements ReactiveController {
  readonly #wall: WallContext;
  #open = false;
  /** The share form, once its code has arrived (see `#prepare`). */
  #form?: ShareForm;
  #failed = false;
  /** The share form's code on its way, for this wall; forgotten if it fails. */
  #pending?: Promise<void>;
  /** Watches for Share your story coming near the screen, to fetch the form's code. */
  #watch?: IntersectionObserver;

  constructor(wall: WallContext) {
    this.#wall = wall;
    wall.host.addController(this);
  }

  /** Share your story, once rendered. */
  get #button() {
    return this.#wall.host.shadowRoot!.querySelector<HTMLElement>('[part~="share"]');
  }

  hostUpdated(): void {
    const button = this.#button;
    if (this.#watch || !button) return;
    this.#watch = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#watch?.disconnect();
        if ('requestIdleCallback' in globalThis) {
          requestIdleCallback(this.#on.intent, { timeout: 2000 });
        } else {
          setTimeout(this.#on.intent, 200);
        }
      },
      { rootMargin: '400px' },
    );
    const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
    if (!connection?.saveData) this.#watch.observe(button);
  }

  hostDisconnected(): void {
    this.#watch?.disconnect();
    this.#watch = undefined;
  }

  readonly #on: DisclosureHandlers = {
    toggle: () => {
      this.#open = !this.#open;
      this.#wall.host.requestUpdate();
      if (!this.#open) return;
      // Usually the code is here already: the form opens in this very update.
      if (this.#form) this.#wall.moveFocus('#story-body');
      else void this.#openForm();
    },
    intent: () => {
      this.#prepare().catch(() => {
        // Offline for now: opening the form tries again, and says so if it fails.
      });
    },
    event: (event) => {
      const form = this.#open ? this.#form : undefined;
      // A closed form's fields leave the page, and a focused one reports it: nothing changed.
      if (!form) {
        if (event.type === 'submit') event.preventDefault();
      } else if (event.type === 'submit') {
        void form.handleSubmit(event);
      } else if (event.type === 'focusout') {
        form.handleBlur(event as FocusEvent);
      } else {
        form.handleInput(event);
      }
    },
  };

  readonly #handleRetry = () => {
    // The Try again button goes away while the form loads: keep focus on the open disclosure.
    this.#button?.focus();
    void this.#openForm();
  };

  /** Opens the form: at once if its code is here, else after a calm loading state. */
  async #openForm(): Promise<void> {
    this.#failed = false;
    this.#wall.host.requestUpdate();
    try {
      await this.#prepare();
      if (this.#open) this.#wall.moveFocus('#story-body');
    } catch {
      // Offline since the page loaded: say so, and offer to try again.
      if (!this.#open) return;
      this.#failed = true;
      this.#wall.moveFocus('#share-failed');
    }
  }

  #prepare(): Promise<void> {
    this.#pending ??= shareLoader
      .load()
      .then((module) => module.createShareForm(this.#wall))
      .then(
        (form) => {
          this.#form = form;
          this.#wall.host.requestUpdate();
        },
        (error: unknown) => {
          this.#pending = undefined;
          throw error;
        },
      );
    return this.#pending;
  }

  /** The button and the form; after sending, the thanks in their place. */
  render(words: StoryWords, practice: Practice) {
    const form = this.#form;
    const open = this.#open;
    if (form?.receipt) return form.renderOutcome(form.receipt, practice);
    return shareDisclosure(
      words,
      open,
      !open
        ? nothing
        : form
          ? form.renderFields(practice)
          : this.#failed
            ? shareFailed(words, this.#handleRetry)
            : shareLoading(words),
      this.#on,
    );
  }
}

/** Share your story, and the `<form>` it opens with `fields` in it. */
const shareDisclosure = (
  { messages }: StoryWords,
  open: boolean,
  fields: unknown,
  on: DisclosureHandlers,
) => html`
  <div class="share">
    ${disclosureButton(
      messages.storyShare,
      open,
      'share-form',
      on.toggle,
      'button-primary',
      'share',
      on.intent,
    )}
    <form
      part="share-form"
      class="form"
      id="share-form"
      novalidate
      aria-label=${messages.storyShare}
      ?hidden=${!open}
      @input=${on.event}
      @change=${on.event}
      @focusout=${on.event}
      @submit=${on.event}
    >
      ${fields}
    </form>
  </div>
`;

/** Shown only if the form's code takes a moment: it fades in late, in the form's place. */
const shareLoading = ({ messages }: StoryWords) => html`
  <div class="share-loading" aria-busy="true">
    <p class="visually-hidden" role="status">${messages.storyShareLoading}</p>
    ${skeletonLines(['', 'short'])}
    <span class="skeleton-box"></span>
  </div>
`;

const shareFailed = ({ messages }: StoryWords, retry: () => void) =>
  stateMessage(
    'error',
    undefined,
    html`<p id="share-failed" class="message-title" tabindex="-1">${messages.storyShareFailed}</p>
      <p>${messages.errorNetwork}</p>
      <button class="button-primary" type="button" @click=${retry}>${messages.tryAgain}</button>`,
  );
