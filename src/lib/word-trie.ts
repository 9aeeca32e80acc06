/**
 * Which of many words occur in a text, overlaps included, in one pass over the text: a trie of the words
 * walked from every position. The cost is the text's length times the few characters each walk takes,
 * whatever the number of words (an alternation of them all costs each position every word).
 */

interface TrieNode {
  /** The word ending here, if any. */
  word: string | null;
  readonly next: Map<number, TrieNode>;
}

/** The words as a trie, by UTF-16 code unit (as a RegExp without the `u` flag matches them). */
export interface WordTrie {
  readonly root: TrieNode;
}

const node = (): TrieNode => ({ word: null, next: new Map() });

/** Builds the trie of the words (empty words are ignored). */
export function wordTrie(words: Iterable<string>): WordTrie {
  const root = node();
  for (const word of words) {
    if (word === "") continue;
    let at = root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = at.next.get(code);
      if (!child) at.next.set(code, (child = node()));
      at = child;
    }
    at.word = word;
  }
  return { root };
}

/** Adds to `found` every word of the trie that occurs anywhere in `text`, including inside a longer one. */
export function collectWords(trie: WordTrie, text: string, found: Set<string>): void {
  for (let start = 0; start < text.length; start++) {
    let at = trie.root.next.get(text.charCodeAt(start));
    for (let i = start + 1; at; i++) {
      if (at.word !== null) found.add(at.word);
      if (i >= text.length) break;
      at = at.next.get(text.charCodeAt(i));
    }
  }
}
