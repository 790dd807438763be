import { LitElement, type PropertyDeclarations } from 'lit';
import { hostStyles } from './hearth-element.styles.js';
import { VERSION } from './version.js';
import { warn } from './warn.js';

/**
 * The one base class of Hearth's elements: shared host styles (a block whose box a page's
 * `!important` rules cannot change, `[hidden]`), reactive `lang`/`dir`, a version stamp for
 * `define()`, and a warning helper. Behaviour lives in reactive controllers, not here.
 */
export class HearthElement extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: {},
    dir: {},
  };

  /** Read by `define()` to tell two copies of Hearth apart. */
  static readonly hearthVersion: string = VERSION;

  static override styles = [hostStyles];

  readonly #issuedWarnings = new Set<string>();

  /** The language of this element's texts; wins over the provider's and the page's. */
  override lang!: string;

  override dir!: string;

  /** Logs a `[hearth]`-prefixed console warning, at most once per element for each `key`. */
  protected warn(message: string, key: string = message): void {
    if (this.#issuedWarnings.has(key)) return;
    this.#issuedWarnings.add(key);
    warn(message);
  }
}
