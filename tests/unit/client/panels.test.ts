import { DRAWER_PX, NARROW_PX, panelStore, sideShown, toggleSide } from '../../../client/src/state/panels';

describe('the side panel on narrow windows', () => {
  afterEach(() => panelStore.set({ side: 'auto' }));

  it('when nothing was chosen, then it shows on wide and mid windows and is a closed drawer on small ones', () => {
    expect(sideShown('auto', NARROW_PX + 100)).toBe(true);
    expect(sideShown('auto', NARROW_PX - 100)).toBe(true);
    expect(sideShown('auto', DRAWER_PX - 100)).toBe(false);
  });

  it('when the ☰ button is pressed twice, then it folds and comes back, at either width', () => {
    for (const width of [NARROW_PX - 100, DRAWER_PX - 100]) {
      const initially = sideShown(panelStore.get().side, width);
      toggleSide(width);
      expect(sideShown(panelStore.get().side, width)).toBe(!initially);
      toggleSide(width);
      expect(sideShown(panelStore.get().side, width)).toBe(initially);
    }
  });

  it('when the window is wide, then the panel always shows whatever was chosen', () => {
    expect(sideShown('closed', NARROW_PX)).toBe(true);
  });
});
