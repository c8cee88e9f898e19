// Reads the people of a byline (`▢ 金华日报记者 楼盼 全媒体记者 王婷`, `本报记者 张三`,
// `(记者 甲 通讯员 乙)`): role words and the 2-4 character names they apply to.

/** The people a byline names. */
export interface Byline {
  /**
   * Every bylined name, in order: 记者 of any kind and also 通讯员 and names without a
   * role, because consumers (and the scorer) treat everyone bylined as a writer of the
   * article, not as a person it is about.
   */
  reporters: string[];
  /** The subset of `reporters` bylined as 通讯员 (or 实习生, 摄影) or without a role. */
  correspondents: string[];
}

/** Box-like marks newspapers print before a byline; `▲` is left out (it marks photo captions). */
const MARK = /^[▢□■◇◆●○◎]\s*/u;
/** Any kind of 记者 (本报记者, 全媒体记者, 某某日报记者, 见习记者), at the start of a token. */
const REPORTER_ROLE = /^\p{Script=Han}{0,8}?记者/u;
const OTHER_ROLE = /^(?:本报|特约)?(?:通讯员|实习生|摄影|摄像|责任编辑|编辑)/u;
/** A two-character name padded to the width of three (`王　婷`); credits are not names. */
const PADDED_NAME = /(^|\s)([^\P{Script=Han}文图摄])[\s\u3000]+([^\P{Script=Han}文图摄])(?=\s|$)/gu;
/** Credits that say what someone did (`文/摄`, `摄`), not who: skipped. */
const CREDIT = /^(?:[文图摄](?:\/[文图摄])?|摄影报道)$/u;
const NAME = /^\p{Script=Han}{2,4}$/u;
/** Without a role word only the usual 2-3 character names are trusted (`（新闻联播）` is no byline). */
const BARE_NAME = /^\p{Script=Han}{2,3}$/u;
/** `·` joins the parts of transliterated names (`阿卜杜·热合曼`). */
const DOTTED_NAME = /^\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,6}$/u;

/**
 * Parses the people of a byline text; a leading box mark and enclosing brackets are
 * ignored. A role word applies to every name after it until the next role word; a role
 * may be glued to its name (`记者吴晓梅`); a padded name (`王　婷`) is one name; names
 * before any role must have 2-3 characters.
 * Returns null when the text is not a byline: a
 * token that is neither a role, a credit nor a name, no name at all, or no role word
 * when `requireRole` is set.
 */
export function parseByline(text: string, options: { requireRole?: boolean } = {}): Byline | null {
  const inner = text
    .trim()
    .replace(MARK, "")
    .replace(/^[（(]\s*/u, "")
    .replace(/\s*[)）]$/u, "")
    .replace(PADDED_NAME, "$1$2$3");
  const tokens = inner.split(/[\s、，,/|｜]+/u).filter((t) => t !== "");
  const reporters: string[] = [];
  const correspondents: string[] = [];
  let isReporter = false;
  let sawRole = false;
  for (const token of tokens) {
    if (CREDIT.test(token)) continue;
    let name = token;
    const role = REPORTER_ROLE.exec(token) ?? OTHER_ROLE.exec(token);
    if (role) {
      sawRole = true;
      isReporter = role[0].endsWith("记者");
      name = token.slice(role[0].length);
      if (name === "") continue;
    }
    if (!sawRole ? !BARE_NAME.test(name) : !NAME.test(name) && !DOTTED_NAME.test(name)) return null;
    reporters.push(name);
    if (!isReporter) correspondents.push(name);
  }
  if (reporters.length === 0 || (options.requireRole === true && !sawRole)) return null;
  return { reporters, correspondents };
}
