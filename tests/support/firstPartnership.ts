/**
 * The partnership this kit was first made for: the one word the identity checks look for, where
 * the kit's code, templates and tests (tests/unit/identity.test.ts) and the fictional partnership's
 * built site (tests/build/fictionalPartnership.test.ts) must not name it. The only file outside
 * _data/, the pages and the documents that may.
 */
export const FIRST_PARTNERSHIP = "Haringey";

/** The word anywhere, in any case: in an address ("haringeyscp") as much as in a sentence. */
export const namesFirstPartnership = new RegExp(FIRST_PARTNERSHIP, "i");
