/**
 * Fired when a visitor sends the sign-up form, before the request. Cancelable: a host page that
 * takes sign-ups another way calls `preventDefault()`, and nothing is sent. Carries only the
 * group's id: never anything the visitor typed.
 */
export class HearthSignupSubmitEvent extends Event {
  static readonly eventName = 'hearth-signup-submit';

  readonly groupId: string;

  constructor(groupId: string) {
    super(HearthSignupSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.groupId = groupId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hearth-signup-submit': HearthSignupSubmitEvent;
  }
}
