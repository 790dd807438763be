/**
 * Fired when the practice has received a sign-up: `status` is `requested` (a spot was asked for)
 * or `waitlisted`. Carries only the group's id and the status: never anything the visitor typed.
 */
export class HearthSignupCompleteEvent extends Event {
  static readonly eventName = 'hearth-signup-complete';

  readonly groupId: string;
  readonly status: 'requested' | 'waitlisted';

  constructor(groupId: string, status: 'requested' | 'waitlisted') {
    super(HearthSignupCompleteEvent.eventName, { bubbles: true, composed: true });
    this.groupId = groupId;
    this.status = status;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hearth-signup-complete': HearthSignupCompleteEvent;
  }
}
