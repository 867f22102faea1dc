/**
 * A pool entry's unmet eligibility rules in the reader's language: the catalogue's text for each
 * rule's code (`ineligible.<CODE>`), the server's own message (English, with the figures) for a code
 * the catalogue does not know yet.
 */

export interface IneligibilityLike {
  code: string;
  message: string;
}

export interface IneligibilityText {
  code: string;
  /** What to show: the catalogue's text, or the server's message. */
  text: string;
  /** The server's detail (with the figures), for a tooltip; undefined when it is already the text. */
  detail: string | undefined;
}

/** `lookup(key)` gives the catalogue's text for a key, or undefined when the key is unknown. */
export function ineligibilityTexts(
  ineligibilities: readonly IneligibilityLike[],
  lookup: (key: string) => string | undefined,
): IneligibilityText[] {
  return ineligibilities.map(({ code, message }) => {
    const known = lookup(`ineligible.${code}`);
    return known === undefined
      ? { code, text: message || code, detail: undefined }
      : { code, text: known, detail: message || undefined };
  });
}
