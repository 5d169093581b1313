// The corpus-wide link (names merged across articles, claims grouped) and the form it is
// kept in, bundled alone as dist/corpus-link.js: not to be run, but hashed. The command
// line and the editor are bundles of their own that both hold this code; the hash of this
// one bundle keys the link cache for both (sharedLinkCache), so a link either made is
// warm for the other and any change to the linking code or its models is a new key.
export { linkCorpus } from './linkCorpus';
export { applyLink, storeLink } from './linkCache';
