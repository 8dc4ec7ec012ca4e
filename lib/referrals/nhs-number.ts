/**
 * NHS numbers are 10 digits; the last is a Modulus 11 check digit. Weights 10 down to 2 on
 * the first nine digits; 11 minus the remainder is the check digit, 11 means 0, and 10 means
 * the number can never be valid.
 */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  // Stryker disable next-line ConditionalExpression: equivalent; a check of 10 never equals a single digit below either, this only says so
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
