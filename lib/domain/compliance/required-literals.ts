/**
 * The words a pattern cannot match without: for a regular expression source, a set of plain
 * strings such that every match contains at least one of them ("no (?:kids|children)" needs
 * "kids" or "children"). A scan looks for these first, which is far cheaper than trying every
 * pattern at every word, and tries a pattern only when one of its words is in the text.
 */

/** What a part of a pattern can match: every string it can match when few enough (exact), and the strings one of which it must contain (needs). */
interface Shape {
  exact: string[] | null;
  needs: string[] | null;
}

const MAX_EXACT = 48;
const ANY: Shape = { exact: null, needs: null };
const EMPTY: Shape = { exact: [""], needs: null };

/** Words so common in messages that needing one filters little. */
const COMMON = new Set(["with", "for", "para", "the", "and", "not", "only", "people", "area", "able", "more", "want", "how", "take", "back", "home", "house", "please", "again", "que", "por", "de", "la", "el", "perfect", "ideal", "great", "good", "best", "made", "built", "meant", "designed", "suited", "suitable", "wonderful", "solo", "know", "out", "away", "part", "stop", "text", "send", "have", "all", "you", "your", "right", "better"]);

/** Lower is better: about how likely a message holds one of `set` by chance; a set holding "" is no requirement at all. */
function cost(set: readonly string[]): number {
  let total = 0;
  for (const s of set) total += s.length === 0 ? Infinity : COMMON.has(s) ? 0.5 : s.length >= 5 ? 0.01 : [1, 1, 0.5, 0.1, 0.03][s.length]!;
  return total;
}

/** `set` without the strings that hold another of its strings: finding "safe" already covers "safest". */
const minimal = (set: string[]) => set.filter((s) => !set.some((t) => t !== s && t !== "" && s.includes(t)));

/** The better requirement of two (either may be none). */
function best(a: string[] | null, b: string[] | null): string[] | null {
  if (!b || cost(b) === Infinity) return a;
  const tighter = minimal(b);
  return !a || cost(tighter) < cost(a) ? tighter : a;
}
const product = (a: string[], b: string[]) => (a.length * b.length > MAX_EXACT ? null : [...new Set(a.flatMap((x) => b.map((y) => x + y)))]);

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  /** Alternatives separated by "|" up to a ")" or the end. */
  alternation(): Shape {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const needs = branches.map((b) => best(b.needs, b.exact));
    const joined = needs.every((n) => n) ? [...new Set(needs.flatMap((n) => n!))] : null;
    return { exact: exact && exact.length <= MAX_EXACT ? exact : null, needs: joined && cost(joined) < Infinity ? joined : null };
  }

  /** Items one after another: a stretch of exact items is a run of text every match holds. */
  private sequence(): Shape {
    let run: string[] = [""];
    let exact: string[] | null = [""];
    let needs: string[] | null = null;
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const item = this.quantified(this.atom());
      exact = exact && item.exact ? product(exact, item.exact) : null;
      needs = best(needs, item.needs);
      const longer = item.exact ? product(run, item.exact) : null;
      if (longer) run = longer;
      else {
        needs = best(needs, run);
        run = item.exact ?? [""];
      }
    }
    return { exact, needs: best(best(needs, run), exact) };
  }

  /** "?" may skip the item; "+" and {n,} with n > 0 keep what it needs; "*" and {0,n} need nothing. */
  private quantified(item: Shape): Shape {
    const q = /^(?:[?*+]|\{(\d+)(,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!q) return item;
    this.at += q[0].length;
    if (q[0][0] === "?") return { exact: item.exact ? [...new Set(["", ...item.exact])] : null, needs: null };
    if (q[1] === "1" && q[2] === undefined) return item;
    const atLeastOnce = q[0][0] === "+" || (q[1] !== undefined && Number(q[1]) > 0);
    return { exact: null, needs: atLeastOnce ? best(item.needs, item.exact) : null };
  }

  private atom(): Shape {
    const ch = this.source[this.at++]!;
    if (ch === "(") {
      const look = /^\?(?:<?[=!])/.exec(this.source.slice(this.at));
      if (/^\?:/.test(this.source.slice(this.at))) this.at += 2;
      else if (look) this.at += look[0].length;
      const inner = this.alternation();
      this.at++;
      return look ? EMPTY : inner;
    }
    if (ch === "[") return this.charClass();
    if (ch === "\\") {
      const escaped = this.source[this.at++]!;
      if (escaped === "b" || escaped === "B") return EMPTY;
      if (escaped === "n") return { exact: ["\n"], needs: null };
      if ("sSdDwW".includes(escaped)) return ANY;
      if (/[a-zA-Z0-9]/.test(escaped)) throw new Error(`unsupported escape \\${escaped} in ${this.source}`);
      return { exact: [escaped], needs: null };
    }
    if (ch === "^" || ch === "$") return EMPTY;
    if (ch === ".") return ANY;
    return { exact: [ch], needs: null };
  }

  /** A class of plain characters ("[oa]") is its characters; a range, escape or negation is anything. */
  private charClass(): Shape {
    const end = /^(?:\\.|[^\]\\])*\]/.exec(this.source.slice(this.at));
    if (!end) throw new Error(`unterminated character class at ${this.at} in ${this.source}`);
    this.at += end[0].length;
    const body = end[0].slice(0, -1);
    return /^[^\\^\-[]+$/.test(body) ? { exact: [...new Set(body)], needs: null } : ANY;
  }
}

/**
 * Plain strings one of which every match of the regular expression `source` contains, or null
 * when the pattern can match without any (then it must always be tried).
 */
export function requiredLiterals(source: string): string[] | null {
  const shape = new Parser(source).alternation();
  return best(shape.needs, shape.exact);
}
