/**
 * While a bar or box shows, the page keeps the focused element out from under it (WCAG 2.4.11):
 * scroll padding on the document as tall as the banner, on the side it sits. The height comes
 * from a ResizeObserver, whose first report arrives after the next layout and before that frame is
 * painted: reading it at once would force the whole page's first layout into the script's task
 * (about 100 ms at 4× CPU slowdown on the benchmark's article).
 *
 * Returns `reserve(banner, top)`: room for `banner` at the top or the bottom of the page, or none
 * for `undefined`.
 */
export function scrollPadding(): (banner: HTMLElement | undefined, top?: boolean) => void {
  let observed: HTMLElement | undefined;
  let height: number | undefined;
  let top = false;
  /** The property this banner set, if any: it clears its own only, never another banner's. */
  let padded: 'scrollPaddingTop' | 'scrollPaddingBottom' | undefined;
  const style = document.documentElement.style;
  const apply = () => {
    if (padded) style[padded] = '';
    padded = undefined;
    if (!observed || height === undefined) return;
    padded = top ? 'scrollPaddingTop' : 'scrollPaddingBottom';
    style[padded] = `${height}px`;
  };
  const resize = new ResizeObserver(() => {
    height = observed?.offsetHeight;
    apply();
  });
  return (banner, atTop = false) => {
    if (banner !== observed) {
      resize.disconnect();
      height = undefined;
      if (banner) resize.observe(banner);
      observed = banner;
    }
    top = atTop;
    apply();
  };
}
