import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Package boundaries of ARCHITECTURE.md: dependencies point one way. */
const boundaries = {
  core: {
    files: ["packages/core/**/*.ts"],
    patterns: [
      { group: ["@madoguchi/*"], message: "core imports nothing of ours." },
      {
        group: ["@prisma/*", "@trpc/*", "next", "next/*", "react", "react/*", "react-dom", "pg"],
        message: "core is framework-free.",
      },
      { group: ["node:*"], message: "core does no I/O: pass what it needs in as arguments." },
    ],
  },
  db: {
    files: ["packages/db/**/*.ts"],
    patterns: [
      {
        group: ["@madoguchi/api", "@madoguchi/api/*", "@madoguchi/ui", "@madoguchi/ui/*"],
        message: "db depends on core only.",
      },
    ],
  },
  api: {
    files: ["packages/api/**/*.ts"],
    patterns: [
      {
        group: ["@madoguchi/ui", "@madoguchi/ui/*", "next", "next/*", "react"],
        message: "api is framework-neutral.",
      },
    ],
  },
  ui: {
    files: ["packages/ui/**/*.{ts,tsx}"],
    patterns: [
      {
        group: [
          "@madoguchi/db",
          "@madoguchi/db/*",
          "@madoguchi/api",
          "@madoguchi/api/*",
          "@trpc/*",
          "@tanstack/*",
        ],
        message: "ui renders; it fetches no data.",
      },
    ],
  },
  apps: {
    files: ["apps/**/*.{ts,tsx}"],
    patterns: [
      {
        group: ["@madoguchi/db", "@madoguchi/db/*", "@prisma/*", "pg"],
        message: "apps never import db: go through the API.",
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/.turbo/**",
      ".data/**",
      "test-results/**",
      "packages/db/src/generated/**",
      "**/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExportAllDeclaration",
          message: "No `export *` barrels: import a name from where it lives.",
        },
      ],
    },
  },
  {
    files: ["packages/db/bin/**/*", "scripts/**/*", "**/*.config.{js,ts}"],
    languageOptions: { globals: globals.node },
  },
  ...Object.values(boundaries).map(({ files, patterns }) => ({
    files,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
  })),
);
