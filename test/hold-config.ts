/** Browser tests: holds every response of `url` until `release()`; other requests pass. */
export function holdConfig(url: string) {
  const { fetch: realFetch } = window;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  window.fetch = async (input, init) => {
    const target = String(input instanceof Request ? input.url : input);
    if (target.includes(url)) await released;
    return realFetch(input, init);
  };
  return {
    release,
    restore: () => {
      window.fetch = realFetch;
    },
  };
}
