/**
 * The config of an element already in the page is requested as the bundle starts to run (before
 * zod and the engine evaluate and before the tag is defined), and the element uses that response
 * instead of fetching again (src/components/prefetch.ts).
 */
import { expect, waitUntil } from '@open-wc/testing';

describe('config prefetch', () => {
  it('requests the config before the tag is defined, once', async () => {
    const src = `/examples/config/dresden.json?prefetch=${Date.now()}`;
    const el = document.createElement('komm-hundesteuer');
    el.setAttribute('config-src', src);
    document.body.append(el);
    const log: string[] = [];
    const { fetch: realFetch } = window;
    const realDefine = customElements.define.bind(customElements);
    window.fetch = (input, init) => {
      // zod's module sets this global when it evaluates: the fetch must come before it.
      const zod = '__zod_globalConfig' in globalThis ? ' after zod' : '';
      log.push(`fetch ${String(input instanceof Request ? input.url : input)}${zod}`);
      return realFetch(input, init);
    };
    customElements.define = (name, ctor, options) => {
      log.push(`define ${name}`);
      realDefine(name, ctor, options);
    };
    try {
      await import('../assistants/hundesteuer/define.js');
      await waitUntil(() => el.shadowRoot?.querySelector('#step-title'), 'no first step', {
        timeout: 5000,
      });
    } finally {
      window.fetch = realFetch;
      customElements.define = realDefine;
      el.remove();
    }
    const url = new URL(src, document.baseURI).href;
    expect(log.indexOf(`fetch ${url}`)).to.be.greaterThan(-1);
    expect(log.indexOf(`fetch ${url}`)).to.be.lessThan(log.indexOf('define komm-hundesteuer'));
    expect(performance.getEntriesByName(url)).to.have.length(1);
  });
});
