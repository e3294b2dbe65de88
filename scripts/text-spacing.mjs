// The WCAG 1.4.12 text-spacing override (line height 1.5, letter 0.12 em, word 0.16 em, paragraphs 2 em),
// as a user stylesheet: the e2e tests and scripts/screenshots.mjs inject it (with bypassCSP).

export const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";
