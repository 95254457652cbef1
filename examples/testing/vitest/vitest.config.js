// `tollgate-dist` resolves `tollgate/testing` to this checkout's dist/ (package.json "exports"); a project
// that installed tollgate needs no config file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['tollgate-dist'], externalConditions: ['tollgate-dist'] } },
  test: { environment: 'node' },
});
