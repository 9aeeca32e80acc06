// ESLint flat config: the recommended rule sets, without type information
// (type-aware linting would need a second TypeScript program; `tsc` already checks types).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "dist.previous/", "node_modules/", "content/", ".cache/", ".tmp*/", "**/*-changed.*"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Scripts shipped to the browser as they are. Listed by hand: the `globals` package is not a dependency.
    files: ["templates/assets/**/*.js"],
    languageOptions: {
      globals: {
        window: "readonly",
        document: "readonly",
        navigator: "readonly",
        location: "readonly",
        console: "readonly",
        fetch: "readonly",
        URL: "readonly",
        URLSearchParams: "readonly",
      },
    },
  },
  {
    // One import order everywhere (packages, then ours by distance), so diffs of imports stay small.
    plugins: { "simple-import-sort": simpleImportSort },
    rules: { "simple-import-sort/imports": "error", "simple-import-sort/exports": "error" },
  },
  {
    rules: {
      // `_name` marks a parameter kept for a signature (handlers share one).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
