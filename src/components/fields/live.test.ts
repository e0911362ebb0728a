/** `live()` (fields/live.ts): the bound value wins over what the element holds, on every render. */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { live } from './live.js';

describe('live()', () => {
  it('resets .value and .checked that changed in the element although the binding did not', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (text: string, on: boolean) =>
      render(
        html`<input .value=${live(text)} /><input type="checkbox" .checked=${live(on)} />`,
        host,
      );
    view('Erika', true);
    const [input, box] = host.querySelectorAll('input');
    expect(input!.value).to.equal('Erika');
    expect(box!.checked).to.equal(true);
    input!.value = 'typed';
    box!.checked = false;
    view('Erika', true); // same values as the last render
    expect(input!.value).to.equal('Erika');
    expect(box!.checked).to.equal(true);
    view('Max', false);
    expect(input!.value).to.equal('Max');
    expect(box!.checked).to.equal(false);
  });

  it('leaves the element alone when it already holds the value (no caret jump while typing)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (text: string) => render(html`<input .value=${live(text)} />`, host);
    view('abc');
    const input = host.querySelector('input')!;
    let sets = 0;
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    Object.defineProperty(input, 'value', {
      get: () => proto.get!.call(input) as string,
      set: (v: string) => {
        sets++;
        proto.set!.call(input, v);
      },
    });
    view('abc');
    expect(sets).to.equal(0);
    view('abcd');
    expect(sets).to.equal(1);
  });
});
