import { flesch } from "flesch";
import { syllable } from "syllable";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", nbsp: " " };

/**
 * The words a reader sees in a piece of our own rendered HTML, one block (paragraph, list item,
 * heading, table cell, summary) per line. A block ends a sentence even without a full stop, as a
 * list item or heading does for a reader.
 */
export function textBlocks(html: string): string[] {
  const text = html
    .replace(/<(svg|script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/(p|li|h[1-6]|dt|dd|td|th|summary|div|section)>|<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x27|#39|amp|lt|gt|quot|nbsp);/g, (_, name: string) => entities[name] ?? "");
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

export interface Readability {
  score: number;
  sentences: number;
  words: number;
  syllables: number;
}

/** Flesch reading ease (1948 formula, via the `flesch` package) with syllables from `syllable`. */
export function readingEase(blocks: string[]): Readability {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    const blockSentences = block.split(/(?<=[.!?])\s+/).filter((s) => /[\p{L}\p{N}]/u.test(s));
    sentences += blockSentences.length;
    for (const word of block.split(/\s+/)) {
      const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      if (!bare) continue;
      words += 1;
      // Numbers and initials still take at least one beat to say.
      syllables += Math.max(1, syllable(bare));
    }
  }
  const score = words === 0 ? 0 : flesch({ sentence: sentences, word: words, syllable: syllables });
  return { score: Math.round(score * 10) / 10, sentences, words, syllables };
}
