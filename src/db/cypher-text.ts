/**
 * A query's text as it goes to Neo4j: comments dropped and whitespace runs made one space, outside
 * string literals and backtick-quoted names. The files keep their comments for readers; the driver
 * would otherwise pack and send them with every request (lineage.cypher's 4.8 KB was four socket
 * writes per lineage read, against two without them).
 */
export function compactCypher(text: string): string {
  let out = '';
  let pendingSpace = false;
  let i = 0;
  const emit = (s: string) => {
    if (pendingSpace && out.length > 0) out += ' ';
    pendingSpace = false;
    out += s;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      pendingSpace = true;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error('unterminated /* comment in a Cypher query');
      i = end + 2;
      pendingSpace = true;
    } else if (c === "'" || c === '"' || c === '`') {
      const end = closingQuote(text, i);
      emit(text.slice(i, end + 1));
      i = end + 1;
    } else if (/\s/.test(c)) {
      i++;
      pendingSpace = true;
    } else {
      emit(c);
      i++;
    }
  }
  return out;
}

/** Where the literal or quoted name opened at `start` closes: backslash escapes in strings, a doubled backtick in names. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote !== '`' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === '`' && text[i + 1] === '`') i++;
      else return i;
    }
  }
  throw new Error(`unterminated ${quote} in a Cypher query`);
}
