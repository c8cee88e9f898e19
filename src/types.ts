/**
 * The data that flows between the pipeline stages (DESIGN.md): plain objects, no logic.
 * Offsets are half-open [start, end) in String.slice units into the text they name.
 */

/** A problem with the input; it travels with the results instead of stopping the run. */
export interface Diagnostic {
  severity: "error" | "warning";
  /** Stable identifier of the check that fired, e.g. "ingest/encoding". */
  ruleId: string;
  reason: string;
  /** File path or URL the problem is in. */
  source: string;
  /** 1-based line in `source`, when the problem is on one line. */
  line?: number;
}

/** ingest → segment: one unit of input text (a file, a JSON Lines row, an RSS item). */
export interface Document {
  id: string;
  source: string;
  text: string;
  /** Publication date, YYYY-MM-DD, when the input says it. */
  date?: string;
  title?: string;
  /** 1-based line of a JSON Lines row, for diagnostics. */
  line?: number;
}

/** segment → tokenize: one news article cut out of a document. */
export interface Article {
  id: string;
  source: string;
  title: string | null;
  subtitle: string | null;
  /** Names bylined as 记者 (reporters). */
  reporters: string[];
  /** Names bylined as 通讯员 or without a role. */
  correspondents: string[];
  /** The dateline or lead (`本报讯`, `新华社北京2月14日电`), if any. */
  dateline: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  /** Cleaned body: column breaks rejoined, bylines and page references removed. */
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

/** tokenize → recognize. */
export interface Token extends Span {
  text: string;
  /** nodejieba part-of-speech tag, when asked for. */
  tag?: string;
}

export type EntityType = "Person" | "Organization" | "Place" | "Event" | "Initiative" | "Figure";

/** Mention kinds: the entity types plus the pieces rules build them from. */
export type MentionType = EntityType | "Title" | "Date";

export type AttrValue = string | number | boolean | null | string[];

/** recognize → relate: a typed span of the article text. */
export interface Mention extends Span {
  type: MentionType;
  text: string;
  /** Rule that produced it (for review and debugging), e.g. "title-name". */
  rule: string;
  attrs: Record<string, AttrValue>;
}

export type AttendanceRole =
  | "presided"
  | "spoke"
  | "keynote"
  | "attended"
  | "inspected"
  | "accompanied"
  | "hosted"
  | "other";

export type RelationType =
  | "ATTENDED"
  | "HOLDS_POSITION"
  | "HELD_IN"
  | "ORGANIZED_BY"
  | "ADDRESSED"
  | "QUANTIFIES"
  | "LOCATED_IN"
  | "PART_OF";

/** The sentence a relation was read from, as offsets into the article text. */
export type Evidence = Span;

/** An entity of one extraction record (DESIGN.md "Extraction record"). */
export interface Entity {
  /** Unique within its record; stable for the same input ("person:张建国@丽水市"). */
  id: string;
  type: EntityType;
  name: string;
  mentions: Span[];
  /** Person: titles as written before the name. */
  titles?: string[];
  /** Person: place the titles' jurisdiction points to, when known ("金华市"). */
  jurisdiction?: string | null;
  /** Event: kind (meeting, conference, forum, inspection, ceremony, activity, …). */
  kind?: string;
  /** Event: absolute date, YYYY-MM-DD. */
  date?: string | null;
  /** Event: entity id of the place it was held in. */
  place?: string | null;
  /** Place: administrative code and level, when resolved. */
  adcode?: string | null;
  level?: string | null;
  /** Figure: text as written, numeric value (scaled by 万/亿), unit, approximate marker. */
  text?: string;
  value?: number;
  unit?: string;
  approx?: boolean;
}

export interface RelationRecord {
  type: RelationType;
  from: string;
  to: string;
  role?: AttendanceRole;
  /** HOLDS_POSITION: the title as written. */
  title?: string;
  evidence: Evidence;
}

/** What `zhkg extract --format jsonl` prints, one per article. */
export interface ExtractionRecord {
  article: {
    id: string;
    source: string;
    title: string | null;
    subtitle: string | null;
    date: string | null;
    reporters: string[];
    correspondents: string[];
    text: string;
  };
  entities: Entity[];
  relations: RelationRecord[];
}

export type NodeLabel = "Article" | "Person" | "Organization" | "Place" | "Event" | "Initiative" | "Figure";

export type EdgeType =
  | "ATTENDED"
  | "HOLDS_POSITION"
  | "WROTE"
  | "REPORTS"
  | "MENTIONS"
  | "HELD_IN"
  | "ORGANIZED_BY"
  | "ADDRESSED"
  | "QUANTIFIES"
  | "PART_OF"
  | "LOCATED_IN";

export type PropValue = string | number | boolean | null | string[] | number[];

export interface NodeRef {
  label: NodeLabel;
  key: string;
}

export interface GraphNode extends NodeRef {
  props: Record<string, PropValue>;
}

/**
 * A relationship of the graph. `key` is deterministic (type, ends, article, role), so
 * merging by it is idempotent; `props.article` names the article that supports it, so
 * re-loading an article can replace exactly what it contributed.
 */
export interface GraphEdge {
  type: EdgeType;
  key: string;
  from: NodeRef;
  to: NodeRef;
  props: Record<string, PropValue>;
}

/** resolve → store/load: canonical nodes and edges contributed by a set of articles. */
export interface GraphDelta {
  /** Ids of the articles this delta replaces what they contributed before. */
  articles: string[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}
