// The console's types (src/api/contract/staff.ts) must describe what the server sends. Sign-ups,
// groups and their statuses are the contract's own types on the server; where the server keeps a
// stricter type of its own, these assignments fail to compile when the two drift apart.
import type { AuditEntry, StaffStory } from '../../src/api/contract/staff.js';
import type { AuditEntry as ServerAudit } from '../src/staff/audit-log.js';
import type { ModerationStory } from '../src/stories/repository.js';

type Fits<T extends Expected, Expected> = T;
export type Checks = [Fits<ModerationStory, StaffStory>, Fits<ServerAudit, AuditEntry>];
