import { html, nothing } from 'lit';
import type { StaffToken, StaffTokenCreated } from '../../api/contract/staff.js';
import { FIELD_IDS, TOKEN_NAME_MAX } from './account-fields.js';
import { alertOf, confirmBox, formatDateTime } from '../kit/view.js';
import type { AccountView } from './account-view.js';
import { renderField } from '../kit/field.js';

/*
 * The account's access tokens part: the form that creates one, the new token shown once, and the
 * list with a confirmed revoke for each. The account view keeps the state and handles what staff do.
 */

function renderCreated(view: AccountView, created: StaffTokenCreated) {
  const t = view.t;
  return html`<div class="one-time" id="token-created">
    <h4 id="token-created-title" tabindex="-1">${t.t('adminTokenCreatedTitle', created.name)}</h4>
    <p><strong>${t.t('adminTokenCopyNow')}</strong></p>
    ${view.secrets.render('token-secret', t.t('adminTokenLabel'), created.token)}
    <div class="actions">
      <button type="button" class="secondary" @click=${() => view.handleTokenDone()}>
        ${t.t('adminTokenDone')}
      </button>
    </div>
  </div>`;
}

function renderToken(view: AccountView, token: StaffToken) {
  const t = view.t;
  const confirming = view.revoking === token.id;
  const busy = view.busy === `revoke:${token.id}`;
  return html`<li class="token" aria-labelledby="token-${token.id}">
    <h4 id="token-${token.id}">${token.name}</h4>
    <p class="meta">
      ${t.t(
        'adminTokenMeta',
        formatDateTime(view.t, token.createdAt),
        token.lastUsedAt ? formatDateTime(view.t, token.lastUsedAt) : null,
      )}
    </p>
    ${alertOf(view.revokeFailed?.id === token.id ? view.revokeFailed.message : undefined)}
    ${
      confirming
        ? confirmBox(t, {
            id: `revoke-question-${token.id}`,
            question: t.t('adminTokenRevokeConfirm', token.name),
            action: t.t('adminTokenRevokeButton'),
            busy,
            confirm: () => view.handleRevoke(token),
            cancel: () => view.handleRevokeCancel(token),
          })
        : html`<div class="actions">
            <button
              type="button"
              class="secondary"
              id="revoke-${token.id}"
              @click=${() => view.handleRevokeStart(token)}
            >
              ${t.t('adminTokenRevoke')}<span class="visually-hidden"> ${token.name}</span>
            </button>
          </div>`
    }
  </li>`;
}

function renderTokenList(view: AccountView) {
  const t = view.t;
  return view.tokensTask.render({
    pending: () => view.loadingMessage(t.t('adminTokensLoading')),
    error: () =>
      view.loadFailedMessage(t.t('adminTokensError'), () =>
        view.reload(view.tokensTask, '#tokens-title'),
      ),
    complete: () => {
      const tokens = view.tokens;
      if (!tokens.length) {
        return view.emptyMessage(t.t('adminTokensEmpty'));
      }
      return html`<ul class="tokens" aria-label=${t.t('adminTokenCount', tokens.length)}>
        ${tokens.map((token) => renderToken(view, token))}
      </ul>`;
    },
  });
}

export function renderTokens(view: AccountView) {
  const t = view.t;
  return html`<section class="account-part" aria-labelledby="tokens-title">
    <h3 id="tokens-title" tabindex="-1">${t.t('adminTokensTitle')}</h3>
    <p class="hint">${t.t('adminTokensIntro')}</p>
    ${view.created ? renderCreated(view, view.created) : nothing}
    <form part="form" novalidate @submit=${(event: SubmitEvent) => view.handleTokenCreate(event)}>
      ${view.renderAlert('tokens')}
      ${renderField({
        id: FIELD_IDS.tokenName,
        name: 'name',
        label: t.t('adminTokenName'),
        hint: t.t('adminTokenNameHint'),
        maxlength: TOKEN_NAME_MAX,
        error: view.errors.tokenName,
      })}
      <div class="actions">
        ${view.renderSubmit('token-create', t.t('adminTokenCreate'), t.t('adminTokenCreating'))}
      </div>
    </form>
    ${renderTokenList(view)}
  </section>`;
}
