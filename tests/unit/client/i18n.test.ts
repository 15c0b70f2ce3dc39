import {
  CONCEPT_CATEGORIES,
  CONCEPT_SCOPES,
  INITIATIVE_KINDS,
  PARTNER_KINDS,
  POST_STATUSES,
  QUERY_PARAMETER_TYPES,
} from '../../../model/schema';
import { QUERY_WARNING_KINDS } from '../../../model/api';
import { loadLibrary } from '../../../db/cypher-files';
import { MESSAGES } from '../../../client/src/i18n/messages';
import {
  CATEGORY_CAPTION,
  INITIATIVE_KIND_CAPTION,
  PARTNER_KIND_CAPTION,
  PROPERTY_CAPTION,
  SCOPE_CAPTION,
  STATUS_CAPTION,
} from '../../../client/src/i18n/properties';

const HAN = /[\u4e00-\u9fff]/;
/** Chinese strings that rightly have no Chinese character: the product name. */
const NO_HAN_NEEDED = new Set(['app.subtitle', 'lang.switch']);

describe('the Chinese interface has no English left', () => {
  it('when a message has an English text, then it has a Chinese one with Chinese characters', () => {
    const untranslated = Object.keys(MESSAGES.en).filter((key) => {
      const zh = (MESSAGES.zh as Record<string, string>)[key];
      // Placeholders and punctuation alone need no translation ('{initiative} · {county}').
      const words = (zh ?? '').replace(/\{\w+\}/g, '');
      return !zh || (!NO_HAN_NEEDED.has(key) && !HAN.test(words) && /[A-Za-z]/.test(words));
    });
    expect(untranslated).toEqual([]);
  });

  it('when a message has placeholders, then both languages use the same ones', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(MESSAGES.en).filter(
      (key) =>
        names((MESSAGES.en as Record<string, string>)[key]!).join() !==
        names((MESSAGES.zh as Record<string, string>)[key]!).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each([
    ['property names', PROPERTY_CAPTION, Object.keys(PROPERTY_CAPTION)],
    ['concept scopes', SCOPE_CAPTION, CONCEPT_SCOPES],
    ['concept categories', CATEGORY_CAPTION, CONCEPT_CATEGORIES],
    ['post statuses', STATUS_CAPTION, POST_STATUSES],
    ['initiative kinds', INITIATIVE_KIND_CAPTION, INITIATIVE_KINDS],
    ['partner kinds', PARTNER_KIND_CAPTION, PARTNER_KINDS],
  ] as const)('when %s are shown, then every value has a Chinese caption', (_what, table, values) => {
    const missing = values.filter((v) => !HAN.test((table as Record<string, { zh: string }>)[v]?.zh ?? ''));
    expect(missing).toEqual([]);
  });
});

describe('the query library speaks Chinese too', () => {
  const library = loadLibrary();
  it('when a library query is listed, then it has a Chinese title and description', () => {
    const missing = library.filter((q) => !HAN.test(q.title.zh) || !HAN.test(q.description.zh)).map((q) => q.name);
    expect(missing).toEqual([]);
  });

  it('when a library query has parameters, then each has Chinese help (// @param:zh)', () => {
    const missing = library.flatMap((q) =>
      q.parameters.filter((p) => !HAN.test(p.descriptionZh ?? '')).map((p) => `${q.name}.${p.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('when a parameter type is shown, then it has a caption in both languages', () => {
    const missing = QUERY_PARAMETER_TYPES.filter((type) => !(`query.type.${type}` in MESSAGES.zh));
    expect(missing).toEqual([]);
  });

  it('when a query warning kind is shown, then it has a Chinese message', () => {
    const missing = QUERY_WARNING_KINDS.filter(
      (kind) => !HAN.test((MESSAGES.zh as Record<string, string>)[`query.warning.${kind}`] ?? ''),
    );
    expect(missing).toEqual([]);
  });
});

describe('the console refusals and limits have messages', () => {
  const REASONS = [
    'write',
    'file_access',
    'procedure',
    'admin',
    'other_database',
    'option',
    'unbounded',
    'too_deep',
    'multiple_statements',
    'too_long',
  ];
  const CODES = [
    'query_timeout',
    'query_too_large',
    'rate_limited',
    'too_many_running',
    'console_busy',
    'query_refused',
    'cypher_syntax_error',
  ];

  it.each(['zh', 'en'] as const)(
    'when the UI is in %s, then every refusal reason and console error code has its own message',
    (lang) => {
      const messages = MESSAGES[lang] as Record<string, string>;
      expect(REASONS.filter((r) => !messages[`error.reason.${r}`])).toEqual([]);
      expect(CODES.filter((c) => !messages[`error.${c}`])).toEqual([]);
    },
  );
});
