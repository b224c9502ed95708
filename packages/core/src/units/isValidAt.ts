/** Anything with a validity window (`validFrom`/`validTo`, inclusive ISO dates or null). */
export interface Validity {
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * True when `date` (an ISO date) falls inside the validity window; always true
 * when `date` is null or undefined.
 */
export function isValidAt(item: Validity, date?: string | null): boolean {
  if (!date) return true;
  if (item.validFrom && date < item.validFrom) return false;
  if (item.validTo && date > item.validTo) return false;
  return true;
}
