import { decodeProperties, encodeProperties } from '../../../model';

describe('property storage codec', () => {
  it('when a stored items string is not JSON, then it is kept as it is', () => {
    expect(decodeProperties({ items: ['not json'] })).toEqual({ items: ['not json'] });
  });

  it('when items differ only in key order, then they are encoded as equal strings', () => {
    const a = encodeProperties({ items: [{ b: 1, a: 'x' }] });
    const b = encodeProperties({ items: [{ a: 'x', b: 1 }] });
    expect(a).toEqual(b);
    expect(a.items).toEqual(['{"a":"x","b":1}']);
  });

  it('when items are encoded and decoded, then they round-trip and undefined values are dropped', () => {
    const props = {
      name: '某文章',
      items: [{ index: 0, kind: 'feature', title: '标题', start: 0, end: 6 }],
      county: undefined,
    };
    expect(decodeProperties(encodeProperties(props))).toEqual({ name: '某文章', items: props.items });
  });

  it('when a node has evidence, then it is not a stored JSON property (it is stored as Sentence nodes)', () => {
    const evidence = [{ article: 'a1', item: 0, sentence: '句子。', start: 3, end: 6, surface: '句子' }];
    expect(encodeProperties({ evidence }).evidence).toEqual(evidence);
  });
});
