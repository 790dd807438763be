import { html } from 'lit';
import type { TotpSetup } from '../../api/contract/staff.js';
import { FIELD_IDS } from './account-fields.js';
import { onEscape } from '../kit/view.js';
import type { AccountView } from './account-view.js';
import { renderField } from '../kit/field.js';

/** A setup key in groups of four, easier to type into an authenticator app. */
const inFours = (value: string) => (value.match(/.{1,4}/g) ?? []).join(' ');

/*
 * The account's two-step sign-in part: its state, the button that starts the setup, the setup
 * (the key shown once, then a code to confirm it) and the password asked before turning it off.
 * The account view keeps the state and handles what staff do.
 */

function renderTotpSetup(view: AccountView, setup: TotpSetup) {
  const t = view.t;
  return html`<div class="totp-setup">
    <h4 id="totp-setup-title" tabindex="-1">${t.t('adminTotpSetupTitle')}</h4>
    <ol class="steps">
      <li>${t.t('adminTotpStepApp')}</li>
      <li>
        <p>${t.t('adminTotpStepKey')}</p>
        ${view.secrets.render('totp-key', t.t('adminTotpKeyLabel'), setup.secret, inFours(setup.secret))}
        <p class="hint">${t.t('adminTotpNoQr')}</p>
        <p><a href=${setup.otpauthUri} id="totp-link">${t.t('adminTotpLink')}</a></p>
      </li>
      <li>
        <p>${t.t('adminTotpStepCode')}</p>
        <form
          novalidate
          @submit=${(event: SubmitEvent) => view.handleTotpConfirm(event)}
          @keydown=${onEscape(() => view.handleTotpCancel())}
        >
          ${renderField({
            id: FIELD_IDS.code,
            name: 'code',
            label: t.t('adminTotpCode'),
            autocomplete: 'one-time-code',
            inputmode: 'numeric',
            maxlength: 12,
            hint: t.t('adminTotpCodeHint'),
            error: view.errors.code,
          })}
          <div class="actions">
            ${view.renderSubmit('totp-confirm', t.t('adminTotpConfirm'), t.t('adminSaving'))}
            <button type="button" class="secondary" @click=${() => view.handleTotpCancel()}>
              ${t.t('adminCancel')}
            </button>
          </div>
        </form>
      </li>
    </ol>
  </div>`;
}

function renderTurnOff(view: AccountView) {
  const t = view.t;
  return html`<form
    novalidate
    @submit=${(event: SubmitEvent) => view.handleTurnOff(event)}
    @keydown=${onEscape(() => view.handleTurnOffCancel())}
  >
    <p id="totp-off-question">${t.t('adminTotpOffConfirm')}</p>
    ${renderField({
      id: FIELD_IDS.offPassword,
      name: 'password',
      label: t.t('adminPassword'),
      type: 'password',
      autocomplete: 'current-password',
      error: view.errors.offPassword,
    })}
    <div class="actions">
      ${view.renderSubmit('totp-off', t.t('adminTotpOffButton'), t.t('adminSaving'), true)}
      <button type="button" class="secondary" @click=${() => view.handleTurnOffCancel()}>
        ${t.t('adminCancel')}
      </button>
    </div>
  </form>`;
}

export function renderTotp(view: AccountView) {
  const t = view.t;
  const on = view.totpEnabled;
  let body;
  if (view.setup) body = renderTotpSetup(view, view.setup);
  else if (!on) {
    body = html`<div class="actions">
      <button
        type="button"
        id="totp-start"
        aria-disabled=${view.busy === 'totp-start' ? 'true' : 'false'}
        @click=${() => view.handleTotpStart()}
      >
        ${view.busy === 'totp-start' ? t.t('adminTotpStarting') : t.t('adminTotpStart')}
      </button>
    </div>`;
  } else if (view.turningOff) body = renderTurnOff(view);
  else {
    body = html`<div class="actions">
      <button
        type="button"
        class="secondary"
        id="totp-off"
        @click=${() => view.handleTurnOffStart()}
      >
        ${t.t('adminTotpTurnOff')}
      </button>
    </div>`;
  }
  return html`<section class="account-part" aria-labelledby="totp-title">
    <h3 id="totp-title" tabindex="-1">${t.t('adminTotpTitle')}</h3>
    <p class="totp-state">${on ? t.t('adminTotpOn') : t.t('adminTotpOff')}</p>
    ${view.renderAlert('totp')} ${body}
  </section>`;
}
