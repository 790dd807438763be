import { ContextRoot } from '@lit/context';
import { VERSION } from '../internal/version.js';
import { warn } from '../internal/warn.js';

const CONTEXT_ROOT = Symbol.for('hearth.context-root');
const warnedTags = new Set<string>();

type HearthConstructor = CustomElementConstructor & { hearthVersion?: string };

/**
 * One `ContextRoot` per page, shared by every copy of Hearth: it holds on to context requests
 * nobody answered yet, and replays them when a provider appears, so a `<hearth-provider>` that
 * upgrades after its widgets still reaches them.
 */
function attachContextRoot(): void {
  const registry = globalThis as typeof globalThis & { [CONTEXT_ROOT]?: ContextRoot };
  if (registry[CONTEXT_ROOT] || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  registry[CONTEXT_ROOT] = root;
}

/**
 * Registers a Hearth element unless the tag is already taken — a second script tag, or another
 * version of Hearth, must never break the page. A different version already registered gets one
 * console warning, since its elements will be the ones used.
 */
export function define(tag: string, constructor: HearthConstructor, version = VERSION): void {
  attachContextRoot();
  const existing = customElements.get(tag) as HearthConstructor | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || existing.hearthVersion === version || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  warn(
    existing.hearthVersion
      ? `<${tag}> is already defined by Hearth ${existing.hearthVersion}; this copy (${version}) is not used. Load Hearth once per page.`
      : `<${tag}> is already defined by another library; Hearth ${version} does not replace it.`,
  );
}
