/** Character classes shared by the segmenter and the rules. */

/** CJK unified ideographs (basic block and extension A). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Marks that end a sentence. */
export const SENTENCE_END = '。！？!?';
/** Closing marks that stay with the sentence they close (。” ends after the quote). */
export const CLOSERS = '”’」』）)》';
