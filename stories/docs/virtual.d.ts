// Generated when Storybook starts (.storybook/privacy-docs.ts): the GDPR drafts by assistant id.
declare module 'virtual:komm-privacy' {
  const drafts: Record<string, string>;
  export default drafts;
}
