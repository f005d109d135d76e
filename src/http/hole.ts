/**
 * Text known only in part: a resolved URL or command line in which each value that cannot be known statically
 * (a template placeholder, an unresolvable operand) stands as one HOLE character.
 */
export const HOLE = "\u0000";

export function hasHole(text: string): boolean {
  return text.includes(HOLE);
}
