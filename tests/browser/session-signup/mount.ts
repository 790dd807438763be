// Mounting the sign-up form on the shared sign-up fake, and typing into its fields: shared by the
// sign-up browser tests.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/define/session-signup.js';
import type { HearthSessionSignup } from '../../../src/session-signup/session-signup.js';
import { signupFake, type SignupAnswer } from './session-signup.fake.js';

type FakeOptions = Parameters<typeof signupFake>[0];

/** The form for one group, answered by the fake in the order given, once its form is drawn. */
export async function mountSignup(
  answers: SignupAnswer[] = [],
  {
    groupId = 'grp-grief-online',
    lang,
    ...options
  }: FakeOptions & {
    groupId?: string;
    lang?: string;
  } = {},
) {
  const fake = signupFake({ ...options, answers });
  const element = await fixture<HearthSessionSignup>(
    html`<hearth-session-signup
      group-id=${groupId}
      lang=${ifDefined(lang)}
      .client=${fake.client}
    ></hearth-session-signup>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('form'), 'no form');
  return { element, fake };
}

/** Sets a field's value as typing would, with the input event the form listens to. */
export function typeInto(element: HearthSessionSignup, name: string, value: string) {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
