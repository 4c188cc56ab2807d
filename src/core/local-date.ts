/** YYYY-MM-DD in local time: the day the person filled it in, wherever they are. */
export function localDate(when: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}
