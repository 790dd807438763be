import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus to an element that the next render shows: the outcome heading after a send, the
 * error summary, the first new card. The element is looked up once the update has completed
 * (moving focus may blur a field, which may render again), and again after later updates until
 * it is there.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #target?: string;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses the first element matching `selector` in the host's shadow root, once rendered. */
  focus(selector: string): void {
    this.#target = selector;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(this.#focusTarget);
  }

  hostUpdated(): void {
    if (this.#target) void this.#host.updateComplete.then(this.#focusTarget);
  }

  readonly #focusTarget = () => {
    const target = this.#target && this.#host.shadowRoot?.querySelector<HTMLElement>(this.#target);
    if (target) {
      this.#target = undefined;
      target.focus();
    }
  };
}
