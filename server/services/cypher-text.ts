/**
 * The code of a Cypher query without its comments and the contents of its string literals and
 * backtick-quoted names, blanked to spaces so that offsets stay those of the user's text. The text
 * checks of the console (options, USE, nesting, range bounds) read this, so a keyword inside a string
 * ('USE me') or a comment never counts, and one hidden in neither cannot be missed.
 */
export function codeOf(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      // A quoted run: '…' and "…" take backslash escapes, `…` doubles its quote to escape it.
      let j = i + 1;
      while (j < query.length) {
        if (c !== '`' && query[j] === '\\') j += 2;
        else if (query[j] === c && c === '`' && query[j + 1] === '`') j += 2;
        else if (query[j] === c) break;
        else j++;
      }
      const stop = Math.min(j + 1, query.length);
      // The quotes stay, so `'a' + 'b'` still reads as two values.
      out += c + ' '.repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? c : '');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The deepest nesting of (), [] and {} in the code. */
export function nestingDepth(code: string): number {
  let depth = 0;
  let max = 0;
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

/** The options of a leading `CYPHER …` prefix (after EXPLAIN/PROFILE, if any): `runtime=slotted` → ['runtime']. */
export function queryOptions(code: string): string[] {
  const m = /^\s*(?:(?:EXPLAIN|PROFILE)\s+)?CYPHER\b((?:\s+(?:\d+(?:\.\d+)?|[A-Za-z_]\w*\s*=\s*[A-Za-z_]\w*))*)/i.exec(
    code,
  );
  if (!m) return [];
  return [...m[1]!.matchAll(/([A-Za-z_]\w*)\s*=/g)].map((x) => x[1]!);
}

/** True when the code has a USE clause (a graph other than the API's own may be named there). */
export function hasUseClause(code: string): boolean {
  return /(^|[^.\w$])USE\s+[A-Za-z_`]/i.test(code);
}

/**
 * The argument lists of the `range(…)` calls inside expressions, each argument as written. A range
 * UNWIND turns straight into rows is left out: rows are where Neo4j checks its timeout.
 */
export function rangeCalls(code: string): string[][] {
  const calls: string[][] = [];
  const re = /(^|[^.\w$])range\s*\(/gi;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (/\bUNWIND\s*$/i.test(code.slice(0, m.index + m[1]!.length))) continue;
    let depth = 1;
    let j = m.index + m[0].length;
    const start = j;
    const args: string[] = [];
    let argStart = start;
    for (; j < code.length && depth > 0; j++) {
      const c = code[j];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      if ((c === ',' && depth === 1) || depth === 0) {
        args.push(code.slice(argStart, j).trim());
        argStart = j + 1;
      }
    }
    calls.push(args);
  }
  return calls;
}
