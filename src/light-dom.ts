/** What the page put inside the element, read without assuming the element's realm. */

/** Whether the page put message content in the default slot of `host` (white space does not count). */
export const hasOwnMessage = (host: Element): boolean =>
  // By nodeType, not instanceof: a node of another document's realm is an element too.
  [...host.childNodes].some((node) =>
    node.nodeType === 1 ? !(node as Element).hasAttribute('slot') : node.nodeType === 3 /* text */ && !!node.textContent!.trim(),
  );
