/**
 * The array without the spare room `push` leaves (room for 16 more on the first push): a statement's facts are kept for
 * the whole run, 30,000 of them in a large one.
 */
export function exactLength<T>(array: T[]): T[] {
  return array.slice();
}
