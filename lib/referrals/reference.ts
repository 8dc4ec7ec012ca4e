import { randomInt } from "node:crypto";

/** Letters and digits that cannot be mistaken for each other when read aloud or written down: no 0/O, no 1/I. */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const REFERENCE_LENGTH = 8;

/** A short reference such as "KX7P-3M9Q": 8 random characters (32^8, about a trillion), shown in two groups. */
export function generateReference(random: (max: number) => number = randomInt): string {
  let body = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) body += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `${body.slice(0, 4)}-${body.slice(4)}`;
}

export const REFERENCE_PATTERN = new RegExp(`^[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);
