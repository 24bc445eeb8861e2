import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ACCESS_MATRIX, matrixSize } from "@/lib/domain/auth/access-matrix";
import { doorName, HTTP_METHODS } from "@/lib/domain/auth/access-matrix-doors";

const ROOT = path.resolve(import.meta.dirname, "..");
const WHERE = { page: "PAGE_DOORS in lib/domain/auth/access-matrix.ts", route: "ROUTE_DOORS in lib/domain/auth/access-matrix.ts", action: "lib/domain/auth/access-matrix-actions.ts or access-matrix-admin-actions.ts" };

/** Every file under a folder of the project, as a path from the project root with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
}

const parse = (source: string) => ts.createSourceFile("module.tsx", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const isDefault = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

/** The names a module exports at run time (types left out); "*" stands for a re-export of a whole module. */
function exportedNames(source: string): string[] {
  return parse(source).statements.flatMap((s): string[] => {
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && exported(s)) return [isDefault(s) ? "default" : (s.name?.text ?? "default")];
    if (ts.isVariableStatement(s) && exported(s)) {
      return s.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : d.name.elements.flatMap((e) => (ts.isBindingElement(e) && ts.isIdentifier(e.name) ? [e.name.text] : []))));
    }
    if (ts.isExportDeclaration(s) && !s.isTypeOnly) {
      if (!s.exportClause) return ["*"];
      return ts.isNamedExports(s.exportClause) ? s.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text) : [s.exportClause.name.text];
    }
    return ts.isExportAssignment(s) ? ["default"] : [];
  });
}

/** True when the module starts with the "use server" directive. */
function isUseServer(source: string): boolean {
  const first = parse(source).statements[0];
  return Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server");
}

/** The URL pattern a page.tsx or route.ts serves: route groups and slots left out, dynamic segments kept. */
function urlPattern(file: string): string {
  const segments = file.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** True when a sample URL (its path) fits a pattern with [param], [...rest] and [[...optional]] segments. */
function fits(url: string, pattern: string): boolean {
  const source = pattern.replace(/\/\[\[\.\.\.[^\]]+\]\]/g, "(?:/.+)?").replace(/\[\.\.\.[^\]]+\]/g, ".+").replace(/\[[^\]]+\]/g, "[^/]+");
  return new RegExp(`^${source}$`).test(url.split("?")[0]!);
}

type Found = { kind: "page"; file: string; name?: undefined } | { kind: "route" | "action"; file: string; name: string };

/** Every door the app/ folder has today: pages, route handler methods, and exports of "use server" files. */
function scanApp(): Found[] {
  const files = filesUnder("app").filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  return files.flatMap((file): Found[] => {
    const name = file.split("/").pop()!;
    if (name === "page.tsx" || name === "page.ts") return [{ kind: "page", file }];
    const source = readFileSync(path.join(ROOT, file), "utf8");
    if (name === "route.ts") return exportedNames(source).filter((n) => n === "*" || (HTTP_METHODS as readonly string[]).includes(n)).map((n) => ({ kind: "route", file, name: n }));
    return isUseServer(source) ? exportedNames(source).map((n) => ({ kind: "action", file, name: n })) : [];
  });
}

const keyOf = (d: { kind: string; file: string; name?: string; method?: string }) => `${d.kind} ${d.file} ${d.name ?? d.method ?? ""}`.trim();

describe("the access matrix covers every door of the console", () => {
  const found = scanApp();

  it("has an entry for every page, route handler method and server action in app/", () => {
    const declared = new Set(ACCESS_MATRIX.map(keyOf));
    const missing = found.filter((d) => !declared.has(keyOf(d))).map((d) => {
      if (d.name === "*") return `${d.file} re-exports a whole module; export each ${d.kind === "route" ? "method" : "action"} by name so the access matrix can list it`;
      if (d.kind === "page") return `${d.file} has no entry in the access matrix: add one to ${WHERE.page}`;
      const what = d.kind === "route" ? `route method ${d.name}` : `server action ${d.name}`;
      return `${d.file} exports the ${what}, which has no entry in the access matrix: add one to ${WHERE[d.kind]}`;
    });
    console.info(`${matrixSize(ACCESS_MATRIX)}; ${found.length} doors found in app/`);
    expect(missing).toEqual([]);
  });

  it("has no entry that points at nothing", () => {
    const present = new Set(found.map(keyOf));
    const stale = ACCESS_MATRIX.filter((d) => !present.has(keyOf(d))).map((d) => `The access matrix entry "${doorName(d)}" points at ${d.file}${d.kind === "page" ? "" : ` ${d.kind === "route" ? d.method : d.name}`}, which does not exist: correct or remove it in ${WHERE[d.kind]}`);
    expect(stale).toEqual([]);
  });

  it("gives each page and route the URL pattern its file serves, and route samples that fit it", () => {
    const wrong = ACCESS_MATRIX.flatMap((d) => {
      if (d.kind === "action") return [];
      if (d.pattern !== urlPattern(d.file)) return [`${d.file} serves ${urlPattern(d.file)}, but its access matrix entry says ${d.pattern}`];
      return d.kind === "route" && !fits(d.url, d.pattern) ? [`${doorName(d)}: the sample URL ${d.url} does not fit the pattern`] : [];
    });
    expect(wrong).toEqual([]);
  });
});

describe("the door scanner", () => {
  it("reads functions, constants, destructured handlers and export lists, and leaves types out", () => {
    const source = `"use server";\nexport type S = {};\nexport interface I {}\nexport async function a() {}\nexport const b = async () => {};\nexport const { GET, POST } = handlers;\nexport { c, d as e };\nexport type { T } from "./t";\nexport default async function () {}`;
    expect(exportedNames(source)).toEqual(["a", "b", "GET", "POST", "c", "e", "default"]);
    expect(exportedNames(`export * from "./actions";`)).toEqual(["*"]);
  });

  it("recognizes the use server directive only as the first statement", () => {
    expect(isUseServer(`// server actions\n"use server";\nexport async function a() {}`)).toBe(true);
    expect(isUseServer(`import x from "y";\n"use server";`)).toBe(false);
    expect(isUseServer(`"use client";`)).toBe(false);
  });

  it("turns a file path into the URL pattern it serves", () => {
    expect(urlPattern("app/(console)/page.tsx")).toBe("/");
    expect(urlPattern("app/(console)/clients/[id]/page.tsx")).toBe("/clients/[id]");
    expect(urlPattern("app/api/auth/[...nextauth]/route.ts")).toBe("/api/auth/[...nextauth]");
    expect(fits("/api/auth/session", "/api/auth/[...nextauth]")).toBe(true);
    expect(fits("/api/events", "/api/auth/[...nextauth]")).toBe(false);
  });
});
