package org.furat.ingest;

import java.util.Arrays;

/**
 * A tree of words letter by letter, with a value at the node where a word ends: the words a text's word starts with (or,
 * walked from its last letter, ends with) lie on the path of its letters, found with no substring made and no string
 * hashed. A node with many children files them by letter, so that the root, which has one per letter of the alphabet,
 * finds the child of a letter by one read of an array. Not thread-safe while words are added; safe to read from other
 * threads once filled and published safely (held in a final or volatile field of what filled it).
 *
 * @param <V> what a word stands for
 */
final class LetterNode<V> {

    /** Up to this many children are scanned; more are filed by letter if their letters lie within MAX_SPREAD, else searched. */
    private static final int FEW = 6, MAX_SPREAD = 4096;

    private static final char[] NO_LETTERS = new char[0];
    private static final LetterNode<?>[] NO_CHILDREN = new LetterNode<?>[0];

    private char[] letters = NO_LETTERS;
    @SuppressWarnings("unchecked")
    private LetterNode<V>[] children = (LetterNode<V>[]) NO_CHILDREN;
    /** {@link #children} by letter from {@link #first}, for a node with many. */
    private LetterNode<V>[] byLetter;
    private char first;
    /** What the word that ends here stands for; null where none ends. */
    private V value;

    V value() { return value; }

    void value(V value) { this.value = value; }

    /** The child for {@code letter}, or null. */
    LetterNode<V> child(char letter) {
        if (byLetter != null) {
            int at = letter - first;
            return at >= 0 && at < byLetter.length ? byLetter[at] : null;
        }
        if (letters.length > FEW) {
            int at = Arrays.binarySearch(letters, letter);
            return at < 0 ? null : children[at];
        }
        for (int k = 0; k < letters.length; k++) { // a few letters: a scan is quicker than a search
            if (letters[k] == letter) return children[k];
        }
        return null;
    }

    /** The child for {@code letter}, made if there is none. */
    LetterNode<V> childOrNew(char letter) {
        int at = Arrays.binarySearch(letters, letter);
        if (at >= 0) return children[at];
        int insert = -at - 1;
        char[] moreLetters = new char[letters.length + 1];
        System.arraycopy(letters, 0, moreLetters, 0, insert);
        moreLetters[insert] = letter;
        System.arraycopy(letters, insert, moreLetters, insert + 1, letters.length - insert);
        LetterNode<V>[] more = newArray(children.length + 1);
        System.arraycopy(children, 0, more, 0, insert);
        more[insert] = new LetterNode<>();
        System.arraycopy(children, insert, more, insert + 1, children.length - insert);
        letters = moreLetters;
        children = more;
        if (byLetter != null && letter - first >= 0 && letter - first < byLetter.length) byLetter[letter - first] = more[insert];
        else fileByLetter();
        return more[insert];
    }

    /** The node where {@code word} ends from this one, made as needed. */
    LetterNode<V> add(String word) {
        LetterNode<V> node = this;
        for (int k = 0; k < word.length(); k++) node = node.childOrNew(word.charAt(k));
        return node;
    }

    /** Files the children by letter anew, for a node that has come to have many, or one whose letters spread wider. */
    private void fileByLetter() {
        byLetter = null;
        if (letters.length <= FEW || letters[letters.length - 1] - letters[0] >= MAX_SPREAD) return;
        first = letters[0];
        LetterNode<V>[] filed = newArray(letters[letters.length - 1] - first + 1);
        for (int k = 0; k < letters.length; k++) filed[letters[k] - first] = children[k];
        byLetter = filed;
    }

    @SuppressWarnings("unchecked")
    private static <V> LetterNode<V>[] newArray(int length) {
        return (LetterNode<V>[]) new LetterNode<?>[length];
    }
}
