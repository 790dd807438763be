/**
 * Fired when the practice has received a story for review. `crisis` is true when the server found
 * crisis language, so a host page may, for instance, keep its own help links in view. Carries
 * nothing the visitor typed.
 */
export class HearthStorySharedEvent extends Event {
  static readonly eventName = 'hearth-story-shared';

  readonly crisis: boolean;

  constructor(crisis: boolean) {
    super(HearthStorySharedEvent.eventName, { bubbles: true, composed: true });
    this.crisis = crisis;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hearth-story-shared': HearthStorySharedEvent;
  }
}
