import { decodeProperties, encodeProperties } from '../../../model';

describe('property storage codec', () => {
  it('when a stored evidence string is not JSON, then it is kept as it is', () => {
    expect(decodeProperties({ evidence: ['not json'] })).toEqual({ evidence: ['not json'] });
  });

  it('encodes evidence objects with a fixed key order so equal evidence gives equal strings', () => {
    const a = encodeProperties({ evidence: [{ b: 1, a: 'x' }] });
    const b = encodeProperties({ evidence: [{ a: 'x', b: 1 }] });
    expect(a).toEqual(b);
    expect(a.evidence).toEqual(['{"a":"x","b":1}']);
  });

  it('round-trips evidence and drops undefined values', () => {
    const props = { name: '宋志江', evidence: [{ article: 'a1', item: 0, sentence: '句子。', start: 3, end: 6, surface: '宋志江' }], county: undefined };
    expect(decodeProperties(encodeProperties(props))).toEqual({ name: '宋志江', evidence: props.evidence });
  });
});
