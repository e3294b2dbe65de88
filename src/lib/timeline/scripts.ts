// Which writing systems a text uses, and whether the fonts a renderer finds draw them: the share image is
// drawn by resvg from the build machine's fonts, and a script none of them has would come out as empty boxes.
// The check renders a sample of each script beside another of the same script: with no font for it, both are
// the same row of boxes, so the two pictures are identical.

/** Scripts whose letters a story may be written in, each with two samples of different letters. */
export const SCRIPTS = {
  Arabic: ["سوق", "ملف"],
  Hebrew: ["שוק", "קובץ"],
  Han: ["日本", "中文"],
  Hiragana: ["ひら", "がな"],
  Katakana: ["カタ", "ミル"],
  Hangul: ["한국", "시장"],
  Cyrillic: ["рынок", "файл"],
  Greek: ["αγορά", "ψηφί"],
  Devanagari: ["बाज़ार", "फ़ाइल"],
  Thai: ["ตลาด", "ไฟล์"],
} as const;
export type Script = keyof typeof SCRIPTS;

/** The scripts of SCRIPTS a text has letters of. */
export function scriptsIn(text: string): Script[] {
  return (Object.keys(SCRIPTS) as Script[]).filter((s) => new RegExp(`\\p{Script=${s}}`, "u").test(text));
}

/** The scripts of a text that `draw` (a renderer, text to image bytes) draws only as boxes. */
export function undrawnScripts(text: string, draw: (text: string) => Uint8Array): Script[] {
  return scriptsIn(text).filter((s) => {
    const [a, b] = SCRIPTS[s].map(draw);
    return a !== undefined && b !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
  });
}
