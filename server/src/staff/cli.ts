// `npm run staff -- <command>`: staff accounts from the command line, on the database the server
// uses (the same HEARTH_DATA_DIR and HEARTH_DATA_KEY). One-time passwords are printed once and
// must be changed at first sign-in.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../platform/config.js';
import { generatePassword, hashPassword } from '../platform/passwords.js';
import { normalizeEmail, STAFF_ROLES, type StaffRole } from './repository.js';
import { openStore, type Store } from '../store.js';

const USAGE = `Usage: npm run staff -- <command>

  add <email> [--role owner|staff]   Create an account and print a one-time password.
                                     The first account is an owner; later ones staff.
  list                               List the accounts.
  reset-password <email>             Print a new one-time password; signs the account out,
                                     revokes its tokens and turns off its two-step sign-in.
  disable <email>                    Disable an account; signs it out and revokes its tokens.
  enable <email>                     Enable a disabled account again (with no old sessions
                                     or tokens).
`;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Runs one command; returns the exit code. Exported for tests. */
export async function runStaffCommand(
  args: string[],
  store: Store,
  io: CliOutput,
  now: () => Date = () => new Date(),
  passwordCost?: number,
): Promise<number> {
  const [command, email, ...rest] = args;
  const audit = (action: string, targetId: string, detail?: Record<string, string>) =>
    store.staff.audit({
      actorId: null,
      via: 'cli',
      action,
      targetType: 'staff',
      targetId,
      detail,
      at: now(),
    });
  const findAccount = async () => {
    if (!email) return undefined;
    const account = await store.staff.credentialsByEmail(email);
    if (!account) io.err(`There is no account for ${normalizeEmail(email)}.`);
    return account;
  };
  const printPassword = (password: string) => {
    io.out('');
    io.out(`  One-time password: ${password}`);
    io.out('');
    io.out('Give it to the person privately. It is shown only now and must be changed at the');
    io.out('first sign-in at /admin.');
  };

  switch (command) {
    case 'add': {
      if (!email || !EMAIL.test(email)) {
        io.err('Give the e-mail address of the new account: npm run staff -- add ana@example.org');
        return 1;
      }
      let role: StaffRole = (await store.staff.countAccounts()) === 0 ? 'owner' : 'staff';
      const roleIndex = rest.indexOf('--role');
      if (roleIndex >= 0) {
        const value = rest[roleIndex + 1];
        if (!(STAFF_ROLES as readonly string[]).includes(value ?? '')) {
          io.err('--role must be owner or staff.');
          return 1;
        }
        role = value as StaffRole;
      }
      const password = generatePassword();
      const account = await store.staff.createAccount({
        email,
        role,
        passwordHash: await hashPassword(password, passwordCost),
        mustChangePassword: true,
        now: now(),
      });
      if (!account) {
        io.err(`There is already an account for ${normalizeEmail(email)}.`);
        return 1;
      }
      await audit('staff_created', account.id, { role });
      io.out(`Created the ${role} account ${account.email}.`);
      printPassword(password);
      return 0;
    }
    case 'list': {
      const accounts = await store.staff.listAccounts();
      if (accounts.length === 0) io.out('No staff accounts yet: npm run staff -- add <email>');
      for (const account of accounts) {
        const notes = [
          account.disabled && 'disabled',
          account.mustChangePassword && 'must change password',
          account.totpEnabled && 'two-step sign-in',
        ].filter(Boolean);
        io.out(`${account.email}  ${account.role}${notes.length ? `  (${notes.join(', ')})` : ''}`);
      }
      return 0;
    }
    case 'reset-password': {
      const account = await findAccount();
      if (!account) return email ? 1 : usage(io);
      const password = generatePassword();
      // Account recovery: a lost phone is the usual reason, so two-step sign-in is reset too.
      await store.staff.setPassword(account.id, await hashPassword(password, passwordCost), now(), {
        mustChange: true,
        resetTotp: true,
      });
      await audit('staff_reset_password', account.id);
      io.out(`New password for ${account.email}.`);
      printPassword(password);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const account = await findAccount();
      if (!account) return email ? 1 : usage(io);
      await store.staff.setDisabled(account.id, command === 'disable', now());
      await audit(`staff_${command}`, account.id);
      io.out(`${command === 'disable' ? 'Disabled' : 'Enabled'} ${account.email}.`);
      return 0;
    }
    default:
      return usage(io);
  }
}

function usage(io: CliOutput): number {
  io.err(USAGE);
  return 1;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    dataKey: config.dataKey,
    retentionDays: config.retentionDays,
  });
  try {
    process.exitCode = await runStaffCommand(process.argv.slice(2), store, {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    await store.close();
  }
}

// Run as a script (not when a test imports runStaffCommand).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
