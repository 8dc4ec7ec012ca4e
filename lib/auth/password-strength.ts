import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * Below this zxcvbn score (0-4) a password is refused: 3 means "safely unguessable: moderate
 * protection from offline slow-hash scenario" (about 10^8 guesses and more).
 */
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | null = null;
function getChecker(): ZxcvbnFactory {
  // The common-password and breached-password lists, English words, names and keyboard patterns
  // come from the zxcvbn-ts packages (M-7: a bundled list made for this, not a hand list).
  checker ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      service: ["nhs", "ipt", "referral", "referrals", "therapy", "admin", "staff"],
    },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return checker;
}

/**
 * Whether a new password is too easy to guess: on the common and breached lists, or a word, name,
 * date or keyboard pattern with small changes (`Password1234!`, `nhsnhsnhsnhs`). `personal`
 * holds the person's own email and name, which must not make up the password.
 */
export async function isGuessablePassword(password: string, personal: string[] = []): Promise<boolean> {
  const words = personal.flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/)).filter((p) => p.length >= 3);
  const result = await getChecker().checkAsync(password, words);
  return result.score < MIN_SCORE;
}
