// The commands over sidecars (check, export, import, agreement, the git merge driver), with zod and the export
// formats: a bundle of their own (cli-annotations.js) that main.ts loads only when one
// of them runs, so that `analyze` and `claims` do not load them.
export { checkCommand } from './checkCommand';
export { exportCommand } from './exportCommand';
export { agreementCommand } from './agreementCommand';
export { importCommand } from './importCommand';
export { installMergeDriverCommand, mergeDriverCommand } from './mergeDriverCommand';
