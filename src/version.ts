/** Package version, compared by `KommElement.define()` when two embeds meet on one page. */
export const VERSION = '0.1.0';
