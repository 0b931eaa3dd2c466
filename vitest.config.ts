import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["pipeline/**/*.test.ts", "stages/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests build and run the real CLI over real folders; give them room.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks"
  }
})
