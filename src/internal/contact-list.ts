/* eslint-disable lit-a11y/no-redundant-role -- Safari/VoiceOver drop the list semantics of a
   <ul> styled with list-style: none; role="list" restores them. */
/*
 * The practice's own phone and e-mail, as every widget offers them when it cannot help further
 * (no groups, a failure, a closed group, "not sure which group"): a tap-to-call and a mail link.
 */
import { html, nothing } from 'lit';
import type { Practice } from '../api/contract/public.js';
import type { Catalogue } from '../i18n/en.js';
import { dialable } from './crisis-resources.js';

export function contactList(contact: Practice['contact'] | undefined, messages: Catalogue) {
  const { phone, email } = contact ?? {};
  if (!phone && !email) return nothing;
  return html`
    <p>${messages.contactLead}</p>
    <ul class="plain" role="list">
      ${phone ? html`<li>${messages.phone}: <a href="tel:${dialable(phone)}">${phone}</a></li>` : nothing}
      ${email ? html`<li>${messages.email}: <a href="mailto:${email}">${email}</a></li>` : nothing}
    </ul>
  `;
}
