import { translate } from '../../../client/src/i18n';
import { postDateTexts } from '../../../client/src/panels/post-dates';

const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh', key, vars);

describe('what a post says about time', () => {
  it('when a post has no dates, then it says nothing', () => {
    expect(postDateTexts(zh, { status: 'current' })).toEqual({ dates: '', seen: '' });
  });

  it('when a post was read in articles of two dates, then the span of reports is said', () => {
    expect(postDateTexts(zh, { firstSeen: '2024-03-01', lastSeen: '2024-05-20' }).seen).toBe(
      '见于 2024-03-01 至 2024-05-20 的报道',
    );
  });

  it('when the post has its own dates and one report, then both are said', () => {
    expect(
      postDateTexts(zh, { startDate: '2023-01', endDate: '2024', firstSeen: '2024-03-01', lastSeen: '2024-03-01' }),
    ).toEqual({
      dates: '自2023-01起 至2024',
      seen: '见于 2024-03-01 的报道',
    });
  });
});
