/**
 * Fired when a visitor opens a group. Carries only the group's id: never anything personal.
 */
export class HearthGroupSelectEvent extends Event {
  static readonly eventName = 'hearth-group-select';

  readonly groupId: string;

  constructor(groupId: string) {
    super(HearthGroupSelectEvent.eventName, { bubbles: true, composed: true });
    this.groupId = groupId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hearth-group-select': HearthGroupSelectEvent;
  }
}
