// pdfmake 0.3 ships its Roboto font descriptor as plain JS without types (TOOLCHAIN-hub-deps.md).
declare module 'pdfmake/fonts/Roboto.js' {
  import type { TFontDictionary } from 'pdfmake/interfaces.js';
  const fonts: TFontDictionary;
  export default fonts;
}
