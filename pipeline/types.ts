/** The records passed between the pipeline's stages (ingest → segment → extract → resolve → export). */
import type { AbbreviatedLevel, ArticleItem, InitiativeKind, OrgKind, PlaceLevel, RelType } from '../model/schema';
import type { GraphProblem } from '../model/graph';

export type Problem = GraphProblem;

/** A decoded input file. */
export interface SourceText {
  /** Article id: the file name without its extension. */
  id: string;
  /** The file name as given (relative to the input folder). */
  source: string;
  text: string;
}

export interface Sentence {
  article: string;
  item: number;
  start: number;
  end: number;
  text: string;
}

/** A segmented article: Article.text is the normalised text every offset indexes into. */
export interface Article {
  id: string;
  source: string;
  title: string;
  text: string;
  items: ArticleItem[];
  sentences: Sentence[];
}

/** What a mention names, before resolution gives it an id. */
export type MentionAttrs =
  | { label: 'Place'; level: PlaceLevel }
  | { label: 'Organization'; kind: OrgKind }
  | { label: 'Person' }
  | { label: 'Initiative'; kind: InitiativeKind }
  | { label: 'Mechanism'; code?: string };

/**
 * One reading of an entity in a sentence. `parent` is the mention it is written under
 * (夏县 before 泗交镇; 平陆县委 before 组织部), when the text says so.
 */
export type Mention = MentionAttrs & {
  /** Index within the article's mentions. */
  index: number;
  /** The name as read, normalised (layout spaces removed). */
  name: string;
  surface: string;
  start: number;
  end: number;
  sentence: Sentence;
  parent?: number;
  /** A level character standing for the article's place of that level (县委 → county). */
  abbreviates?: AbbreviatedLevel;
  /** Prefix making a distinct body (共青团) or one only spelling out the party (中共). */
  prefix?: string;
  /** For mechanism components: the mechanism mention and the position in it. */
  componentOf?: { mention: number; order: number };
  /** True when the name is not written but implied by a title (县长 → 人民政府). */
  implied?: boolean;
  /** A quoted name recognised only because it is typed elsewhere: its label is decided there. */
  untyped?: boolean;
};

/** A relationship read in a sentence between two mentions. */
export interface Fact {
  type: Exclude<RelType, 'MENTIONS' | 'CREDITED'>;
  from: number;
  to: number;
  properties: Record<string, string | number>;
  sentence: Sentence;
  surface: string;
}

/** A newspaper credit read in a byline or credit line: the person and their role on the article (记者, 责编 …). */
export interface Credit {
  person: number;
  role: string;
  sentence: Sentence;
  surface: string;
}
