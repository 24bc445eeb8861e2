import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react-*", "drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*", "node:*", "fs", "@/lib/db/*", "@/lib/services/*"] },
      ],
    },
  },
];
export default config;
