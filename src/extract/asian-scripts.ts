/**
 * Unicode blocks of the Asian scripts the extractors read (CJK Unified Ideographs, Thai, Hangul
 * Syllables), one copy for nationality.ts and language-asian.ts. Most ads have none of these
 * letters, so each reader tests for its script before its patterns.
 */
export const HAN_LETTERS = '\\u4e00-\\u9fff';
export const THAI_LETTERS = '\\u0e00-\\u0e7f';
export const HANGUL_LETTERS = '\\uac00-\\ud7af';

export const HAN = new RegExp(`[${HAN_LETTERS}]`, 'u');
export const THAI = new RegExp(`[${THAI_LETTERS}]`, 'u');
export const HANGUL = new RegExp(`[${HANGUL_LETTERS}]`, 'u');
