// The usual JavaScript Aho–Corasick (one object with a Map of children per trie node, as the npm
// packages build it): the baseline the typed-array automaton is compared with in the benchmark.

/** Builds the automaton; `findAll(text, onMatch)` reports (start, end, patternIndex). */
export function buildNaiveAhoCorasick(patterns) {
  const root = { next: new Map(), fail: null, out: [] };
  patterns.forEach((pattern, index) => {
    let node = root;
    for (let k = 0; k < pattern.length; k++) {
      const unit = pattern[k];
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), fail: root, out: [] }));
      node = child;
    }
    node.out.push(index);
  });
  const queue = [...root.next.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const [unit, child] of node.next) {
      let fail = node.fail;
      while (fail && !fail.next.has(unit)) fail = fail.fail;
      child.fail = fail ? fail.next.get(unit) : root;
      child.out = child.out.concat(child.fail.out);
      queue.push(child);
    }
  }
  return {
    findAll(text, onMatch) {
      let node = root;
      for (let i = 0; i < text.length; i++) {
        const unit = text[i];
        while (node !== root && !node.next.has(unit)) node = node.fail;
        node = node.next.get(unit) ?? root;
        for (const index of node.out) onMatch(i + 1 - patterns[index].length, i + 1, index);
      }
    },
  };
}
