// The staff workflow of a sign-up: the statuses, which of them hold a seat, and where each may
// go. The visitor is told `requested` or `waitlisted`; staff see `received` and move it on.
// The statuses themselves are the staff contract's (src/api/contract/staff.ts).
import {
  STAFF_SIGNUP_STATUSES as SIGNUP_STATUSES,
  type StaffSignupStatus as SignupStatus,
} from '../../../src/api/contract/staff.js';

export { SIGNUP_STATUSES, type SignupStatus };

/** Statuses that hold one of the group's seats; `waitlisted` ones wait for one. */
export const SEAT_HOLDING_STATUSES = [
  'received',
  'contacted',
  'screening_scheduled',
  'accepted',
  'enrolled',
] as const satisfies readonly SignupStatus[];

export function holdsSeat(status: SignupStatus): boolean {
  return (SEAT_HOLDING_STATUSES as readonly SignupStatus[]).includes(status);
}

/**
 * Where a status may go. The usual path is received → contacted → screening_scheduled →
 * accepted → enrolled; any open request may be waitlisted, referred elsewhere, declined or
 * withdrawn, and a closed one reopened (contacted). `received` is only ever the first status, or
 * where a waitlisted request goes when it is promoted.
 */
export function canMove(from: SignupStatus, to: SignupStatus): boolean {
  if (from === to) return false;
  if (to === 'received') return from === 'waitlisted';
  return true;
}
