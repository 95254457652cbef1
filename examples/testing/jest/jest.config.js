// Tollgate is ESM: Jest runs it natively with NODE_OPTIONS=--experimental-vm-modules and no transform
// (https://jestjs.io/docs/ecmascript-modules). `tollgate-dist` resolves `tollgate/testing` to this checkout's
// dist/ (package.json "exports"); a project that installed tollgate needs neither that condition nor this file.
export default {
  testEnvironment: 'node',
  transform: {},
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'tollgate-dist'] },
};
