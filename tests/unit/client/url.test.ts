import { parseUrl, toUrl } from '../../../client/src/state/url';
import { AppState, DEFAULT_MIN_COUNTIES, INITIAL_STATE } from '../../../client/src/state/app-state';

const state = (patch: Partial<AppState>): AppState => ({ ...INITIAL_STATE, ...patch });

describe('parseUrl: malformed links fall back to the defaults', () => {
  it('when the view, language or selection is unknown, then the defaults are used', () => {
    const parsed = parseUrl('?v=nowhere&lang=fr&sel=x:oops');
    expect(parsed.view).toBe(INITIAL_STATE.view);
    expect(parsed.lang).toBe(INITIAL_STATE.lang);
    expect(parsed.selection).toBeNull();
  });

  it('when the named query parameters are broken JSON or not an object, then the query runs with no parameters', () => {
    expect(parseUrl('?qn=who-leads&qp={broken').query).toEqual({ kind: 'named', name: 'who-leads', params: {} });
    expect(parseUrl('?qn=who-leads&qp=[1,2]').query).toEqual({ kind: 'named', name: 'who-leads', params: {} });
  });

  it('when the threshold is zero, negative or not a number, then it is at least 1 or the default', () => {
    expect(parseUrl('?min=0').minCounties).toBe(1);
    expect(parseUrl('?min=-3').minCounties).toBe(DEFAULT_MIN_COUNTIES);
    expect(parseUrl('?min=abc').minCounties).toBe(DEFAULT_MIN_COUNTIES);
  });

  it('when an article range ends before it starts or has no end, then no article is opened', () => {
    expect(parseUrl('?art=article:a&as=10&ae=5').article).toBeNull();
    expect(parseUrl('?art=article:a&as=10').article).toBeNull();
  });

  it('when filters name unknown labels or types, then only the known ones are kept', () => {
    const { filters } = parseUrl('?hl=Person,Alien&ht=RUNS,FLIES');
    expect(filters).toEqual({ hiddenLabels: ['Person'], hiddenTypes: ['RUNS'], county: null });
  });
});

describe('toUrl', () => {
  it('when the state is the initial one, then the query string is empty', () => {
    expect(toUrl(INITIAL_STATE)).toBe('');
  });

  it('when typed Cypher ran, then the link carries it and no named query', () => {
    const search = toUrl(state({ query: { kind: 'cypher', text: 'MATCH (n) RETURN n' } }));
    expect(new URLSearchParams(search).get('cq')).toBe('MATCH (n) RETURN n');
    expect(new URLSearchParams(search).has('qn')).toBe(false);
  });
});

describe('parseUrl ∘ toUrl', () => {
  it('when a full state is written and read back, then it is the same state (Chinese names and ids with colons included)', () => {
    const full = state({
      view: 'leaders',
      lang: 'en',
      selection: { kind: 'edge', id: 'rel:甲:乙' },
      expanded: ['place:140825', 'person:某县/张三'],
      hidden: ['org:某县委'],
      filters: { hiddenLabels: ['Article'], hiddenTypes: ['MENTIONS', 'CREDITED'], county: '某县' },
      scope: 'place:140829',
      minCounties: 3,
      query: { kind: 'named', name: 'posts-of', params: { person: '张三' } },
      article: { id: 'article:x', start: 4, end: 12, surface: '张三' },
    });
    expect(parseUrl(toUrl(full))).toEqual(full);
  });
});
