/* The account section's fields and parts, named once for the view and its templates. */

export const TOKEN_NAME_MAX = 100;

export type Field = 'current' | 'new' | 'code' | 'offPassword' | 'tokenName';
export type Section = 'password' | 'totp' | 'tokens';

/** Each field's element id: unique across the whole console. */
export const FIELD_IDS: Record<Field, string> = {
  current: 'account-current-password',
  new: 'account-new-password',
  code: 'totp-code',
  offPassword: 'totp-off-password',
  tokenName: 'token-name',
};
