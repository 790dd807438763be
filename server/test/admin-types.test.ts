// The console's types (src/api/contract/staff.ts) must describe what the server sends: these
// assignments fail to compile when they drift apart. The runtime checks that the lists match.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  STAFF_SIGNUP_STATUSES,
  type AuditEntry,
  type StaffGroup,
  type StaffSignup,
  type StaffStory,
} from '../../src/api/contract/staff.js';
import { SIGNUP_STATUSES } from '../src/signups/workflow.js';
import type { StaffSignup as ServerSignup } from '../src/signups/staff-repository.js';
import type { AuditEntry as ServerAudit } from '../src/staff/audit-log.js';
import type { StaffGroup as ServerGroup } from '../src/groups/repository.js';
import type { ModerationStory } from '../src/stories/repository.js';

type Fits<T extends Expected, Expected> = T;
export type Checks = [
  Fits<ServerSignup, StaffSignup>,
  Fits<ServerGroup, StaffGroup>,
  Fits<ModerationStory, StaffStory>,
  Fits<ServerAudit, AuditEntry>,
];

describe('console types', () => {
  it('list the same sign-up statuses as the server', () => {
    assert.deepEqual([...STAFF_SIGNUP_STATUSES], [...SIGNUP_STATUSES]);
  });
});
