/**
 * The place a person's titles point to (金华市委书记 → 金华市, 副省长 → the home province),
 * used to tell apart people who share a name.
 */

// The place a title starts with, before the body or office it names (青田县|县长, 丽水市莲都区|区委).
const PLACE_PREFIX = /^(?:原|前)?((?!副|原|常务)[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|县|区|旗|镇|乡|村))(?=委|政府|人大|政协|副|党|纪|人民|公安|法院|检察院|[省市县区州旗镇乡村]长)/;
const BARE = /^(?:市|县|区|省|镇|乡)(?:委|政府|人大|政协|长|副)/;
// The session a body's office belongs to (十一届省政协副主席) comes before the place, and is none.
const SESSION = /^第?[十一二三四五六七八九百零〇\d]+届/;

/** The jurisdiction of the first title that names one, the home for bare local titles, or undefined. */
export function jurisdictionOf(titles: string[], home?: string): string | undefined {
  const offices = titles.map((t) => t.replace(SESSION, ""));
  for (const t of offices) {
    const m = PLACE_PREFIX.exec(t);
    if (m && !BARE.test(t) && m[1]!.length >= 2) return m[1];
  }
  if (home && offices.some((t) => BARE.test(t))) return home;
  return undefined;
}
