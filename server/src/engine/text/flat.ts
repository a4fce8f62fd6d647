// Sequential strings for the per-character loops.
//
// A block's text is mostly a slice of the document's source (a paragraph
// without inline markup is appended in one piece) or a concatenation; V8 keeps
// both as references to other strings (sliced and cons strings), and every
// charCodeAt on them dispatches on the string's representation and follows
// the reference before it reads the character: about a dozen instructions
// more per character than on a sequential string, in each of the loops that
// read a block character by character (normalising, folding, the lexicon's
// automaton, sentences, the claim model's features).

/**
 * The same characters as a sequential string (one copy). Array.prototype.join
 * writes its parts into a new sequential string; a part that is the whole text
 * would be returned as it is, so the text goes in two parts.
 */
export function sequential(s: string): string {
  return s.length < 2 ? s : [s.slice(0, 1), s.slice(1)].join('');
}
