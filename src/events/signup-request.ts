/**
 * Fired when a visitor presses "Request a spot" or "Join the waitlist". Cancelable: a host page
 * that handles sign-ups itself calls `preventDefault()` to stop the widget's own next step.
 * Carries only the group's id: never anything personal.
 */
export class HearthSignupRequestEvent extends Event {
  static readonly eventName = 'hearth-signup-request';

  readonly groupId: string;

  constructor(groupId: string) {
    super(HearthSignupRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.groupId = groupId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hearth-signup-request': HearthSignupRequestEvent;
  }
}
