/**
 * Posts (data: data/posts.json): the titles of Chinese party, government, village and media
 * writing, the body units written before a title (党支部书记 = 书记 of the 党支部 of the place
 * named before it), the verbs that introduce a post after a name (现任, 曾任, 拟任) with the
 * status they give, the role words that make a person but no post (村民, 党员), and the
 * newspaper's credit roles (记者, 责编), which are credits of an article, not posts.
 */
import { z } from 'zod';
import { ORG_KINDS, POST_STATUSES, type OrgKind, type PostStatus } from '../../model/schema';
import data from './data/posts.json';

const Word = z.string().min(1);
const Reasoned = z.object({ word: Word, reason: z.string().min(1) });
const Status = z.enum(POST_STATUSES);

const PostsSchema = z.object({
  titles: z.array(Word),
  titlePrefixes: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  titleAliases: z.object({
    aliases: z.record(z.string(), z.object({ title: Word, unit: Word })),
    reason: z.string().min(1),
  }),
  attributiveExclusions: z.object({ verbs: z.array(Word), kin: z.array(Word), reason: z.string().min(1) }),
  postCountWords: z.object({
    words: z.array(z.object({ word: Word, size: z.number().int().min(2).optional() })),
    reason: z.string().min(1),
  }),
  placeUnitNames: z.object({ names: z.record(z.string(), Word), reason: z.string().min(1) }),
  governmentHeadTitles: z.array(Word),
  placeTitles: z.object({ titles: z.array(Word), reason: z.string().min(1) }),
  townshipCommitteeTitles: z.object({ titles: z.array(Word), reason: z.string().min(1) }),
  partyOrganisationTitles: z.object({ titles: z.array(Word), reason: z.string().min(1) }),
  bodyUnits: z.array(Word),
  unitKinds: z.object({ kinds: z.record(z.string(), z.enum(ORG_KINDS)), reason: z.string().min(1) }),
  committeeDepartments: z.array(Word),
  personRoles: z.array(Reasoned),
  nameIntroducers: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  employmentWords: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  postVerbs: z.array(z.object({ word: Word, status: Status })),
  appointmentVerbs: z.object({
    entries: z.array(z.object({ word: Word, link: Word, status: Status })),
    reason: z.string().min(1),
  }),
  verbAdverbs: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  clauseOpeners: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  statusBefore: z.array(Reasoned.extend({ status: Status })),
  statusAfter: z.array(Reasoned.extend({ status: Status })),
  personnelNoticeMarkers: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  nameHonorifics: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  subjectPronouns: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  creditRoles: z.array(z.object({ pattern: Word, role: Word })),
  clauseTails: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  bylineOpeners: z.object({ words: z.array(Word), reason: z.string().min(1) }),
  photoCredit: z.object({ word: Word, role: Word, reason: z.string().min(1) }),
});

const posts = PostsSchema.parse(data);

/** Titles that name a post held in an organisation or a place, with the short forms that stand for a unit and a title (支书). */
export const POST_TITLES: readonly string[] = [...posts.titles, ...Object.keys(posts.titleAliases.aliases)];

/** Words before a title that say where it is served (驻村第一书记 → 第一书记). */
export const TITLE_PREFIXES: readonly string[] = posts.titlePrefixes.words;

/** Colloquial titles that stand for a unit and a title (支书 → the 书记 of the 党支部). */
export const TITLE_ALIASES: ReadonlyMap<string, { title: string; unit: string }> = new Map(
  Object.entries(posts.titleAliases.aliases),
);

/** Units that, written in a village's post phrase, name the village's body in full (工作队 → 驻村工作队). */
export const PLACE_UNIT_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(posts.placeUnitNames.names));

/** Counts between a list of names and the post they all hold (两位 → 2; 等 → any), longest first. */
export const POST_COUNT_WORDS: ReadonlyArray<{ word: string; size?: number }> = [...posts.postCountWords.words].sort(
  (a, b) => b.word.length - a.word.length,
);

/** What keeps 的 from joining a post to a name: copulas (是…书记的…) and kinship words (书记的儿子某某). */
export const ATTRIBUTIVE_EXCLUSIONS: { verbs: readonly string[]; kin: readonly string[] } = posts.attributiveExclusions;

/** Posts of a village's party organisation (第一书记): in that body when the item names it. */
export const PARTY_ORGANISATION_TITLES: ReadonlySet<string> = new Set(posts.partyOrganisationTitles.titles);

/** Heads of a place's government: held in the place's people's government (县长 of 某县 → 某县人民政府). */
export const GOVERNMENT_HEAD_TITLES: ReadonlySet<string> = new Set(posts.governmentHeadTitles);

/** Posts a place assigns (第一书记, 网格员): held in the place when no body is written. */
export const PLACE_TITLES: ReadonlySet<string> = new Set(posts.placeTitles.titles);

/** Posts of a township's party committee (组织委员): held in its 党委 when only the township is written. */
export const TOWNSHIP_COMMITTEE_TITLES: ReadonlySet<string> = new Set(posts.townshipCommitteeTitles.titles);

/** Body units written between a place and a title (某镇党委组织委员, 社区党支部书记, 县委书记); longest first when matched. */
export const BODY_UNITS: readonly string[] = posts.bodyUnits;

/** Kinds of body units the organisation suffixes do not list (驻村工作队). */
export const UNIT_KINDS: ReadonlyMap<string, OrgKind> = new Map(Object.entries(posts.unitKinds.kinds));

/** Departments of a party committee written after it (县委常委、组织部部长): the post is in the department. */
export const COMMITTEE_DEPARTMENTS: readonly string[] = posts.committeeDepartments;

/** Words before a name that make it a person but not a post holder (村民某某, 退役军人某某). */
export const PERSON_ROLES: readonly string[] = posts.personRoles.map((r) => r.word);

/** Words introducing a name at a clause's start (他叫某某，…). */
export const NAME_INTRODUCERS: readonly string[] = posts.nameIntroducers.words;

/** Where a person works (某局干部), written between a post and the name: not a post. */
export const EMPLOYMENT_WORDS: readonly string[] = posts.employmentWords.words;

/** Verbs between a name and its post (某某，现任…; 某某曾任…), with the status they give. */
export const POST_VERBS: ReadonlyArray<{ word: string; status: PostStatus }> = posts.postVerbs;

/** Decisions written verb first (任命某某为…, 免去某某的…职务), longest word first. */
export const APPOINTMENT_VERBS: ReadonlyArray<{ word: string; link: string; status: PostStatus }> = [
  ...posts.appointmentVerbs.entries,
].sort((a, b) => b.word.length - a.word.length);

/** Adverbs between a name and its post verb (某某已调任). */
export const VERB_ADVERBS: readonly string[] = posts.verbAdverbs.words;

/** Time words that may open a clause before its post verb (今年, 目前). */
export const CLAUSE_OPENERS: readonly string[] = posts.clauseOpeners.words;

/** Words right before a post phrase (原县委书记) or right after it (主任候选人) that set its status. */
export const STATUS_BEFORE: ReadonlyArray<{ word: string; status: PostStatus }> = posts.statusBefore;
export const STATUS_AFTER: ReadonlyArray<{ word: string; status: PostStatus }> = posts.statusAfter;

/** What follows the name that opens a personnel notice (某某，男，汉族，…). */
export const PERSONNEL_NOTICE_MARKERS: readonly string[] = posts.personnelNoticeMarkers.words;

/** Forms of address between a name and its post (某某同志任…). */
export const NAME_HONORIFICS: readonly string[] = posts.nameHonorifics.words;

/** Pronouns that open a post clause about the person named last (他曾任…). */
export const SUBJECT_PRONOUNS: readonly string[] = posts.subjectPronouns.words;

/** Credit roles of bylines and credit lines, each written form → the role recorded (本版责编 → 责编). */
export const CREDIT_ROLES: ReadonlyArray<{ pattern: string; role: string }> = posts.creditRoles;

/** How a byline opens (本报讯（记者 某某）, 本报记者 某某). */
export const BYLINE_OPENERS: readonly string[] = posts.bylineOpeners.words;

/** Words that may close a clause after its post (同志, 一职). */
export const CLAUSE_TAILS: readonly string[] = posts.clauseTails.words;

/** The mark after a photographer's name at the end of a caption (某某 摄) and the role it credits. */
export const PHOTO_CREDIT: { word: string; role: string } = posts.photoCredit;
