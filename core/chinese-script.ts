import * as OpenCC from 'opencc-js';

/**
 * Simplified ↔ Traditional conversion, built once: names are stored in Simplified characters,
 * users and articles write either. OpenCC's `tw` variant is the one the articles' Traditional
 * text (Taiwan usage) needs.
 */
export const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
export const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
