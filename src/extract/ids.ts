/**
 * Hands out ids unique within one report: a repeated number gets `-dup2`,
 * `-dup3` (never `-2`, which could be another item's real number).
 */
export class IdPool {
  private readonly used = new Set<string>();

  /** Returns `base`, or `base-dupN` when `base` was already taken; `onDuplicate` is told. */
  take(base: string, onDuplicate?: () => void): string {
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    onDuplicate?.();
    let n = 2;
    while (this.used.has(`${base}-dup${n}`)) n++;
    const id = `${base}-dup${n}`;
    this.used.add(id);
    return id;
  }
}

/** An item number as an id fragment: "1-2-1" stays, "1.2" → "1-2", anything else ASCII-safe. */
export function numberSlug(number: string): string {
  return number
    .normalize("NFKC")
    .replace(/[^0-9A-Za-z]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
}
