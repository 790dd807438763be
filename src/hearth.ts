/* The script-tag bundle: registers every element, and exposes the same API as the package. */
import './define/provider.js';
import './define/group-finder.js';

export * from './index.js';
