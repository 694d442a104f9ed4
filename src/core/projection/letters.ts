/** 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB", like spreadsheet columns. */
export function letterCode(index: number): string {
  let n = index;
  let code = '';
  do {
    code = String.fromCharCode(65 + (n % 26)) + code;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return code;
}
