/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
