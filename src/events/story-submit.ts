/**
 * Fired when a visitor sends a valid story from `<hearth-story-wall>`, before the request.
 * Cancelable: a host page that collects stories another way calls `preventDefault()`, and nothing
 * is sent. Carries nothing at all: never the story, its topics or anything the visitor typed.
 */
export class HearthStorySubmitEvent extends Event {
  static readonly eventName = 'hearth-story-submit';

  constructor() {
    super(HearthStorySubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hearth-story-submit': HearthStorySubmitEvent;
  }
}
